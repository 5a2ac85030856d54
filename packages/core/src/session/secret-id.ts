// The id a secret is sealed under, shared by every Fe26 implementation so their seals read each other.

/**
 * A stable numeric id for a secret (iron-session picks the highest id to seal with, so ids must be numbers).
 * Derived from the secret itself, so removing an old secret later does not change the id of the ones that stay.
 */
export function secretId(secret: string): number {
  // FNV-1a: cheap and synchronous; the id is only a key hint inside the seal, not a secret.
  let hash = 0x811c9dc5;
  for (let i = 0; i < secret.length; i++) {
    hash ^= secret.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash + 1;
}
