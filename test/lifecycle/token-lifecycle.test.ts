// Token lifecycle against a real OpenID Connect server: refresh on expiry, single-flight refresh, revocation.
import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createDance, type DanceOptions, MemoryStorage, oauth2, type TokenStorage } from "@oauth-dance/core";
import { oauthDance } from "@oauth-dance/express";
import { type LocalIdServer, startLocalId } from "@oauth-dance/local-id";
import { RedisStorage } from "@oauth-dance/store-redis";
import express from "express";
import { createClient } from "redis";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Browser } from "../support/browser.js";

const SECRET = "lifecycle-secret-that-is-at-least-32-chars";
const CLIENT = { clientId: "lifecycle-app", clientSecret: "lifecycle-secret" };
/** Seconds Local ID's access tokens live. */
const TOKEN_TTL = 60;

/** The app's clock: real time plus however far a test has moved it. */
class AppClock {
  #ahead = 0;
  readonly now = () => Date.now() + this.#ahead;
  /** Moves the app past the expiry of every token issued so far (the provider still takes them). */
  passTokenExpiry(): void {
    this.#ahead += (TOKEN_TTL + 1) * 1000;
  }
}

interface App {
  url: string;
  server: Server;
}

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/**
 * Local ID with refresh tokens (offline_access + prompt=consent). Its access tokens live a minute; tests expire
 * them by moving the app's clock, never by waiting, so a slow machine cannot change the outcome.
 */
async function startIdp(redirectUris: string[]): Promise<LocalIdServer> {
  const idp = await startLocalId({
    autoLogin: true,
    accessTokenTtl: TOKEN_TTL,
    clients: [{ ...CLIENT, redirectUris }],
  });
  closers.push(() => idp.close());
  return idp;
}

/** Reserves a port first, so the provider can be told the callback URL. */
async function listen(app: express.Express): Promise<App> {
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  closers.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

function mountApp(app: express.Express, idp: LocalIdServer, options: Partial<DanceOptions> = {}) {
  const dance = createDance({
    secret: SECRET,
    ...options,
    on: {
      beforeLogin: ({ url }) => url.searchParams.set("login_hint", "alice"),
      ...options.on,
    },
    providers: {
      corp: oauth2({
        issuer: idp.issuer,
        ...CLIENT,
        scope: ["openid", "email", "offline_access"],
        authorizationParams: { prompt: "consent" },
        baseUrl: idp.apiUrl,
      }),
    },
  });
  app.use(oauthDance(dance));
  app.get("/me", async (req, res) => {
    try {
      res.json(await req.oauth.corp?.api.get("me").json());
    } catch (error) {
      res.status(409).json({
        code: (error as { code?: string }).code ?? "http",
        authorized: await req.oauth.corp?.authorized(),
      });
    }
  });
  app.get("/token", async (req, res) => {
    res.json({
      token: (await req.oauth.corp?.token()) ?? null,
      authorized: await req.oauth.corp?.authorized(),
    });
  });
  app.get("/logout", async (req, res) => {
    await req.oauth.corp?.logout();
    res.json({ loggedOut: true });
  });
  return dance;
}

async function startApp(options: Partial<DanceOptions> = {}) {
  const app = express();
  const { url } = await listen(app);
  const idp = await startIdp([`${url}/login/corp/authorized`]);
  const clock = new AppClock();
  mountApp(app, idp, { now: clock.now, ...options });
  const browser = new Browser();
  await browser.visit(`${url}/login/corp`);
  return { url, idp, browser, clock };
}

/** Revokes one token at Local ID (RFC 7009), as the provider's own admin or the user would. */
async function revokeAtProvider(idp: LocalIdServer, token: string, hint: "access_token" | "refresh_token") {
  const revoked = await fetch(`${idp.issuer}/token/revocation`, {
    method: "POST",
    headers: { authorization: `Basic ${btoa(`${CLIENT.clientId}:${CLIENT.clientSecret}`)}` },
    body: new URLSearchParams({ token, token_type_hint: hint }),
  });
  expect(revoked.status).toBe(200);
}

/** Both instances on one in-process store. */
async function sharedMemory(): Promise<[TokenStorage, TokenStorage]> {
  const storage = new MemoryStorage();
  return [storage, storage];
}

/** Each instance with its own Redis client, as two processes would be, on keys of this test alone. */
async function redisPerInstance(): Promise<[TokenStorage, TokenStorage]> {
  const keyPrefix = `oauth-dance-test:${randomUUID()}:`;
  const clients = await Promise.all(
    [0, 1].map(() => createClient({ url: "redis://127.0.0.1:6379" }).connect()),
  );
  closers.push(async () => {
    const keys = await clients[0]?.keys(`${keyPrefix}*`);
    if (keys?.length) await clients[0]?.del(keys);
    await Promise.all(clients.map((client) => client.quit()));
  });
  const [a, b] = clients.map((client) => new RedisStorage({ client, keyPrefix, userRequired: false }));
  return [a as TokenStorage, b as TokenStorage];
}

describe("token lifecycle (Local ID, real refresh tokens)", () => {
  it("refreshes an expired token transparently, once, on the next API call", async () => {
    const tokenUpdated = vi.fn();
    const { url, idp, browser, clock } = await startApp({ on: { tokenUpdated } });
    const before = (
      await browser.json<{ token: { access_token: string; refresh_token: string } }>(`${url}/token`)
    ).body.token;
    expect(before.refresh_token).toBeTruthy();
    clock.passTokenExpiry();
    const me = await browser.json<{ sub: string }>(`${url}/me`);
    expect(me).toMatchObject({ status: 200, body: { sub: "alice" } });
    expect(idp.stats.tokenRequests.refresh_token).toBe(1);
    const after = (
      await browser.json<{ token: { access_token: string; refresh_token: string } }>(`${url}/token`)
    ).body.token;
    expect(after.access_token).not.toBe(before.access_token);
    expect(after.refresh_token).toBeTruthy();
    expect((await browser.json(`${url}/me`)).status).toBe(200);
    expect(idp.stats.tokenRequests.refresh_token).toBe(1);
    expect(tokenUpdated.mock.calls.map(([event]) => event.reason)).toEqual(["stored", "refreshed"]);
  });

  it("sends 100 concurrent calls on an expired token through exactly one refresh", async () => {
    const { url, idp, browser, clock } = await startApp();
    clock.passTokenExpiry();
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => browser.json<{ sub: string }>(`${url}/me`)),
    );
    expect(answers.filter((a) => a.status === 200 && a.body.sub === "alice")).toHaveLength(100);
    expect(idp.stats.tokenRequests.refresh_token).toBe(1);
  });

  it.each([
    ["one MemoryStorage", sharedMemory],
    ["RedisStorage, a client each", redisPerInstance],
  ])(
    "refreshes once across two app instances sharing one compare-and-set store (%s)",
    async (_store, stores) => {
      const [storageA, storageB] = await stores();
      const first = express();
      const second = express();
      const a = await listen(first);
      const b = await listen(second);
      const idp = await startIdp([`${a.url}/login/corp/authorized`]);
      const clock = new AppClock();
      mountApp(first, idp, { storage: storageA, now: clock.now });
      mountApp(second, idp, { storage: storageB, now: clock.now });
      const browser = new Browser();
      await browser.visit(`${a.url}/login/corp`);
      clock.passTokenExpiry();
      const calls = Array.from({ length: 100 }, (_, i) =>
        browser.json<{ sub: string }>(`${i % 2 ? a.url : b.url}/me`),
      );
      const answers = await Promise.all(calls);
      expect(answers.filter((x) => x.status === 200 && x.body.sub === "alice")).toHaveLength(100);
      expect(idp.stats.tokenRequests.refresh_token).toBe(1);
      const tokenA = (await browser.json<{ token: { access_token: string } }>(`${a.url}/token`)).body.token;
      const tokenB = (await browser.json<{ token: { access_token: string } }>(`${b.url}/token`)).body.token;
      expect(tokenA.access_token).toBe(tokenB.access_token);
    },
  );

  it("deletes the token and reports refresh_failed when the provider has revoked the refresh token", async () => {
    const error = vi.fn();
    const { url, idp, browser, clock } = await startApp({ on: { error } });
    const { token } = (await browser.json<{ token: { refresh_token: string } }>(`${url}/token`)).body;
    await revokeAtProvider(idp, token.refresh_token, "refresh_token");
    clock.passTokenExpiry();
    expect(await browser.json(`${url}/me`)).toEqual({
      status: 409,
      body: { code: "refresh_failed", authorized: false },
    });
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]?.[0].error).toMatchObject({ code: "refresh_failed", error: "invalid_grant" });
    expect((await browser.json(`${url}/token`)).body).toEqual({ token: null, authorized: false });
  });

  it("revokes at the provider on logout, so the old token stops working there too", async () => {
    const { url, idp, browser } = await startApp();
    const { token } = (await browser.json<{ token: { access_token: string } }>(`${url}/token`)).body;
    const me = () => fetch(`${idp.apiUrl}me`, { headers: { authorization: `Bearer ${token.access_token}` } });
    expect((await me()).status).toBe(200);
    await browser.json(`${url}/logout`);
    expect((await me()).status).toBe(401);
    expect((await browser.json(`${url}/token`)).body).toEqual({ token: null, authorized: false });
  });

  it("refreshes once and retries once when the provider answers 401 to a token it believed valid", async () => {
    // The app believes the token valid for another minute; only the provider's 401 says it is not.
    const { url, idp, browser } = await startApp();
    idp.expireAccessTokens();
    expect(await browser.json(`${url}/me`)).toMatchObject({ status: 200, body: { sub: "alice" } });
    expect(idp.stats.tokenRequests.refresh_token).toBe(1);
  });
});
