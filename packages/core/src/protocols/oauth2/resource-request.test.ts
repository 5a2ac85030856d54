import * as client from "openid-client";
import { describe, expect, it } from "vitest";
import { Sealer } from "../../session/seal.js";
import { DPOP_KEY_FIELD, DPoPKeys } from "./dpop.js";
import { sendWithToken } from "./resource-request.js";
import { base64Url } from "./signed-client-secret.js";

const SECRET = "dpop-test-secret-that-is-at-least-32-chars";
const configuration = new client.Configuration(
  { issuer: "https://as.example", token_endpoint: "https://as.example/token" },
  "app",
);

/** The DPoP proof a request carried, decoded. */
function proofOf(request: Request): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [header, payload] = (request.headers.get("dpop") ?? "").split(".");
  const decode = (part = "") => JSON.parse(atob(part.replace(/-/g, "+").replace(/_/g, "/")));
  return { header: decode(header), payload: decode(payload) };
}

describe("API requests with a DPoP token", () => {
  const keys = new DPoPKeys("ES256", new Sealer([SECRET]));
  const grants = {
    name: "corp",
    options: { clientId: "app" },
    dpopKeys: keys,
    configuration: async () => configuration,
  } as unknown as Parameters<typeof sendWithToken>[0];

  it("sends the DPoP scheme with a proof of the method, URL and token, and retries a nonce once with the same body", async () => {
    const made = await keys.create(configuration);
    const token = { access_token: "at-1", token_type: "DPoP", [DPOP_KEY_FIELD]: made.sealed };
    const sent: { request: Request; body: string }[] = [];
    const response = await sendWithToken(
      grants,
      new Request("https://api.example/items?page=2", { method: "POST", body: "hello" }),
      token,
      async (request) => {
        sent.push({ request, body: await request.text() });
        return sent.length === 1
          ? new Response(null, {
              status: 401,
              headers: { "www-authenticate": 'DPoP error="use_dpop_nonce"', "dpop-nonce": "rs-nonce" },
            })
          : Response.json({ ok: true });
      },
    );
    expect(await response.json()).toEqual({ ok: true });
    expect(sent.map(({ request }) => request.headers.get("authorization"))).toEqual([
      "DPoP at-1",
      "DPoP at-1",
    ]);
    expect(sent.map(({ body }) => body)).toEqual(["hello", "hello"]);
    const [first, second] = sent.map(({ request }) => proofOf(request));
    expect(first?.payload).toMatchObject({ htm: "POST", htu: "https://api.example/items" });
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode("at-1"));
    expect(first?.payload.ath).toBe(base64Url(new Uint8Array(digest)));
    expect(first?.payload.nonce).toBeUndefined();
    expect(second?.payload.nonce).toBe("rs-nonce");
    expect(second?.payload.jti).not.toBe(first?.payload.jti);
  });

  it("hands any other challenge back as the API's answer, so an expired token can be refreshed", async () => {
    const made = await keys.create(configuration);
    const token = { access_token: "at-2", token_type: "DPoP", [DPOP_KEY_FIELD]: made.sealed };
    const response = await sendWithToken(
      grants,
      new Request("https://api.example/me"),
      token,
      async () =>
        new Response(null, { status: 401, headers: { "www-authenticate": 'DPoP error="invalid_token"' } }),
    );
    expect(response.status).toBe(401);
  });

  it("never sends a DPoP token as a bearer token: one without a key it can open is refused before any request", async () => {
    let sent = 0;
    const send = async () => {
      sent++;
      return new Response();
    };
    const request = () => new Request("https://api.example/me");
    for (const token of [
      { access_token: "at", token_type: "DPoP" },
      { access_token: "at", token_type: "bearer", [DPOP_KEY_FIELD]: "Fe26.2**tampered" },
    ]) {
      await expect(sendWithToken(grants, request(), token, send)).rejects.toMatchObject({
        code: "not_authorized",
      });
    }
    expect(sent).toBe(0);
  });
});
