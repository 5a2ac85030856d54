// Client secrets the app signs itself: the ES256 JWT Apple takes as `client_secret`, and private_key_jwt keys.
import { pemBody } from "../oauth1/rsa-key.js";
import type { PrivateKeyJwtOptions, SignedClientSecretOptions } from "./client-auth-options.js";

const DEFAULT_LIFETIME = 300;

/**
 * Signs a client secret JWT (ES256, Web Crypto): header `{ alg, kid }`, claims `iss`, `iat`, `exp`, `aud`, `sub`.
 *
 * @param clientId becomes `sub`.
 * @param audience becomes `aud` when `options.audience` is not set.
 */
export async function signClientSecret(
  options: Readonly<SignedClientSecretOptions>,
  clientId: string,
  audience: string,
  nowMs: number = Date.now(),
): Promise<string> {
  const key = await crypto.subtle.importKey(
    "pkcs8",
    pemBody(options.privateKey),
    { name: "ECDSA", namedCurve: "P-256" },
    false,
    ["sign"],
  );
  const iat = Math.floor(nowMs / 1000);
  const header = { alg: "ES256", kid: options.keyId };
  const claims = {
    iss: options.issuer,
    iat,
    exp: iat + (options.expiresIn ?? DEFAULT_LIFETIME),
    aud: options.audience ?? audience,
    sub: clientId,
  };
  const input = `${base64UrlJson(header)}.${base64UrlJson(claims)}`;
  // Web Crypto's ECDSA signature is r || s, exactly the JWS encoding.
  const signature = await crypto.subtle.sign(
    { name: "ECDSA", hash: "SHA-256" },
    key,
    new TextEncoder().encode(input),
  );
  return `${input}.${base64Url(new Uint8Array(signature))}`;
}

/** Imports the PEM key of `private_key_jwt` for the algorithm it signs with. */
export function importClientAssertionKey(options: Readonly<PrivateKeyJwtOptions>): Promise<CryptoKey> {
  const algorithm = {
    RS256: { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
    PS256: { name: "RSA-PSS", hash: "SHA-256" },
    ES256: { name: "ECDSA", namedCurve: "P-256" },
  }[options.algorithm ?? "RS256"];
  return crypto.subtle.importKey("pkcs8", pemBody(options.privateKey), algorithm, false, ["sign"]);
}

function base64UrlJson(value: object): string {
  return base64Url(new TextEncoder().encode(JSON.stringify(value)));
}

export function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
