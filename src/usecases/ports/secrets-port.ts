/** Password hashing and token minting; the composition root implements it with node:crypto scrypt. */
export interface Secrets {
  hashPassword(password: string): string;
  verifyPassword(password: string, stored: string): boolean;
  newToken(): string;
  hashToken(token: string): string;
}
