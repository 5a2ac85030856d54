import { describe, expect, it } from "vitest";
import { importRsaPrivateKey, pemBody, pkcs1ToPkcs8 } from "./rsa-key.js";

async function keyPair(modulusLength: number) {
  return crypto.subtle.generateKey(
    { name: "RSASSA-PKCS1-v1_5", modulusLength, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-1" },
    true,
    ["sign", "verify"],
  );
}

function toPem(label: string, der: Uint8Array, lineBreak = "\n"): string {
  const base64 = btoa(String.fromCharCode(...der));
  return `-----BEGIN ${label}-----${lineBreak}${base64.replace(/.{64}/g, `$&${lineBreak}`)}${lineBreak}-----END ${label}-----`;
}

/** Web Crypto's PKCS#8 for an RSA key is a fixed header followed by the PKCS#1 key as an OCTET STRING. */
function pkcs1Inside(pkcs8: Uint8Array): Uint8Array {
  const lengthBytes = (at: number) => ((pkcs8[at] as number) < 0x80 ? 1 : 1 + ((pkcs8[at] as number) & 0x7f));
  let offset = 1 + lengthBytes(1); // SEQUENCE header
  offset += 3 + 15; // INTEGER 0, AlgorithmIdentifier rsaEncryption
  offset += 1 + lengthBytes(offset + 1); // OCTET STRING header
  return pkcs8.slice(offset);
}

const DATA = new TextEncoder().encode("POST&https%3A%2F%2Fjira.example.com%2F&oauth_nonce%3Dn");

describe("RSA private keys", () => {
  for (const bits of [1024, 2048]) {
    it(`wraps a ${bits}-bit PKCS#1 key into the same bytes Web Crypto exports as PKCS#8`, async () => {
      const pair = await keyPair(bits);
      const pkcs8 = new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
      expect(pkcs1ToPkcs8(pkcs1Inside(pkcs8))).toEqual(pkcs8);
    });
  }

  it("encodes short and one-byte DER lengths around the key as well", () => {
    const algorithm = [
      0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
    ];
    expect([...pkcs1ToPkcs8(Uint8Array.of(7, 7))]).toEqual([
      0x30,
      22,
      0x02,
      0x01,
      0x00,
      ...algorithm,
      0x04,
      2,
      7,
      7,
    ]);
    const wrapped = pkcs1ToPkcs8(new Uint8Array(200));
    expect([...wrapped.slice(0, 3)]).toEqual([0x30, 0x81, 3 + 15 + 3 + 200]);
    expect([...wrapped.slice(21, 24)]).toEqual([0x04, 0x81, 200]);
  });

  it("signs the same with a PKCS#1 PEM as with the PKCS#8 PEM of the same key, and the signature verifies", async () => {
    const pair = await keyPair(2048);
    const pkcs8 = new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
    const fromPkcs8 = await importRsaPrivateKey(toPem("PRIVATE KEY", pkcs8));
    const fromPkcs1 = await importRsaPrivateKey(toPem("RSA PRIVATE KEY", pkcs1Inside(pkcs8)));
    const a = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", fromPkcs8, DATA);
    const b = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", fromPkcs1, DATA);
    expect(new Uint8Array(b)).toEqual(new Uint8Array(a));
    expect(await crypto.subtle.verify("RSASSA-PKCS1-v1_5", pair.publicKey, b, DATA)).toBe(true);
  });

  it("reads a PEM whose line breaks arrived as literal \\n sequences (a key kept in an environment variable)", async () => {
    const pair = await keyPair(1024);
    const pkcs8 = new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
    const escaped = toPem("PRIVATE KEY", pkcs8, "\\n");
    expect(escaped).not.toContain("\n");
    expect(pemBody(escaped)).toEqual(pkcs8);
    await expect(importRsaPrivateKey(escaped)).resolves.toBeDefined();
  });

  it("rejects a PEM that holds no RSA key", async () => {
    await expect(
      importRsaPrivateKey("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"),
    ).rejects.toThrow();
  });
});
