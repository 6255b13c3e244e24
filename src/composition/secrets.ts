import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'crypto';
import type { Secrets } from '../usecases/ports';

/**
 * scrypt with N=2^15, r=8, p=1 (32 MiB per hash): memory-hard, as OWASP's password storage
 * cheat sheet recommends; parameters are stored with each hash so they can be raised later.
 */
const N = 1 << 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

export const nodeSecrets: Secrets = {
  hashPassword(password) {
    const salt = randomBytes(16);
    const hash = scryptSync(password, salt, KEY_LENGTH, { N, r: R, p: P, maxmem: MAX_MEMORY });
    return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`;
  },
  verifyPassword(password, stored) {
    const [scheme, n, r, p, salt, hash] = stored.split('$');
    if (scheme !== 'scrypt' || !salt || !hash) return false;
    const expected = Buffer.from(hash, 'base64');
    const actual = scryptSync(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: MAX_MEMORY });
    return timingSafeEqual(expected, actual);
  },
  newToken() {
    return randomBytes(32).toString('base64url');
  },
  // Tokens are long random values, so a fast hash suffices (no dictionary to guess from).
  hashToken(token) {
    return createHash('sha256').update(token).digest('hex');
  },
};
