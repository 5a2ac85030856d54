// The key that signs ID tokens, generated once per process.
import { generateKeyPair } from "node:crypto";
import { promisify } from "node:util";
import type { JWK } from "oidc-provider";

let cached: Promise<JWK> | undefined;

/**
 * Without `jwks` oidc-provider falls back to well-known development keys and warns.
 * RSA generation takes a moment, so every server in a test run shares one key.
 */
export function signingKey(): Promise<JWK> {
  cached ??= promisify(generateKeyPair)("rsa", { modulusLength: 2048 }).then(({ privateKey }) => ({
    ...(privateKey.export({ format: "jwk" }) as JWK),
    kid: "local-id-rs256",
    alg: "RS256",
    use: "sig",
  }));
  return cached;
}
