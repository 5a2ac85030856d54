// The OAuth 1.0a dance over real HTTP: Express app, local OAuth 1 provider that verifies with oauth-sign, scripted browser.
import { generateKeyPairSync } from "node:crypto";
import { type OAuth1Options, oauth1, type Provider } from "@oauth-dance/core";
import { jira, twitter } from "@oauth-dance/core/providers";
import { afterEach, describe, expect, it } from "vitest";
import { Browser } from "../support/browser.js";
import {
  type OAuth1Failure,
  type OAuth1ProviderServer,
  type OAuth1SignatureMethod,
  startOAuth1Provider,
} from "../support/oauth1-provider.js";
import { type OAuth1App, type OAuth1AppOptions, startOAuth1App } from "./oauth1-app.js";

const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const PKCS8_PEM = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
const PKCS1_PEM = privateKey.export({ type: "pkcs1", format: "pem" }).toString();

const CLIENTS = [
  { key: "hmac-sha1-app", signatureMethod: "HMAC-SHA1", secret: "sha1 secret&more" },
  { key: "hmac-sha256-app", signatureMethod: "HMAC-SHA256", secret: "sha256-secret" },
  { key: "plaintext-app", signatureMethod: "PLAINTEXT", secret: "plain & simple" },
  { key: "rsa-app", signatureMethod: "RSA-SHA1", publicKey },
] as const;

let provider: OAuth1ProviderServer | undefined;
let app: OAuth1App | undefined;

afterEach(async () => {
  await app?.close();
  await provider?.close();
  app = undefined;
  provider = undefined;
});

/** The local provider's endpoints, as an app would configure them. */
function endpoints(idp: OAuth1ProviderServer) {
  return {
    requestTokenUrl: `${idp.url}/oauth/request_token`,
    authorizationUrl: `${idp.url}/oauth/authorize`,
    accessTokenUrl: `${idp.url}/oauth/access_token`,
    baseUrl: `${idp.url}/1.1/`,
  };
}

/** `oauth1()` for one of the provider's registered consumers. */
function consumer(
  idp: OAuth1ProviderServer,
  method: OAuth1SignatureMethod = "HMAC-SHA1",
  overrides: Partial<OAuth1Options> = {},
): Provider {
  const client = CLIENTS.find((c) => c.signatureMethod === method) as (typeof CLIENTS)[number];
  return oauth1({
    clientKey: client.key,
    signatureMethod: method,
    ...("secret" in client ? { clientSecret: client.secret } : { rsaPrivateKey: PKCS8_PEM }),
    ...endpoints(idp),
    ...overrides,
  });
}

async function start(
  providers: (idp: OAuth1ProviderServer) => Record<string, Provider>,
  options: Omit<OAuth1AppOptions, "providers"> = {},
): Promise<{ idp: OAuth1ProviderServer; app: OAuth1App }> {
  provider = await startOAuth1Provider({ clients: [...CLIENTS] });
  app = await startOAuth1App({ ...options, providers: providers(provider) });
  return { idp: provider, app };
}

/** Dances as `user` with provider `name`; every dance, failed or not, ends on the app's home page. */
async function dance(browser: Browser, at: OAuth1App, name: string, user = "alice") {
  const visit = await browser.visit(`${at.url}/login/${name}?user=${user}`);
  expect(visit.status).toBe(200);
  expect(visit.url).toBe(`${at.url}/`);
  return visit;
}

async function json<T = Record<string, unknown>>(browser: Browser, url: string) {
  return browser.json<T>(url);
}

describe("the OAuth 1.0a dance (Express, local provider)", () => {
  it("sends the browser to the authorization URL with the request token from a signed request-token call", async () => {
    const { idp, app } = await start((idp) => ({
      x: consumer(idp, "HMAC-SHA1", { requestTokenParams: { x_auth_access_type: "read" } }),
    }));
    const visit = await new Browser().visit(`${app.url}/login/x`, { follow: false });
    expect(visit.status).toBe(302);
    const location = new URL(visit.headers.get("location") as string);
    expect(`${location.origin}${location.pathname}`).toBe(`${idp.url}/oauth/authorize`);
    expect(location.searchParams.get("oauth_token")).toMatch(/^[0-9a-f]{32}$/);
    expect(idp.stats).toMatchObject({
      requestTokens: 1,
      rejections: [],
      lastRequestTokenParams: { x_auth_access_type: "read" },
    });
    // The request-token secret travels only inside the sealed cookie.
    expect(visit.headers.get("set-cookie")).toMatch(/HttpOnly/);
  });

  it("completes the dance, stores token, secret and the provider's fields, and api calls come back as the user", async () => {
    const { idp, app } = await start((idp) => ({ x: consumer(idp) }));
    const browser = new Browser();
    expect((await json(browser, `${app.url}/me/x`)).body).toEqual({ code: "not_authorized" });
    await dance(browser, app, "x", "bob");
    const token = (await json(browser, `${app.url}/token/x`)).body;
    expect(token).toEqual({
      oauth_token: expect.stringMatching(/^[0-9a-f]{32}$/),
      oauth_token_secret: expect.stringMatching(/^[0-9a-f]{32}$/),
      user_id: "1002",
      screen_name: "bob",
    });
    expect((await json(browser, `${app.url}/authorized/x`)).body).toEqual({ authorized: true });
    const me = await json(browser, `${app.url}/me/x`);
    expect(me).toEqual({ status: 200, body: expect.objectContaining({ screen_name: "bob", method: "GET" }) });
    expect(app.events.authorized).toEqual([{ provider: "x", token }]);
    expect(app.events.errors).toEqual([]);
    expect(idp.stats).toMatchObject({ requestTokens: 1, accessTokens: 1, apiCalls: 1, rejections: [] });
  });

  const methods: [string, OAuth1SignatureMethod, Partial<OAuth1Options>][] = [
    ["HMAC-SHA1", "HMAC-SHA1", {}],
    ["HMAC-SHA256", "HMAC-SHA256", {}],
    ["PLAINTEXT", "PLAINTEXT", {}],
    ["RSA-SHA1 with a PKCS#8 key", "RSA-SHA1", { rsaPrivateKey: PKCS8_PEM }],
    ["RSA-SHA1 with a PKCS#1 key", "RSA-SHA1", { rsaPrivateKey: PKCS1_PEM }],
  ];
  for (const [label, method, overrides] of methods) {
    it(`completes a dance and a signed api call with ${label}`, async () => {
      const { idp, app } = await start((idp) => ({ x: consumer(idp, method, overrides) }));
      const browser = new Browser();
      await dance(browser, app, "x");
      expect((await json(browser, `${app.url}/me/x`)).body).toMatchObject({ screen_name: "alice" });
      expect(idp.stats.rejections).toEqual([]);
      // request token, access token, api: each verified by the provider with this method.
      expect(idp.stats.methods).toEqual([method, method, method]);
    });
  }

  for (const location of ["query", "body"] as const) {
    it(`completes a dance and api calls with the oauth parameters in the ${location}`, async () => {
      const { idp, app } = await start((idp) => ({
        x: consumer(idp, "HMAC-SHA1", { signatureLocation: location }),
      }));
      const browser = new Browser();
      await dance(browser, app, "x");
      expect((await json(browser, `${app.url}/me/x`)).body).toMatchObject({ screen_name: "alice" });
      const form = await json(browser, `${app.url}/form/x?status=hello+world`);
      expect(form.body).toMatchObject({
        method: "POST",
        form: { status: "hello world" },
        query: { via: "form post" },
      });
      expect(idp.stats.rejections).toEqual([]);
      // A GET has no form body to carry them: the header does (RFC 5849 §3.5.2).
      const get = location === "body" ? "header" : "query";
      expect(idp.stats.locations).toEqual([location, location, get, location]);
    });
  }

  const refusals: [string, OAuth1Failure | "deny", string, Record<string, unknown>][] = [
    [
      "the request token is refused with 401",
      "request_token_401",
      "request_token_failed",
      { error: "consumer_key_rejected" },
    ],
    [
      "the request-token endpoint fails with 500",
      "request_token_500",
      "request_token_failed",
      { error: "http_500", errorDescription: "Internal Server Error" },
    ],
    [
      "the request-token endpoint answers HTML",
      "request_token_html",
      "request_token_failed",
      { errorDescription: expect.stringContaining("<html>") },
    ],
    ["the callback is not confirmed", "request_token_unconfirmed", "request_token_failed", {}],
    ["the user denies access (denied=)", "deny", "provider_error", { error: "access_denied" }],
    [
      "the access token is refused with 401",
      "access_token_401",
      "token_exchange_failed",
      { error: "permission_denied" },
    ],
  ];
  for (const [label, failure, code, details] of refusals) {
    it(`calls the error hook with ${code} and stores nothing when ${label}`, async () => {
      const { idp, app } = await start((idp) => ({ x: consumer(idp) }));
      if (failure !== "deny") idp.fail("hmac-sha1-app", failure);
      const browser = new Browser();
      await dance(browser, app, "x", failure === "deny" ? "deny" : "alice");
      expect(app.events.errors).toEqual([expect.objectContaining({ code, provider: "x", ...details })]);
      expect(app.events.authorized).toEqual([]);
      expect((await json(browser, `${app.url}/token/x`)).body).toBeNull();
      expect((await json(browser, `${app.url}/error/x`)).body).toMatchObject({ code });
      expect(idp.stats.accessTokens).toBe(0);
    });
  }

  it("ends a denied dance at the page the user came from (the pending dance is matched by denied=)", async () => {
    const { app } = await start((idp) => ({ x: consumer(idp) }));
    const browser = new Browser();
    const visit = await browser.visit(`${app.url}/login/x?user=deny&next=${encodeURIComponent("/token/x")}`);
    expect(visit.url).toBe(`${app.url}/token/x`);
    expect(app.events.errors).toEqual([expect.objectContaining({ code: "provider_error" })]);
  });

  it("stores nothing for a callback with an oauth_token this browser never received", async () => {
    const { idp, app } = await start((idp) => ({ x: consumer(idp) }));
    const browser = new Browser();
    // A dance in progress in this browser, so there is a pending cookie that must not match.
    await browser.visit(`${app.url}/login/x`, { stopAt: (url) => url.origin === idp.url });
    const visit = await browser.visit(
      `${app.url}/login/x/authorized?oauth_token=forged&oauth_verifier=guess`,
    );
    expect(visit).toMatchObject({ status: 200, url: `${app.url}/` });
    expect(app.events.errors).toEqual([expect.objectContaining({ code: "state_mismatch" })]);
    expect((await json(browser, `${app.url}/token/x`)).body).toBeNull();
    expect(idp.stats.accessTokens).toBe(0);
    expect(idp.stats.rejections).toEqual([]);
  });

  it("refuses a replayed callback, in the same browser and in another one, keeping the first token", async () => {
    const { idp, app } = await start((idp) => ({ x: consumer(idp) }));
    const browser = new Browser();
    const toCallback = await browser.visit(`${app.url}/login/x?user=alice`, {
      stopAt: (url) => url.pathname === "/login/x/authorized",
    });
    const callbackUrl = toCallback.chain.at(-1) as string;
    expect((await browser.visit(callbackUrl)).url).toBe(`${app.url}/`);
    const token = (await json(browser, `${app.url}/token/x`)).body;
    expect(token).toMatchObject({ screen_name: "alice" });

    await browser.visit(callbackUrl);
    const stranger = new Browser();
    await stranger.visit(callbackUrl);
    expect(app.events.errors.map((e) => e.code)).toEqual(["state_mismatch", "state_mismatch"]);
    expect((await json(browser, `${app.url}/token/x`)).body).toEqual(token);
    expect((await json(stranger, `${app.url}/token/x`)).body).toBeNull();
    expect(idp.stats.accessTokens).toBe(1);
  });

  it("keeps two users apart across 40 concurrent dances (20 each, 8 at a time)", async () => {
    const { idp, app } = await start((idp) => ({ x: consumer(idp) }));
    const jobs = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? "alice" : "bob"));
    const seen: string[] = [];
    const failures: string[] = [];
    async function worker() {
      for (let user = jobs.shift(); user; user = jobs.shift()) {
        const browser = new Browser();
        await dance(browser, app, "x", user);
        const me = await json<{ screen_name: string }>(browser, `${app.url}/me/x`);
        seen.push(me.body.screen_name);
        if (me.body.screen_name !== user) failures.push(`${user} saw ${me.body.screen_name}`);
      }
    }
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(failures).toEqual([]);
    expect(seen.filter((s) => s === "alice")).toHaveLength(20);
    expect(seen.filter((s) => s === "bob")).toHaveLength(20);
    expect(idp.stats).toMatchObject({ requestTokens: 40, accessTokens: 40, apiCalls: 40, rejections: [] });
  });

  it("signs query parameters the provider decodes: spaces, +, *, !, repeated names, brackets, unicode, empty", async () => {
    const { idp, app } = await start((idp) => ({ x: consumer(idp) }));
    const browser = new Browser();
    await dance(browser, app, "x");
    const query = new URLSearchParams([
      ["q", "hello world + plus*star!bang"],
      ["tag", "b"],
      ["tag", "a"],
      ["filter[name]", "it's (here)"],
      ["city", "Zürich ☃"],
      ["empty", ""],
    ]);
    const answer = await json(browser, `${app.url}/query/x?${query}`);
    expect(answer).toEqual({
      status: 200,
      body: expect.objectContaining({
        screen_name: "alice",
        query: {
          q: "hello world + plus*star!bang",
          tag: ["b", "a"],
          "filter[name]": "it's (here)",
          city: "Zürich ☃",
          empty: "",
        },
      }),
    });
    expect(idp.stats.rejections).toEqual([]);
  });

  it("signs form bodies (and the query beside them) the provider decodes", async () => {
    const { idp, app } = await start((idp) => ({ x: consumer(idp) }));
    const browser = new Browser();
    await dance(browser, app, "x");
    const form = new URLSearchParams([
      ["status", "Tweeting with OAuth 1.0a + *stars* & !bangs"],
      ["media_ids", "1"],
      ["media_ids", "2"],
    ]);
    const answer = await json(browser, `${app.url}/form/x?${form}`);
    expect(answer.body).toMatchObject({
      method: "POST",
      query: { via: "form post" },
      form: { status: "Tweeting with OAuth 1.0a + *stars* & !bangs", media_ids: ["1", "2"] },
    });
    expect(idp.stats.rejections).toEqual([]);
  });

  it("treats a token without its secret as not authorized, and the api refuses to use it", async () => {
    const { idp, app } = await start((idp) => ({ x: consumer(idp) }));
    const browser = new Browser();
    expect((await json(browser, `${app.url}/half-token/x`)).body).toEqual({ authorized: false });
    expect((await json(browser, `${app.url}/token/x`)).body).toEqual({
      oauth_token: "token-without-its-secret",
    });
    expect((await json(browser, `${app.url}/authorized/x`)).body).toEqual({ authorized: false });
    expect(await json(browser, `${app.url}/me/x`)).toEqual({ status: 401, body: { code: "not_authorized" } });
    expect(idp.stats.apiCalls).toBe(0);
  });
});

describe("OAuth 1.0a presets against the local provider", () => {
  it("twitter(): Sign in with X (authenticate) with force_login, keys read through fromConfig", async () => {
    const config = { TWITTER_API_KEY: "hmac-sha1-app", TWITTER_API_SECRET: "sha1 secret&more" };
    const { idp, app } = await start(
      (idp) => ({
        twitter: twitter({
          signIn: true,
          forceLogin: true,
          ...endpoints(idp),
          authorizationUrl: `${idp.url}/oauth/authenticate`,
        }),
      }),
      { config },
    );
    const browser = new Browser();
    await dance(browser, app, "twitter", "bob");
    expect(idp.stats.lastAuthorize).toMatchObject({
      path: "/oauth/authenticate",
      query: { force_login: "true" },
    });
    expect((await json(browser, `${app.url}/me/twitter`)).body).toMatchObject({ screen_name: "bob" });
    expect(idp.stats.rejections).toEqual([]);
  });

  it("jira(): the preset's own paths under the server URL, RSA-SHA1 with a PKCS#1 key, API under rest/api/2/", async () => {
    const { idp, app } = await start(
      (idp) => ({ jira: jira({ baseUrl: idp.url, consumerKey: "rsa-app", rsaPrivateKey: PKCS1_PEM }) }),
      { resources: { jira: "myself" } },
    );
    const browser = new Browser();
    await dance(browser, app, "jira", "bob");
    expect(idp.stats.lastAuthorize?.path).toBe("/plugins/servlet/oauth/authorize");
    expect((await json(browser, `${app.url}/me/jira`)).body).toMatchObject({ screen_name: "bob" });
    expect(idp.stats.methods).toEqual(["RSA-SHA1", "RSA-SHA1", "RSA-SHA1"]);
    expect(idp.stats.rejections).toEqual([]);
  });

  it("jira(): a refusal (Jira's oauth_verifier=denied) reaches the error hook as access_denied, nothing exchanged", async () => {
    const { idp, app } = await start((idp) => ({
      jira: jira({ baseUrl: idp.url, consumerKey: "rsa-app", rsaPrivateKey: PKCS8_PEM }),
    }));
    const browser = new Browser();
    await dance(browser, app, "jira", "deny");
    expect(app.events.errors).toEqual([
      expect.objectContaining({ code: "provider_error", error: "access_denied" }),
    ]);
    expect((await json(browser, `${app.url}/token/jira`)).body).toBeNull();
    expect(idp.stats).toMatchObject({ requestTokens: 1, accessTokens: 0, rejections: [] });
  });
});
