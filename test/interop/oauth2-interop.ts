// The OAuth 2 / OpenID Connect interop suite: the whole dance against one third-party server, every check named.
import { type OAuth2Options, oauth2, type Token } from "@oauth-dance/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "../support/browser.js";
import { CALLBACK_URL, type InteropApp, PROVIDER, startInteropApp } from "./support/interop-app.js";
import type { InteropClient, InteropOAuth2Server, StartOptions } from "./support/interop-server.js";

type Start = (options: StartOptions) => Promise<InteropOAuth2Server>;

interface Dance {
  app: InteropApp;
  browser: Browser;
  /** The authorization URL the app sent the browser to. */
  authorizationUrl: URL;
  /** Where the server sent the browser back, and what the app then answered. */
  landed: string;
}

/** The claims of an ID token (its signature and claims were checked by the library when it arrived). */
function claimsOf(idToken: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString("utf8"));
}

/**
 * Registers the suite for one server. The server starts once for the file; each test dances afresh with its own
 * app, browser and token store.
 */
export function describeOAuth2Interop(label: string, start: Start): void {
  describe(`interop: ${label}`, () => {
    let server: InteropOAuth2Server;
    beforeAll(async () => {
      server = await start({ redirectUris: [CALLBACK_URL] });
    }, 120_000);
    afterAll(() => server?.close());

    const provider = (client: InteropClient, overrides: Partial<OAuth2Options> = {}) =>
      oauth2({
        issuer: server.issuer,
        clientId: client.clientId,
        clientSecret: client.clientSecret,
        scope: [...server.scope],
        ...(server.authorizationParams ? { authorizationParams: { ...server.authorizationParams } } : {}),
        baseUrl: server.api.baseUrl,
        ...server.options,
        ...overrides,
      });

    /** The browser asks the app to log in, the user answers at the server, the browser lands on the callback. */
    async function dance(
      options: {
        client?: InteropClient;
        consent?: "allow" | "deny";
        overrides?: Partial<OAuth2Options>;
      } = {},
    ): Promise<Dance> {
      const client = options.client ?? server.clients.client_secret_basic;
      const app = startInteropApp(provider(client, options.overrides), server.api.path);
      const browser = app.browser();
      const login = await browser.visit(`${CALLBACK_URL.replace(/\/authorized$/, "")}`, { follow: false });
      expect(login.status).toBe(302);
      const authorizationUrl = new URL(login.headers.get("location") ?? "");
      const callback = await server.authorize(authorizationUrl, options.consent ?? "allow");
      const landed = await browser.visit(callback.href);
      return { app, browser, authorizationUrl, landed: landed.url };
    }

    const token = async (browser: Browser) => (await browser.json<Token | null>(`${origin()}/token`)).body;
    const origin = () => new URL(CALLBACK_URL).origin;
    /** Skips a check the server cannot take part in, saying why (the reason is in the server's harness). */
    const unlessUnsupported = (
      what: "deny" | "wrongSecret" | "deadRefreshToken",
      skip: (when: boolean, note: string) => void,
    ) => {
      const why = server.unsupported?.[what];
      skip(why !== undefined, `not applicable: ${why}`);
    };

    it("discovers the server and sends the user there with state, PKCE S256 and a nonce", async () => {
      const { authorizationUrl } = await dance();
      const params = authorizationUrl.searchParams;
      expect(params.get("response_type")).toBe("code");
      expect(params.get("client_id")).toBe(server.clients.client_secret_basic.clientId);
      expect(params.get("redirect_uri")).toBe(CALLBACK_URL);
      expect(params.get("state")).toMatch(/^[\w-]{32,}$/);
      expect(params.get("code_challenge_method")).toBe("S256");
      expect(params.get("code_challenge")).toMatch(/^[\w-]{43}$/);
      expect(params.get("nonce")).toMatch(/^[\w-]{32,}$/);
    });

    it.each(["client_secret_basic", "client_secret_post"] as const)(
      "exchanges the code with %s and keeps a checked ID token whose nonce is the one sent",
      async (method) => {
        const client = server.clients[method];
        const overrides = method === "client_secret_post" ? { tokenEndpointAuthMethod: method } : {};
        const { app, browser, authorizationUrl, landed } = await dance({ client, overrides });
        expect(app.errors).toEqual([]);
        expect(landed).toBe(`${origin()}/`);
        const stored = await token(browser);
        expect(stored?.access_token).toEqual(expect.any(String));
        expect(stored?.refresh_token).toEqual(expect.any(String));
        const claims = claimsOf(stored?.id_token as string);
        expect(claims.nonce).toBe(authorizationUrl.searchParams.get("nonce"));
        expect(claims.sub).toBe(server.user.sub);
        expect([claims.aud].flat()).toContain(client.clientId);
        expect((await browser.json(`${origin()}/status`)).body).toEqual({
          authorized: true,
          status: "authorized",
        });
      },
    );

    it("reads the profile: id, name and email (from the ID token, or userinfo where it lacks them)", async () => {
      const { browser } = await dance();
      const { status, body } = await browser.json<Record<string, unknown>>(`${origin()}/profile`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ id: server.user.sub });
      if (server.user.name) expect(body.name).toBe(server.user.name);
      if (server.user.email) expect(body.email).toBe(server.user.email);
    });

    it("calls the server's API through handle.api with the user's token", async () => {
      const { browser } = await dance();
      expect(await browser.json(`${origin()}/me`)).toMatchObject({
        status: 200,
        body: { sub: server.user.sub },
      });
    });

    it("refreshes the token once the app's clock says it expired, and the new one works", async () => {
      const { app, browser } = await dance();
      const before = await token(browser);
      app.passTokenExpiry();
      expect(await browser.json(`${origin()}/me`)).toMatchObject({
        status: 200,
        body: { sub: server.user.sub },
      });
      const after = await token(browser);
      expect(app.updates).toEqual(["stored", "refreshed"]);
      expect(after?.expires_at).toBeGreaterThan(Number(before?.expires_at));
      expect(after?.refresh_token).toEqual(expect.any(String));
      expect(app.errors).toEqual([]);
    });

    it("deletes the token when the server refuses a dead refresh token, with refresh_failed (where the server can)", async ({
      skip,
    }) => {
      unlessUnsupported("deadRefreshToken", skip);
      const { app, browser } = await dance();
      const stored = (await app.storage.get({ provider: PROVIDER, config: {} })) as Token;
      await app.storage.set(
        { provider: PROVIDER, config: {} },
        { ...stored, refresh_token: "not-a-refresh-token" },
      );
      app.passTokenExpiry();
      expect(await browser.json(`${origin()}/me`)).toMatchObject({
        status: 409,
        body: { code: "refresh_failed" },
      });
      expect(app.errors.map((error) => error.code)).toEqual(["refresh_failed"]);
      expect(app.errors[0]?.status).toBeGreaterThanOrEqual(400);
      expect(await app.storage.get({ provider: PROVIDER, config: {} })).toBeUndefined();
      expect((await browser.json(`${origin()}/status`)).body).toEqual({
        authorized: false,
        status: "anonymous",
      });
    });

    it("revokes at the server on logout(), so the tokens stop working there", async () => {
      const { browser } = await dance();
      const before = (await token(browser)) as Token;
      expect(await browser.json(`${origin()}/logout`)).toEqual({ status: 200, body: { loggedOut: true } });
      expect(await token(browser)).toBeNull();
      if (server.revokes === "both") {
        const api = new URL(server.api.path.replace(/^\//, ""), `${server.api.baseUrl.replace(/\/$/, "")}/`);
        const answer = await fetch(api, { headers: { authorization: `Bearer ${before.access_token}` } });
        expect(answer.status).toBe(401);
      }
      if (server.revokes !== "none") {
        // A second app holding the old tokens shows what the server now thinks of the refresh token.
        const other = startInteropApp(provider(server.clients.client_secret_basic), server.api.path);
        await other.storage.set({ provider: PROVIDER, config: {} }, before);
        other.passTokenExpiry();
        expect(await other.browser().json(`${origin()}/me`)).toMatchObject({
          status: 409,
          body: { code: "refresh_failed" },
        });
      }
    });

    it("reports a refused consent as provider_error access_denied, to the error hook and takeError() (where the server can)", async ({
      skip,
    }) => {
      unlessUnsupported("deny", skip);
      const { app, browser, landed } = await dance({ consent: "deny" });
      expect(landed).toBe(`${origin()}/`);
      expect(app.errors.map(({ code, error }) => ({ code, error }))).toEqual([
        { code: "provider_error", error: "access_denied" },
      ]);
      expect((await browser.json(`${origin()}/status`)).body).toEqual({
        authorized: false,
        status: "failed",
      });
      expect((await browser.json(`${origin()}/error`)).body).toMatchObject({
        code: "provider_error",
        error: "access_denied",
      });
      expect(await token(browser)).toBeNull();
    });

    it("reports a wrong client secret with the server's own error code, and stores nothing (where the server can)", async ({
      skip,
    }) => {
      unlessUnsupported("wrongSecret", skip);
      for (const method of ["client_secret_basic", "client_secret_post"] as const) {
        const client = { ...server.clients[method], clientSecret: "wrong-secret.with_punct~0" };
        const overrides = method === "client_secret_post" ? { tokenEndpointAuthMethod: method } : {};
        const { app, browser } = await dance({ client, overrides });
        expect(app.errors).toHaveLength(1);
        const [error] = app.errors;
        expect(error?.code).toBe("token_exchange_failed");
        // RFC 6749 says invalid_client; some servers say unauthorized_client, or answer 400 without a body.
        expect([error?.error, error?.status]).not.toEqual([undefined, undefined]);
        expect(error?.message).not.toMatch(/could not be reached/);
        expect((await browser.json(`${origin()}/error`)).body).toMatchObject({
          code: "token_exchange_failed",
        });
        expect(await token(browser)).toBeNull();
      }
    });
  });
}
