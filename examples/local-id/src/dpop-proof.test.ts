import { createHash, randomUUID } from "node:crypto";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { DPoPResource, type ProofCheck } from "./dpop-proof.js";

const URL_ME = "http://127.0.0.1:1/api/me";
const ACCESS_TOKEN = "access-token-1";

async function keyPair() {
  const { privateKey, publicKey } = await generateKeyPair("ES256");
  const jwk = await exportJWK(publicKey);
  return { privateKey, jwk, jkt: await calculateJwkThumbprint(jwk) };
}

const signer = await keyPair();
const stranger = await keyPair();

/** A proof as a client makes it, with any claim overridden. */
async function proof(claims: Record<string, unknown> = {}, key = signer): Promise<string> {
  return new SignJWT({
    htm: "GET",
    htu: URL_ME,
    ath: createHash("sha256").update(ACCESS_TOKEN).digest("base64url"),
    jti: randomUUID(),
    iat: Math.floor(Date.now() / 1000),
    ...claims,
  })
    .setProtectedHeader({ alg: "ES256", typ: "dpop+jwt", jwk: key.jwk })
    .sign(key.privateKey);
}

function check(resource: DPoPResource, value: string | undefined): Promise<string | undefined> {
  const request: ProofCheck = {
    proof: value,
    method: "GET",
    url: URL_ME,
    accessToken: ACCESS_TOKEN,
    jkt: signer.jkt,
  };
  return resource.refusal(request);
}

describe("the API's DPoP proof check", () => {
  it("takes a proof that holds and carries its nonce, and asks for the nonce otherwise", async () => {
    const resource = new DPoPResource();
    expect(await check(resource, await proof())).toBe("use_dpop_nonce");
    expect(await check(resource, await proof({ nonce: resource.nonce }))).toBeUndefined();
  });

  it("refuses a missing proof, a replayed one, and one that does not match the request, token or key", async () => {
    const resource = new DPoPResource();
    const { nonce } = resource;
    const replayed = await proof({ nonce });
    expect(await check(resource, replayed)).toBeUndefined();
    const refused = [
      undefined,
      replayed,
      await proof({ nonce, htm: "POST" }),
      await proof({ nonce, htu: "http://127.0.0.1:1/api/echo" }),
      await proof({ nonce, ath: "not-the-token-hash" }),
      await proof({ nonce, iat: Math.floor(Date.now() / 1000) - 3600 }),
      await proof({ nonce }, stranger),
      "not.a.jwt",
    ];
    for (const value of refused) expect(await check(resource, value)).toBe("invalid_dpop_proof");
  });
});
