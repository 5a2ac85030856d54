// The OAuth 1.0a interop suite against PHP's PECL OAuthProvider: every signature method, query and form signing.
import { type OAuth1SignatureMethod, oauth1, type Token } from "@oauth-dance/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPhpOAuthProvider } from "./servers/php-oauth.js";
import { CALLBACK_URL, PROVIDER, startInteropApp } from "./support/interop-app.js";
import type { InteropOAuth1Server } from "./support/interop-server.js";

const ORIGIN = new URL(CALLBACK_URL).origin;
const LOGIN_URL = CALLBACK_URL.replace(/\/authorized$/, "");

describe("interop: PHP PECL OAuthProvider (OAuth 1.0a)", () => {
  let server: InteropOAuth1Server;
  beforeAll(async () => {
    server = await startPhpOAuthProvider({ redirectUris: [CALLBACK_URL] });
  }, 120_000);
  afterAll(() => server?.close());

  function app(
    signatureMethod: OAuth1SignatureMethod,
    overrides: { clientSecret?: string; signatureLocation?: "header" | "query" | "body" } = {},
  ) {
    return startInteropApp(
      oauth1({
        requestTokenUrl: server.requestTokenUrl,
        authorizationUrl: server.authorizationUrl,
        accessTokenUrl: server.accessTokenUrl,
        clientKey: server.clientKey,
        clientSecret: server.clientSecret,
        baseUrl: server.api.baseUrl,
        signatureMethod,
        ...overrides,
      }),
      server.api.path,
    );
  }

  async function dance(application: ReturnType<typeof app>, consent: "allow" | "deny" = "allow") {
    const browser = application.browser();
    const login = await browser.visit(LOGIN_URL, { follow: false });
    const location = login.headers.get("location");
    // A login that failed before reaching the server ends back on the app.
    if (!location?.startsWith(server.authorizationUrl)) return { browser, login };
    const callback = await server.authorize(new URL(location), consent);
    await browser.visit(callback.href);
    return { browser, login };
  }

  it.each(["HMAC-SHA1", "HMAC-SHA256", "PLAINTEXT"] as const)(
    "dances with %s (request token, authorize, access token signed with the request-token secret)",
    async (method) => {
      expect(server.signatureMethods).toContain(method);
      const application = app(method);
      const { browser } = await dance(application);
      expect(application.errors).toEqual([]);
      const token = (await browser.json<Token>(`${ORIGIN}/token`)).body;
      expect(token.oauth_token).toEqual(expect.any(String));
      expect(token.oauth_token_secret).toEqual(expect.any(String));
      expect(await browser.json(`${ORIGIN}/me`)).toMatchObject({
        status: 200,
        body: { user: server.user.username },
      });
    },
  );

  it.each([
    ["header", "HMAC-SHA1"],
    ["query", "HMAC-SHA256"],
    ["body", "HMAC-SHA1"],
  ] as const)(
    "signs API calls with their query and form parameters (signature in the %s, %s)",
    async (location, method) => {
      const application = app(method, { signatureLocation: location });
      const { browser } = await dance(application);
      expect(await browser.json(`${ORIGIN}/me-query`)).toMatchObject({
        status: 200,
        body: { user: server.user.username, method: "GET", params: { q: "a b&c=d/é", n: "1" } },
      });
      expect(await browser.json(`${ORIGIN}/me-form`)).toMatchObject({
        status: 200,
        body: { user: server.user.username, method: "POST", params: { note: "x y+z", list: "1,2" } },
      });
    },
  );

  it("reports a denied authorization as provider_error access_denied, and stores nothing", async () => {
    const application = app("HMAC-SHA1");
    const { browser } = await dance(application, "deny");
    expect(application.errors.map(({ code, error }) => ({ code, error }))).toEqual([
      { code: "provider_error", error: "access_denied" },
    ]);
    expect((await browser.json(`${ORIGIN}/status`)).body).toEqual({ authorized: false, status: "failed" });
    expect((await browser.json(`${ORIGIN}/token`)).body).toBeNull();
  });

  it("reports a wrong client secret with the server's oauth_problem, and sends the user nowhere", async () => {
    const application = app("HMAC-SHA1", { clientSecret: "wrong-secret.with_punct~0" });
    const { browser, login } = await dance(application);
    expect(login.headers.get("location")).toBe("/");
    expect(application.errors.map(({ code, error }) => ({ code, error }))).toEqual([
      { code: "request_token_failed", error: "signature_invalid" },
    ]);
    expect((await browser.json(`${ORIGIN}/error`)).body).toMatchObject({ code: "request_token_failed" });
  });

  it("logs out by forgetting the token (OAuth 1 has no revocation)", async () => {
    const application = app("HMAC-SHA1");
    const { browser } = await dance(application);
    expect((await browser.json(`${ORIGIN}/logout`)).body).toEqual({ loggedOut: true });
    expect(await application.storage.get({ provider: PROVIDER, config: {} })).toBeUndefined();
    expect((await browser.json(`${ORIGIN}/status`)).body).toEqual({ authorized: false, status: "anonymous" });
  });
});
