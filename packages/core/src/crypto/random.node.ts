// Random values and the PKCE challenge on Node: the formats random.ts produces, from node:crypto without
// Web Crypto's asynchronous jobs, and from a pool so that a login pays for one call to the CSPRNG per 4 KB.
import { createHash, randomBytes } from "node:crypto";

const POOL_BYTES = 4096;
let pool: Buffer | undefined;
let used = POOL_BYTES;

/**
 * `size` bytes from the CSPRNG, each handed out once. Like Node's own `randomUUID()`, it draws a batch and slices
 * it: every refill is a new buffer, so a slice handed out earlier is never overwritten.
 */
export function randomPoolBytes(size: number): Buffer {
  if (size > POOL_BYTES / 4) return randomBytes(size);
  if (pool === undefined || used + size > POOL_BYTES) {
    pool = randomBytes(POOL_BYTES);
    used = 0;
  }
  const bytes = pool.subarray(used, used + size);
  used += size;
  return bytes;
}

const random32 = (): string => randomPoolBytes(32).toString("base64url");

/** 32 random bytes, base64url: an OAuth 2 `state`. */
export const randomState: () => string = random32;
/** 32 random bytes, base64url: an OpenID Connect `nonce`. */
export const randomNonce: () => string = random32;
/** 32 random bytes, base64url: a PKCE `code_verifier` (RFC 7636, 43 characters). */
export const randomPKCECodeVerifier: () => string = random32;

/** The S256 `code_challenge` of a verifier: base64url(SHA-256(verifier)). */
export function calculatePKCECodeChallenge(verifier: string): Promise<string> {
  return Promise.resolve(createHash("sha256").update(verifier, "utf8").digest("base64url"));
}
