import type * as client from "openid-client";
import { describe, expect, it } from "vitest";
import { BasicAuth, type BasicAuthEncoding } from "./basic-auth.js";

const ID = "dance-app";
const SECRET = "s3cret-with.punct_~1 +/";

/** What a Basic header carries, decoded from Base64 only (as a server that does not form-decode reads it). */
function pairOf(header: string | null): string {
  return new TextDecoder().decode(Uint8Array.from(atob((header ?? "").slice(6)), (c) => c.charCodeAt(0)));
}

/** A token endpoint that accepts only `accepted` as the Basic pair, answering refusals as `refusal` does. */
function tokenEndpoint(accepted: string, refusal = () => new Response(null, { status: 401 })) {
  const seen: string[] = [];
  const send: client.CustomFetch = async (_url, init) => {
    const pair = pairOf(new Headers(init.headers).get("authorization"));
    seen.push(pair);
    return pair === accepted ? Response.json({ access_token: "at", token_type: "Bearer" }) : refusal();
  };
  return { send, seen };
}

/** One token request as openid-client makes it: the auth hook writes the header, then the fetch sends it. */
async function tokenRequest(basic: BasicAuth, send: client.CustomFetch, secret = SECRET): Promise<Response> {
  const headers = new Headers();
  await basic.method(() => secret)(
    {} as client.ServerMetadata,
    { client_id: ID },
    new URLSearchParams(),
    headers,
  );
  const init = {
    method: "POST",
    headers: Object.fromEntries(headers),
    body: new URLSearchParams(),
    redirect: "manual",
  };
  return basic.retrying(send)("https://id.example/token", init as client.CustomFetchOptions);
}

const encoded = `${ID}:s3cret-with.punct_%7E1+%2B%2F`;
const raw = `${ID}:${SECRET}`;

describe("client_secret_basic", () => {
  it("form-encodes id and secret as the URL standard's serializer does, leaving -._* as they are", async () => {
    const server = tokenEndpoint(encoded);
    expect((await tokenRequest(new BasicAuth(), server.send)).status).toBe(200);
    expect(server.seen).toEqual([encoded]);
  });

  it("retries once with the raw pair when a server that does not decode refuses, then sends raw first", async () => {
    const server = tokenEndpoint(raw);
    const basic = new BasicAuth();
    expect((await tokenRequest(basic, server.send)).status).toBe(200);
    expect((await tokenRequest(basic, server.send)).status).toBe(200);
    expect(server.seen).toEqual([encoded, raw, raw]);
  });

  it.each([
    ["a 401", () => new Response(null, { status: 401 })],
    ["a 403 unauthorized_client", () => Response.json({ error: "unauthorized_client" }, { status: 403 })],
    ["a 400 invalid_client", () => Response.json({ error: "invalid_client" }, { status: 400 })],
    ["an empty 400", () => new Response(null, { status: 400 })],
  ])("takes %s as refusing the client", async (_name, refusal) => {
    const server = tokenEndpoint(raw, refusal);
    expect((await tokenRequest(new BasicAuth(), server.send)).status).toBe(200);
    expect(server.seen).toEqual([encoded, raw]);
  });

  it("does not retry an answer about the grant, a secret that encoding leaves alone, or a second refusal", async () => {
    const grant = tokenEndpoint("nobody", () => Response.json({ error: "invalid_grant" }, { status: 400 }));
    expect((await tokenRequest(new BasicAuth(), grant.send)).status).toBe(400);
    expect(grant.seen).toEqual([encoded]);

    const plain = tokenEndpoint("nobody");
    expect((await tokenRequest(new BasicAuth(), plain.send, "LettersAndDigits123")).status).toBe(401);
    expect(plain.seen).toEqual([`${ID}:LettersAndDigits123`]);

    const wrong = tokenEndpoint("nobody");
    const basic = new BasicAuth();
    expect((await tokenRequest(basic, wrong.send)).status).toBe(401);
    expect((await tokenRequest(basic, wrong.send)).status).toBe(401);
    expect(wrong.seen).toEqual([encoded, raw, encoded, raw]);
  });

  it.each<[BasicAuthEncoding, string]>([
    ["form-urlencoded", encoded],
    ["raw", raw],
  ])("with basicAuthEncoding %s sends only that form", async (encoding, form) => {
    const server = tokenEndpoint("nobody");
    expect((await tokenRequest(new BasicAuth(encoding), server.send)).status).toBe(401);
    expect(server.seen).toEqual([form]);
  });
});
