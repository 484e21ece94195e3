/**
 * Staff secrets — API tokens and session ids — are 256 random bits, given out once and stored
 * only as their SHA-256 (a fast hash is right here: the secret itself has full entropy, unlike a
 * password). Lookups go by hash, so a token may contain any characters (an imported
 * `openssl rand -base64 16` token ends in `==`) and nothing is ever parsed out of it.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Constant-time comparison of two strings of any length (CSRF tokens). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}

/** Imported tokens must carry at least 128 bits the way operators make them (`openssl rand -base64 16` = 24 characters). */
export const MIN_IMPORTED_TOKEN_LENGTH = 22;
