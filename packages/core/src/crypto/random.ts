// The random values of a dance (state, nonce, PKCE verifier) and the PKCE challenge, with Web Crypto.
// Node loads random.node.ts instead (package.json "imports": "#random"): same formats, synchronous node:crypto.
import * as client from "openid-client";

/** 32 random bytes, base64url: an OAuth 2 `state`. */
export const randomState: () => string = client.randomState;
/** 32 random bytes, base64url: an OpenID Connect `nonce`. */
export const randomNonce: () => string = client.randomNonce;
/** 32 random bytes, base64url: a PKCE `code_verifier` (RFC 7636, 43 characters). */
export const randomPKCECodeVerifier: () => string = client.randomPKCECodeVerifier;
/** The S256 `code_challenge` of a verifier: base64url(SHA-256(verifier)). */
export const calculatePKCECodeChallenge: (verifier: string) => Promise<string> =
  client.calculatePKCECodeChallenge;
