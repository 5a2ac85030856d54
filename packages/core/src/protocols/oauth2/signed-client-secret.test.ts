import { describe, expect, it } from "vitest";
import { pemBody } from "../oauth1/rsa-key.js";
import { base64Url, signClientSecret } from "./signed-client-secret.js";

async function p256Pem(): Promise<{ pem: string; publicKey: CryptoKey }> {
  const pair = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
    "sign",
    "verify",
  ]);
  const der = new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
  const body = btoa(String.fromCharCode(...der));
  return {
    pem: `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----`,
    publicKey: pair.publicKey,
  };
}

function decode(part: string): unknown {
  return JSON.parse(atob(part.replace(/-/g, "+").replace(/_/g, "/")));
}

describe("signClientSecret", () => {
  it("signs an ES256 JWT with iss, sub, aud, iat, exp and the key id, verifiable with the public key", async () => {
    const { pem, publicKey } = await p256Pem();
    const jwt = await signClientSecret(
      { issuer: "TEAM123456", keyId: "KEY1234567", privateKey: pem, expiresIn: 600 },
      "com.example.web",
      "https://appleid.apple.com",
      1_700_000_000_000,
    );
    const [header, claims, signature] = jwt.split(".") as [string, string, string];
    expect(decode(header)).toEqual({ alg: "ES256", kid: "KEY1234567" });
    expect(decode(claims)).toEqual({
      iss: "TEAM123456",
      sub: "com.example.web",
      aud: "https://appleid.apple.com",
      iat: 1_700_000_000,
      exp: 1_700_000_600,
    });
    const bytes = Uint8Array.from(atob(signature.replace(/-/g, "+").replace(/_/g, "/")), (c) =>
      c.charCodeAt(0),
    );
    const valid = await crypto.subtle.verify(
      { name: "ECDSA", hash: "SHA-256" },
      publicKey,
      bytes,
      new TextEncoder().encode(`${header}.${claims}`),
    );
    expect(valid).toBe(true);
  });

  it("reads a key whose line breaks arrive as literal \\n (from an environment variable)", async () => {
    const { pem } = await p256Pem();
    const flat = pem.replace(/\n/g, "\\n");
    expect(pemBody(flat)).toEqual(pemBody(pem));
    await expect(signClientSecret({ issuer: "T", keyId: "K", privateKey: flat }, "c", "a")).resolves.toMatch(
      /^ey/,
    );
  });

  it("encodes base64url without padding", () => {
    expect(base64Url(new Uint8Array([251, 255, 191]))).toBe("-_-_");
    expect(base64Url(new Uint8Array([1]))).toBe("AQ");
  });
});
