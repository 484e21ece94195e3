/**
 * Idempotency keys for `POST` submissions (docs/design.md §5). One key is created per application when
 * the applicant reaches the check step, and every retry of that application sends the same key,
 * so the server can recognise a retry and answer with the record it already stored.
 */

/** A random UUID v4. `crypto.randomUUID` exists only in secure contexts; portals on plain http still get one. */
export function createIdempotencyKey(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
