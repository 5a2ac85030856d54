// Turns the PEM private key an RSA-SHA1 provider was registered with into a Web Crypto signing key.

/**
 * Imports a PEM RSA private key for RSASSA-PKCS1-v1_5 with SHA-1. PKCS#8 ("PRIVATE KEY") is imported as is;
 * PKCS#1 ("RSA PRIVATE KEY", what `openssl genrsa` wrote before OpenSSL 3) is wrapped as PKCS#8 first, since
 * Web Crypto reads only PKCS#8.
 *
 * @throws whatever Web Crypto throws for a key it cannot read (the caller names the option).
 */
export async function importRsaPrivateKey(pem: string): Promise<CryptoKey> {
  const der = pemBody(pem);
  const pkcs8 = /BEGIN RSA PRIVATE KEY/.test(pem) ? pkcs1ToPkcs8(der) : der;
  return crypto.subtle.importKey("pkcs8", pkcs8, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-1" }, false, [
    "sign",
  ]);
}

/**
 * The DER bytes of a PEM block. Keys read from environment variables often carry literal `\n` sequences
 * instead of line breaks, so those are dropped along with real whitespace.
 */
export function pemBody(pem: string): Uint8Array<ArrayBuffer> {
  const base64 = pem
    .replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, "")
    .replace(/\\n/g, "")
    .replace(/\s+/g, "");
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** PrivateKeyInfo ::= SEQUENCE { INTEGER 0, AlgorithmIdentifier { rsaEncryption, NULL }, OCTET STRING pkcs1 } */
export function pkcs1ToPkcs8(pkcs1: Uint8Array): Uint8Array<ArrayBuffer> {
  const version = [0x02, 0x01, 0x00];
  const algorithm = [
    0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
  ];
  const octets = [0x04, ...derLength(pkcs1.length), ...pkcs1];
  const content = [...version, ...algorithm, ...octets];
  return Uint8Array.from([0x30, ...derLength(content.length), ...content]);
}

/** A DER length: one byte below 128, otherwise 0x80 | byte count, then the bytes (big-endian). */
function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let n = length; n > 0; n >>= 8) bytes.unshift(n & 0xff);
  return [0x80 | bytes.length, ...bytes];
}
