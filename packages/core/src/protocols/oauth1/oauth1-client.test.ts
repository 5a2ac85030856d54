import { describe, expect, it } from "vitest";
import { DanceError } from "../../errors.js";
import { Sealer } from "../../session/seal.js";
import { OAuth1Client } from "./oauth1-client.js";
import type { OAuth1Options } from "./oauth1-options.js";

const TOKEN = { oauth_token: "at", oauth_token_secret: "ats" };
const ENDPOINTS = {
  requestTokenUrl: "https://api.example.com/oauth/request_token",
  authorizationUrl: "https://api.example.com/oauth/authorize",
  accessTokenUrl: "https://api.example.com/oauth/access_token",
};

function client(options: Partial<OAuth1Options> = {}, fetch?: typeof globalThis.fetch) {
  return new OAuth1Client(
    "acme",
    { clientKey: "ck", clientSecret: "cs", ...ENDPOINTS, ...options },
    { fetch, timeout: 5, sealer: new Sealer(["oauth1-client-test-secret-at-least-32-chars"]) },
  );
}

function names(params: URLSearchParams): string[] {
  return [...params.keys()].sort();
}

const PROTOCOL = [
  "oauth_consumer_key",
  "oauth_nonce",
  "oauth_signature",
  "oauth_signature_method",
  "oauth_timestamp",
  "oauth_token",
  "oauth_version",
];

describe("OAuth1Client.authorize (the API client's signing step)", () => {
  it("signs in the Authorization header by default and leaves URL and body alone", async () => {
    const request = new Request("https://api.example.com/1.1/x?q=a+b", { method: "GET" });
    const signed = await client().authorize(request, TOKEN);
    expect(signed.url).toBe("https://api.example.com/1.1/x?q=a%20b");
    expect(signed.headers.get("authorization")).toMatch(/^OAuth oauth_consumer_key="ck", oauth_nonce=/);
  });

  it("replaces the oauth parameters of a request signed before (a retry) instead of adding a second set", async () => {
    const c = client({ signatureLocation: "query" });
    const once = await c.authorize(new Request("https://api.example.com/1.1/x?q=1"), TOKEN);
    const twice = await c.authorize(once, TOKEN);
    const query = new URL(twice.url).searchParams;
    expect(names(query)).toEqual([...PROTOCOL, "q"].sort());
    expect(query.get("oauth_nonce")).not.toBe(new URL(once.url).searchParams.get("oauth_nonce"));
  });

  it("puts the parameters in a form body, and replaces them there on a retry", async () => {
    const c = client({ signatureLocation: "body" });
    const form = new Request("https://api.example.com/1.1/x", {
      method: "POST",
      body: new URLSearchParams({ status: "hi" }),
    });
    const once = await c.authorize(form, TOKEN);
    const twice = await c.authorize(once, TOKEN);
    const body = new URLSearchParams(await twice.text());
    expect(names(body)).toEqual([...PROTOCOL, "status"].sort());
    expect(twice.headers.get("authorization")).toBeNull();
  });

  it("signs a request without a form body in the header when the body was asked for", async () => {
    const signed = await client({ signatureLocation: "body" }).authorize(
      new Request("https://api.example.com/1.1/x"),
      TOKEN,
    );
    expect(signed.headers.get("authorization")).toContain('oauth_token="at"');
  });

  it("keeps a JSON body as it is", async () => {
    const request = new Request("https://api.example.com/1.1/x?q=a+b", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ a: 1 }),
    });
    const signed = await client().authorize(request, TOKEN);
    expect(await signed.json()).toEqual({ a: 1 });
    expect(signed.headers.get("content-type")).toBe("application/json");
  });
});

describe("OAuth1Client.postForTokens (request-token and access-token calls)", () => {
  const post = (c: OAuth1Client) =>
    c.postForTokens(
      ENDPOINTS.requestTokenUrl,
      { oauth_callback: "https://app/cb" },
      {},
      undefined,
      "request_token_failed",
      "login",
    );

  it("reports a refusal with the provider's oauth_problem and the HTTP status", async () => {
    const fetch = async () => new Response("oauth_problem=consumer_key_rejected", { status: 401 });
    const error = await post(client({}, fetch)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DanceError);
    expect(error).toMatchObject({
      code: "request_token_failed",
      step: "login",
      error: "consumer_key_rejected",
      message: "acme refused (HTTP 401): consumer_key_rejected",
    });
  });

  it("reports an answer that is not a token, with its first line", async () => {
    const fetch = async () => new Response("<html>\n<body>Over capacity</body>", { status: 200 });
    await expect(post(client({}, fetch))).rejects.toMatchObject({
      code: "request_token_failed",
      errorDescription: "<html>",
    });
  });

  it("reports an unreachable provider without leaking what was sent", async () => {
    const fetch = async () => {
      throw new TypeError("fetch failed");
    };
    const error = (await post(client({}, fetch)).catch((e: unknown) => e)) as DanceError;
    expect(error).toMatchObject({ code: "request_token_failed", message: "acme could not be reached" });
  });

  it("sends a form POST signed with oauth_callback in the Authorization header", async () => {
    let seen: Request | undefined;
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      seen = new Request(input, init);
      return new Response("oauth_token=t&oauth_token_secret=s&oauth_callback_confirmed=true");
    };
    await expect(post(client({}, fetch))).resolves.toEqual({
      oauth_token: "t",
      oauth_token_secret: "s",
      oauth_callback_confirmed: "true",
    });
    expect(seen?.method).toBe("POST");
    expect(seen?.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(seen?.headers.get("authorization")).toContain('oauth_callback="https%3A%2F%2Fapp%2Fcb"');
  });
});
