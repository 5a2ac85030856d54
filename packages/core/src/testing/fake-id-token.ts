// The fake's ID tokens: RS256, signed with a key made on first use, its public half published at /jwks.
import type { FakeUser } from "./fake-provider-types.js";
import { base64url } from "./fake-wire.js";

const ID_TOKEN_TTL_S = 3600;

/** The claims of the ID token for a code: the user's fields, `sub`, and the nonce of the authorization request. */
export function idTokenClaims(
  issuer: string,
  code: { user: FakeUser; nonce: string | undefined },
  clientId: string,
): Record<string, unknown> {
  const { id, ...claims } = code.user;
  // openid-client checks iat and exp against the real clock, whatever clock the test gave the fake.
  const iat = Math.floor(Date.now() / 1000);
  const token: Record<string, unknown> = {
    ...claims,
    iss: issuer,
    sub: id,
    aud: clientId,
    iat,
    exp: iat + ID_TOKEN_TTL_S,
  };
  if (code.nonce) token.nonce = code.nonce;
  return token;
}

/** Signs ID tokens with an RS256 key made on first use (Web Crypto), and publishes its public half. */
export class IdTokenSigner {
  #keys: Promise<CryptoKeyPair> | undefined;

  async sign(claims: Record<string, unknown>): Promise<string> {
    const encode = (value: unknown) => base64url(new TextEncoder().encode(JSON.stringify(value)));
    const input = `${encode({ alg: "RS256", typ: "JWT", kid: "fake" })}.${encode(claims)}`;
    const { privateKey } = await this.#pair();
    const signature = await crypto.subtle.sign(
      "RSASSA-PKCS1-v1_5",
      privateKey,
      new TextEncoder().encode(input),
    );
    return `${input}.${base64url(new Uint8Array(signature))}`;
  }

  async publicJwk(): Promise<JsonWebKey> {
    const jwk = await crypto.subtle.exportKey("jwk", (await this.#pair()).publicKey);
    return { ...jwk, kid: "fake", alg: "RS256", use: "sig" } as JsonWebKey;
  }

  #pair(): Promise<CryptoKeyPair> {
    this.#keys ??= crypto.subtle.generateKey(
      {
        name: "RSASSA-PKCS1-v1_5",
        modulusLength: 2048,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: "SHA-256",
      },
      true,
      ["sign", "verify"],
    );
    return this.#keys;
  }
}
