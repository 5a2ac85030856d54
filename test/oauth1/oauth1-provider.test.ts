// The local OAuth 1.0a provider refuses what a real one refuses, so the dance tests that pass against it mean something.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type OAuth1ProviderServer,
  type OAuth1SignatureMethod,
  startOAuth1Provider,
} from "../support/oauth1-provider.js";

const oauthSign = createRequire(import.meta.url)("oauth-sign") as {
  sign(
    method: string,
    httpMethod: string,
    baseUri: string,
    params: Record<string, string>,
    a: string,
    b?: string,
  ): string;
  rfc3986(value: string): string;
};

const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const otherKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;

interface Signed {
  path: string;
  method?: string;
  clientKey?: string;
  secret?: string;
  signatureMethod?: OAuth1SignatureMethod;
  rsaKey?: string;
  token?: { key: string; secret: string };
  protocol?: Record<string, string>;
  query?: Record<string, string>;
  form?: Record<string, string>;
  location?: "header" | "query" | "body";
  timestamp?: number;
}

let provider: OAuth1ProviderServer;

beforeEach(async () => {
  provider = await startOAuth1Provider({
    clients: [
      { key: "hmac-app", signatureMethod: "HMAC-SHA1", secret: "hmac-secret" },
      { key: "rsa-app", signatureMethod: "RSA-SHA1", publicKey },
    ],
  });
});

afterEach(async () => {
  await provider.close();
});

/** Builds a request signed by oauth-sign, sendable more than once (to replay it). */
function signed(options: Signed): () => Promise<{ status: number; fields: URLSearchParams; text: string }> {
  const method = options.method ?? "POST";
  const signatureMethod = options.signatureMethod ?? "HMAC-SHA1";
  const oauth: Record<string, string> = {
    oauth_consumer_key: options.clientKey ?? "hmac-app",
    oauth_nonce: randomBytes(8).toString("hex"),
    oauth_signature_method: signatureMethod,
    oauth_timestamp: String(options.timestamp ?? Math.floor(Date.now() / 1000)),
    oauth_version: "1.0",
    ...(options.token ? { oauth_token: options.token.key } : {}),
    ...options.protocol,
  };
  const baseUri = `${provider.url}${options.path}`;
  const all = { ...options.query, ...options.form, ...oauth };
  const key = signatureMethod === "RSA-SHA1" ? (options.rsaKey as string) : (options.secret ?? "hmac-secret");
  oauth.oauth_signature = oauthSign.sign(
    signatureMethod,
    method,
    baseUri,
    all,
    key,
    options.token?.secret ?? "",
  );
  const location = options.location ?? "header";
  const url = new URL(baseUri);
  for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
  const form = new URLSearchParams(options.form);
  const headers: Record<string, string> = {};
  if (location === "header") {
    const pairs = Object.entries(oauth).map(([k, v]) => `${k}="${oauthSign.rfc3986(v)}"`);
    headers.authorization = `OAuth realm="Tests", ${pairs.join(", ")}`;
  } else {
    for (const [name, value] of Object.entries(oauth))
      (location === "query" ? url.searchParams : form).set(name, value);
  }
  if (method === "POST") headers["content-type"] = "application/x-www-form-urlencoded";
  return async () => {
    const response = await fetch(url, {
      method,
      headers,
      ...(method === "POST" ? { body: form.toString() } : {}),
    });
    const text = await response.text();
    return { status: response.status, fields: new URLSearchParams(text), text };
  };
}

const CALLBACK = "http://127.0.0.1:9/callback?keep=1";

async function requestToken(clientKey = "hmac-app", rsaKey?: string) {
  const signatureMethod = clientKey === "rsa-app" ? "RSA-SHA1" : "HMAC-SHA1";
  const answer = await signed({
    path: "/oauth/request_token",
    clientKey,
    signatureMethod,
    ...(rsaKey ? { rsaKey } : {}),
    protocol: { oauth_callback: CALLBACK },
  })();
  expect(answer.status).toBe(200);
  return {
    key: answer.fields.get("oauth_token") as string,
    secret: answer.fields.get("oauth_token_secret") as string,
  };
}

async function approve(token: string, user = "alice"): Promise<URL> {
  const response = await fetch(`${provider.url}/oauth/authorize?oauth_token=${token}&user=${user}`, {
    redirect: "manual",
  });
  expect(response.status).toBe(302);
  return new URL(response.headers.get("location") as string);
}

function exchange(token: { key: string; secret: string }, verifier: string, overrides: Partial<Signed> = {}) {
  return signed({
    path: "/oauth/access_token",
    token,
    protocol: { oauth_verifier: verifier },
    ...overrides,
  })();
}

describe("the local OAuth 1.0a provider", () => {
  it("issues a request token, confirming the callback, for a correctly signed call", async () => {
    const answer = await signed({ path: "/oauth/request_token", protocol: { oauth_callback: CALLBACK } })();
    expect(answer.status).toBe(200);
    expect(answer.fields.get("oauth_callback_confirmed")).toBe("true");
    expect(answer.fields.get("oauth_token")).toMatch(/^[0-9a-f]{32}$/);
    expect(provider.stats.rejections).toEqual([]);
  });

  it("refuses a signature made with the wrong consumer secret", async () => {
    const answer = await signed({
      path: "/oauth/request_token",
      secret: "not-the-secret",
      protocol: { oauth_callback: CALLBACK },
    })();
    expect(answer.status).toBe(401);
    expect(answer.fields.get("oauth_problem")).toBe("signature_invalid");
  });

  it("refuses a reused nonce", async () => {
    const send = signed({ path: "/oauth/request_token", protocol: { oauth_callback: CALLBACK } });
    expect((await send()).status).toBe(200);
    const replay = await send();
    expect(replay.status).toBe(401);
    expect(replay.fields.get("oauth_problem")).toBe("nonce_used");
  });

  it("refuses a timestamp older than five minutes", async () => {
    const old = Math.floor(Date.now() / 1000) - 301;
    const answer = await signed({
      path: "/oauth/request_token",
      timestamp: old,
      protocol: { oauth_callback: CALLBACK },
    })();
    expect(answer.fields.get("oauth_problem")).toBe("timestamp_refused");
  });

  it("reads the oauth parameters from the query or the form body as well as from the header", async () => {
    for (const location of ["query", "body"] as const) {
      const answer = await signed({
        path: "/oauth/request_token",
        location,
        protocol: { oauth_callback: CALLBACK },
      })();
      expect(answer.status).toBe(200);
    }
    expect(provider.stats.locations).toEqual(["query", "body"]);
  });

  it("sends the browser back to the callback with oauth_token and oauth_verifier, or with denied=", async () => {
    const approved = await requestToken();
    const back = await approve(approved.key, "bob");
    expect(`${back.origin}${back.pathname}`).toBe("http://127.0.0.1:9/callback");
    expect(back.searchParams.get("keep")).toBe("1");
    expect(back.searchParams.get("oauth_token")).toBe(approved.key);
    expect(back.searchParams.get("oauth_verifier")).toMatch(/^[0-9a-f]{32}$/);
    const denied = await requestToken();
    expect(Object.fromEntries((await approve(denied.key, "deny")).searchParams)).toEqual({
      keep: "1",
      denied: denied.key,
    });
  });

  it("exchanges a verified request token for an access token that the account resource accepts", async () => {
    const token = await requestToken();
    const verifier = (await approve(token.key, "bob")).searchParams.get("oauth_verifier") as string;
    const answer = await exchange(token, verifier);
    expect(answer.fields.get("screen_name")).toBe("bob");
    const access = {
      key: answer.fields.get("oauth_token") as string,
      secret: answer.fields.get("oauth_token_secret") as string,
    };
    const me = await signed({ path: "/1.1/account", method: "GET", token: access, query: { q: "a b" } })();
    expect(JSON.parse(me.text)).toMatchObject({ screen_name: "bob", query: { q: "a b" } });
  });

  it("refuses an access-token request signed without the request-token secret", async () => {
    const token = await requestToken();
    const verifier = (await approve(token.key)).searchParams.get("oauth_verifier") as string;
    const answer = await exchange({ key: token.key, secret: "" }, verifier);
    expect(answer.status).toBe(401);
    expect(answer.fields.get("oauth_problem")).toBe("signed_without_request_token_secret");
  });

  it("refuses a wrong verifier, and the request token cannot be tried again", async () => {
    const token = await requestToken();
    const verifier = (await approve(token.key)).searchParams.get("oauth_verifier") as string;
    expect((await exchange(token, "guessed")).fields.get("oauth_problem")).toBe("verifier_invalid");
    expect((await exchange(token, verifier)).fields.get("oauth_problem")).toBe("token_used");
  });

  it("refuses a request token that was already exchanged", async () => {
    const token = await requestToken();
    const verifier = (await approve(token.key)).searchParams.get("oauth_verifier") as string;
    expect((await exchange(token, verifier)).status).toBe(200);
    expect((await exchange(token, verifier)).fields.get("oauth_problem")).toBe("token_used");
    expect(provider.stats.accessTokens).toBe(1);
  });

  it("refuses an access-token request for a token the user has not approved", async () => {
    const token = await requestToken();
    expect((await exchange(token, "none")).fields.get("oauth_problem")).toBe("permission_unknown");
  });

  it("verifies RSA-SHA1 with the consumer's public key", async () => {
    const pem = privateKey.export({ type: "pkcs1", format: "pem" }).toString();
    await requestToken("rsa-app", pem);
    const forged = await signed({
      path: "/oauth/request_token",
      clientKey: "rsa-app",
      signatureMethod: "RSA-SHA1",
      rsaKey: otherKey.export({ type: "pkcs8", format: "pem" }).toString(),
      protocol: { oauth_callback: CALLBACK },
    })();
    expect(forged.fields.get("oauth_problem")).toBe("signature_invalid");
  });

  it("refuses a signature method other than the consumer's", async () => {
    const answer = await signed({
      path: "/oauth/request_token",
      signatureMethod: "PLAINTEXT",
      protocol: { oauth_callback: CALLBACK },
    })();
    expect(answer.fields.get("oauth_problem")).toBe("signature_method_rejected");
  });

  it("covers the query and the form body with the signature on the account resource", async () => {
    const token = await requestToken();
    const verifier = (await approve(token.key)).searchParams.get("oauth_verifier") as string;
    const answer = await exchange(token, verifier);
    const access = {
      key: answer.fields.get("oauth_token") as string,
      secret: answer.fields.get("oauth_token_secret") as string,
    };
    const good = await signed({ path: "/1.1/account", token: access, form: { status: "hi there" } })();
    expect(JSON.parse(good.text)).toMatchObject({ method: "POST", form: { status: "hi there" } });
    // Signed over one body, sent with another: what a signer that skips the body would produce.
    const tampered = signed({ path: "/1.1/account", token: access, form: { status: "signed" } });
    const original = globalThis.fetch;
    globalThis.fetch = ((url: URL, init: RequestInit) =>
      original(url, { ...init, body: "status=changed" })) as typeof fetch;
    try {
      expect((await tampered()).fields.get("oauth_problem")).toBe("signature_invalid");
    } finally {
      globalThis.fetch = original;
    }
  });

  it("answers the failure switches: 401, 500, HTML, no callback confirmation, access token 401", async () => {
    const call = () => signed({ path: "/oauth/request_token", protocol: { oauth_callback: CALLBACK } })();
    provider.fail("hmac-app", "request_token_401");
    expect(await call()).toMatchObject({ status: 401, text: "oauth_problem=consumer_key_rejected" });
    provider.fail("hmac-app", "request_token_500");
    expect((await call()).status).toBe(500);
    provider.fail("hmac-app", "request_token_html");
    expect(await call()).toMatchObject({ status: 200, text: expect.stringContaining("<html>") });
    provider.fail("hmac-app", "request_token_unconfirmed");
    expect((await call()).fields.has("oauth_callback_confirmed")).toBe(false);
    provider.fail("hmac-app", "access_token_401");
    const token = await requestToken();
    const verifier = (await approve(token.key)).searchParams.get("oauth_verifier") as string;
    expect((await exchange(token, verifier)).fields.get("oauth_problem")).toBe("permission_denied");
    provider.fail("hmac-app", undefined);
    expect((await call()).status).toBe(200);
  });
});
