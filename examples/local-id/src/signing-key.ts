// The key that signs ID tokens, generated once per process.
import { generateKeyPair } from "node:crypto";
import { promisify } from "node:util";
import { importJWK, type JWTPayload, SignJWT } from "jose";
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

let forgery: Promise<JWK> | undefined;

/** Another RSA key under the ID token key's `kid`: what a forger signs with. */
function forgedKey(): Promise<JWK> {
  forgery ??= promisify(generateKeyPair)("rsa", { modulusLength: 2048 }).then(({ privateKey }) => ({
    ...(privateKey.export({ format: "jwk" }) as JWK),
    kid: "local-id-rs256",
  }));
  return forgery;
}

/** A logout token (`typ: logout+jwt`) with exactly these claims, signed with the ID token key or a forger's. */
export async function signLogoutToken(claims: Record<string, unknown>, forged: boolean): Promise<string> {
  const jwk = forged ? await forgedKey() : await signingKey();
  const key = await importJWK(jwk as Parameters<typeof importJWK>[0], "RS256");
  return new SignJWT(claims as JWTPayload)
    .setProtectedHeader({ alg: "RS256", kid: "local-id-rs256", typ: "logout+jwt" })
    .sign(key);
}
