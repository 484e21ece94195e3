/**
 * Query codes and idempotency records.
 *
 * - A query code (查询码) is random, shown once in the 201 body and stored only as a salted
 *   SHA-256 hash. 10 characters from a 31-letter alphabet without look-alikes (no 0/O, 1/I/L)
 *   give about 50 bits: fine against online guessing (rate-limited, per tracking number) and
 *   expensive to brute-force from a stolen database row by row.
 * - A replayed submission must return the same 201 body, query code included, yet the code
 *   must not be stored readable. So the stored response is sealed (AES-256-GCM) with a key
 *   derived from the Idempotency-Key, which only the client holds, and the key itself is stored
 *   hashed. A database dump alone opens neither.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const QUERY_CODE_LENGTH = 10;

export function newQueryCode(): string {
  let code = '';
  for (let i = 0; i < QUERY_CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Citizens type codes by hand: ignore case, spaces and hyphens. */
export function normalizeQueryCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

export function hashQueryCode(code: string, salt: string): string {
  return createHash('sha256').update(`${salt}:${normalizeQueryCode(code)}`).digest('hex');
}

export function newSalt(): string {
  return randomBytes(16).toString('hex');
}

export function queryCodeMatches(code: string, salt: string, storedHash: string): boolean {
  const given = Buffer.from(hashQueryCode(code, salt), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with object keys sorted, so the same body always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

function sealingKey(idempotencyKey: string, scope: string): Buffer {
  return Buffer.from(hkdfSync('sha256', idempotencyKey, 'gongkai-idempotency', scope, 32));
}

/** Encrypts a response body for the idempotency record. */
export function seal(plain: string, idempotencyKey: string, scope: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(idempotencyKey, scope), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64')).join('.');
}

export function unseal(sealed: string, idempotencyKey: string, scope: string): string {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64'));
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(idempotencyKey, scope), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
}
