/**
 * Seeded generators of hostile input for the fuzz tests: strings, numbers, JSON values and
 * raw byte bodies an attacker or a broken exporter might send. Deterministic for a seed, so a
 * failure names the seed and case that reproduce it.
 */

/** mulberry32: a tiny, well-known 32-bit PRNG; quality is ample for picking test cases. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

export const SQL_INJECTION = [
  "'; DROP TABLE posts; --",
  "1' OR '1'='1",
  '" OR ""="',
  "'); DELETE FROM audit_log; --",
  "1; UPDATE statements SET status='retracted'",
  "x' UNION SELECT password_hash FROM users --",
  'ATTACH DATABASE \'/tmp/evil.db\' AS evil; --',
];

export const HTML_INJECTION = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  "{{constructor.constructor('return process')().exit()}}",
  '{{#each this}}{{@key}}{{/each}}',
  '${process.exit(1)}',
  'javascript:alert(1)',
];

export const UNICODE_ODDITIES = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFFlone',
  '\u202Eevil.exe',
  '\uFEFFbom',
  '\u200B\u200B\u200B',
  'Z\u0337\u0321\u031Ba\u0336l\u0338g\u0335o',
  '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'.repeat(40),
  'e' + '\u0301'.repeat(2000),
  '\u{1D573}\u{1D58A}\u{1D591}',
  '\r\n\r\n',
  '\u0130stanbul',
  '\u0661\u0662\u0663',
  '\uFFFF\uFFFE',
];

export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

export const NUMBERISH_STRINGS = ['NaN', 'Infinity', '-Infinity', '-1', '0', '1e309', '0x1F', ' 1 ', '1.5', '9007199254740993', '1e-400', '١٢٣', '+1', '00001'];

const PATHISH = ['../../etc/passwd', '..\\..\\windows', '/dev/zero', 'file:///etc/passwd', 'http://169.254.169.254/latest/meta-data/'];

export const HOSTILE_NUMBERS = [-1, 0, -0, 1.5, 1e308, -1e308, 2 ** 53 + 1, 5e-324, 2 ** 31, -(2 ** 31) - 1, 20, 21, 1e21];

/** A random string of code points, lone surrogates and controls included. */
function randomCodePoints(rng: Rng, maxLength: number): string {
  const length = rng.int(maxLength + 1);
  let out = '';
  for (let i = 0; i < length; i++) {
    const kind = rng.int(5);
    if (kind === 0) out += String.fromCharCode(rng.int(0x20));
    else if (kind === 1) out += String.fromCharCode(0xd800 + rng.int(0x800));
    else if (kind === 2) out += String.fromCodePoint(rng.int(0x110000 - 0xe000) + 0xe000);
    else out += String.fromCharCode(0x20 + rng.int(0x5f));
  }
  return out;
}

/** One hostile string: injection, unicode oddity, huge, numeric-looking or random. */
export function hostileString(rng: Rng): string {
  switch (rng.int(10)) {
    case 0:
      return rng.pick(SQL_INJECTION);
    case 1:
      return rng.pick(HTML_INJECTION);
    case 2:
    case 3:
      return rng.pick(UNICODE_ODDITIES);
    case 4:
      return rng.pick(NUMBERISH_STRINGS);
    case 5:
      return rng.pick(PATHISH);
    case 6:
      // Over the claim limit, over a field limit, and over the 256 kB body limit.
      return rng.pick(['A', 'ü', '\u{1F4A9}', 'x ']).repeat(rng.pick([301, 5001, 20_001, 100_001, 300_000]));
    case 7:
      return rng.pick(['', ' ', '\t\n ', '\u00A0']);
    case 8:
      return rng.pick(PROTO_KEYS);
    default:
      return randomCodePoints(rng, 40);
  }
}

/** A hostile JSON value of any type; nesting is bounded by `depth`. */
export function hostileValue(rng: Rng, depth = 2): unknown {
  const kind = rng.int(depth > 0 ? 9 : 6);
  switch (kind) {
    case 0:
    case 1:
      return hostileString(rng);
    case 2:
      return rng.pick(HOSTILE_NUMBERS);
    case 3:
      return rng.pick([true, false, null]);
    case 4:
      return rng.pick([[], {}, [null], [''], { '': '' }]);
    case 5:
      return rng.pick(NUMBERISH_STRINGS);
    case 6:
      return Array.from({ length: rng.int(4) }, () => hostileValue(rng, depth - 1));
    case 7:
      return deepNest(rng.pick([50, 500, 1500]), rng.chance(0.5) ? 'array' : 'object');
    default: {
      const o: Record<string, unknown> = {};
      for (let i = rng.int(4); i > 0; i--) o[rng.chance(0.3) ? rng.pick(PROTO_KEYS) : hostileString(rng).slice(0, 40)] = hostileValue(rng, depth - 1);
      return o;
    }
  }
}

/** [[[…]]] or {"a":{"a":…}}: parsers and validators that recurse may overflow the stack. */
export function deepNest(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** Deep nesting as text, deeper than JSON.stringify could produce without overflowing. */
export function deepNestText(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** Byte sequences that are not valid UTF-8: overlong, surrogate, out of range, truncated. */
export const INVALID_UTF8: readonly Buffer[] = [
  Buffer.from([0xc0, 0x80]),
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xff]),
  Buffer.from([0xfe, 0xff]),
  Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80]),
  Buffer.from([0x80, 0x80]),
  Buffer.from([0xe2, 0x82]),
  Buffer.from([0xf4, 0x90, 0x80, 0x80]),
];

/** JSON text with prototype-pollution keys at the top, wrapping `inner` (an object's fields). */
export function pollutionBody(rng: Rng, inner: Record<string, unknown>): string {
  const rest = JSON.stringify(inner).slice(1, -1);
  const payload = rng.pick([
    '"__proto__":{"polluted":"yes","isAdmin":true}',
    '"constructor":{"prototype":{"polluted":"yes"}}',
    '"__proto__":{"__proto__":{"polluted":"yes"}}',
    '"__proto__":null',
    '"__proto__":[1,2]',
    '"prototype":{"polluted":"yes"}',
  ]);
  return `{${payload}${rest ? ',' + rest : ''}}`;
}

/** Textual damage to otherwise valid JSON: truncation, bad literals, garbage, invalid bytes. */
export function damageJson(rng: Rng, text: string): Buffer {
  switch (rng.int(7)) {
    case 0:
      return Buffer.from(text.slice(0, rng.int(Math.max(text.length, 1))));
    case 1:
      return Buffer.from(text.replace(/(-?\d+(\.\d+)?)/, rng.pick(['NaN', 'Infinity', '-Infinity', '1e999', '01', '.5', '0x10'])));
    case 2:
      return Buffer.from(text + rng.pick(['garbage', '}', ']', ',', '\u0000', '//comment']));
    case 3: {
      const at = text.indexOf('"') + 1 || 1;
      return Buffer.concat([Buffer.from(text.slice(0, at)), rng.pick(INVALID_UTF8), Buffer.from(text.slice(at))]);
    }
    case 4:
      return Buffer.from(text.replace(/"/, "'"));
    case 5:
      return Buffer.from(rng.pick(['', ' ', 'null', 'true', '0', '"text"', '[]', '{}', '{"a":1,"a":2}', '\uFEFF{}']));
    default:
      return Buffer.from(text.replace(/:/, ''));
  }
}
