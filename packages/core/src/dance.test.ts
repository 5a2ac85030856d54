import { describe, expect, it, vi } from "vitest";
import { createDance } from "./dance.js";
import type { DanceOptions } from "./dance-options.js";
import { DanceError } from "./errors.js";
import { parseCookieHeader } from "./http/cookies.js";
import { createDanceRequest } from "./http/request.js";
import type { DanceResult } from "./http/result.js";
import { oauth2 } from "./protocols/oauth2/oauth2.js";
import type { Provider } from "./provider.js";
import { MemoryStorage } from "./storage/memory-storage.js";
import { type FakeProvider, type FakeProviderOptions, fakeProvider } from "./testing/index.js";

const SECRET = "unit-test-secret-Qm2LxW8pZc6YhN0bKs4J";
const AUTHORIZE = "https://provider.example/authorize";
const TOKEN = "https://provider.example/token";
const API = "https://provider.example/api/";

/** The requests that reached the fake's token endpoint. */
function tokenRequests(fake: FakeProvider) {
  return fake.requests.filter((request) => request.endpoint === "token");
}

/** The path and query the fake's authorization page sends the browser back to, code and state in it. */
function callbackOf(fake: FakeProvider, authorizationUrl: URL): string {
  const back = new URL(fake.authorize(authorizationUrl));
  return back.pathname + back.search;
}

function setup(
  overrides: Partial<DanceOptions> = {},
  provider: Provider = oauth2({
    clientId: "cid",
    clientSecret: "csecret",
    authorizationUrl: AUTHORIZE,
    tokenUrl: TOKEN,
    baseUrl: API,
    scope: ["read", "write"],
  }),
  fakeOptions: FakeProviderOptions = {},
) {
  // The provider.example origin and client of the dance's provider: the fake checks them all.
  const fake = fakeProvider({
    origin: "https://provider.example",
    clientId: "cid",
    clientSecret: "csecret",
    ...fakeOptions,
  });
  const dance = createDance({
    secret: SECRET,
    providers: { acme: provider },
    fetch: fake.fetch,
    ...overrides,
  });
  const jar: Record<string, string> = {};
  async function get(path: string, config?: Record<string, unknown>, method = "GET") {
    const request = createDanceRequest({
      method,
      url: path,
      headers: { host: "app.example" },
      cookies: { ...jar },
    });
    const context = dance.createContext(request, { config });
    const result = await dance.route(context);
    const cookies = result.type === "pass" ? [] : result.cookies;
    for (const line of cookies) {
      const [name, value] = Object.entries(parseCookieHeader(line.split(";")[0]))[0] ?? [];
      if (name === undefined) continue;
      if (line.includes("Max-Age=0")) delete jar[name];
      else jar[name] = value as string;
    }
    return { result, context };
  }
  async function login(path = "/login/acme") {
    const { result } = await get(path);
    expect(result.type).toBe("redirect");
    return new URL((result as Extract<DanceResult, { type: "redirect" }>).location);
  }
  return { dance, jar, get, login, fake };
}

function locationOf(result: DanceResult): string {
  if (result.type !== "redirect") throw new Error(`expected a redirect, got ${result.type}`);
  return result.location;
}

describe("createDance options", () => {
  it("names a missing clientId by its path", () => {
    expect(() =>
      createDance({
        secret: SECRET,
        providers: { github: oauth2({ authorizationUrl: AUTHORIZE, tokenUrl: TOKEN }) },
      }),
    ).toThrowError(/providers\.github\.clientId: Required/);
  });

  it("refuses a short secret, an unknown option and a provider without endpoints, each by name", () => {
    const attempt = (options: unknown) => {
      try {
        createDance(options as DanceOptions);
      } catch (error) {
        expect(error).toBeInstanceOf(DanceError);
        expect((error as DanceError).code).toBe("invalid_options");
        return (error as Error).message;
      }
      throw new Error("expected createDance to throw");
    };
    expect(attempt({ secret: "short", providers: {} })).toMatch(/secret: must be at least 32 characters/);
    // Every problem at once: the providers' are not hidden behind the dance's own.
    expect(
      attempt({
        secret: "short",
        providers: { a: oauth2({ issuer: "https://id.example" }), b: oauth2({ clientId: "b" }) },
        prefix: "login/",
      }),
    ).toMatch(
      /secret: must be at least 32 characters; prefix: .*; providers\.a\.clientId: Required.*; providers\.b\.authorizationUrl: Required/,
    );
    expect(attempt({ secret: "a".repeat(32), providers: {} })).toMatch(
      /secret: must be random: too easy to guess \(it repeats itself\); use 32 or more random characters, for example the output of `openssl rand -base64 32`/,
    );
    expect(attempt({ secret: "0123456789abcdefghijklmnopqrstuv", providers: {} })).toMatch(
      /secret: must be random: too easy to guess \(it is mostly a run/,
    );
    expect(attempt({ secret: [SECRET, "z".repeat(33)], providers: {} })).toMatch(/secret\.1: must be random/);
    expect(attempt({ secret: SECRET, providers: {}, redirectTO: "/" })).toMatch(/redirectTO/);
    expect(attempt({ secret: SECRET, providers: { x: oauth2({ clientId: "c" }) } })).toMatch(
      /providers\.x\.authorizationUrl: Required when no issuer is given; providers\.x\.tokenUrl/,
    );
    expect(attempt({ secret: SECRET, providers: { x: { kind: "oauth2", options: {} } } })).toMatch(
      /providers\.x: must be made with oauth2/,
    );
    expect(attempt({ secret: SECRET, providers: {}, storage: {} })).toMatch(
      /storage: must implement get, set and delete/,
    );
  });
});

describe("the login route", () => {
  it("redirects to the provider with client_id, redirect_uri, scope, state and an S256 PKCE challenge", async () => {
    const { login, jar } = setup();
    const url = await login();
    expect(url.origin + url.pathname).toBe(AUTHORIZE);
    const q = url.searchParams;
    expect(q.get("client_id")).toBe("cid");
    expect(q.get("response_type")).toBe("code");
    expect(q.get("redirect_uri")).toBe("http://app.example/login/acme/authorized");
    expect(q.get("scope")).toBe("read write");
    expect(q.get("state")).toMatch(/^[\w-]{32,}$/);
    expect(q.get("code_challenge_method")).toBe("S256");
    expect(q.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(q.has("nonce")).toBe(false);
    expect(Object.keys(jar)).toEqual([expect.stringMatching(/^oauth-dance\.dance\.\w+$/)]);
  });

  it("sends a nonce for OpenID Connect scopes, and no PKCE when turned off", async () => {
    const { login } = setup(
      {},
      oauth2({
        clientId: "c",
        authorizationUrl: AUTHORIZE,
        tokenUrl: TOKEN,
        scope: "openid email",
        pkce: false,
      }),
    );
    const q = (await login()).searchParams;
    expect(q.get("nonce")).toMatch(/^[\w-]{32,}$/);
    expect(q.has("code_challenge")).toBe(false);
  });

  it("lets beforeLogin see and extend the authorization URL", async () => {
    const beforeLogin = vi.fn(({ url }: { url: URL }) => url.searchParams.set("login_hint", "alice"));
    const { login } = setup({ on: { beforeLogin } });
    expect((await login()).searchParams.get("login_hint")).toBe("alice");
    expect(beforeLogin).toHaveBeenCalledWith(expect.objectContaining({ provider: "acme" }));
  });

  it("passes on other paths and methods", async () => {
    const { get } = setup();
    expect((await get("/")).result.type).toBe("pass");
    expect((await get("/login/nobody")).result.type).toBe("pass");
  });
});

describe("HEAD on the dance routes", () => {
  it("answers 405, starting no dance and spending none (link previews, prefetchers)", async () => {
    const { login, get, fake, jar } = setup();
    expect((await get("/login/acme", undefined, "HEAD")).result).toEqual({
      type: "response",
      status: 405,
      headers: { allow: "GET" },
      body: "",
      cookies: [],
    });
    expect(Object.keys(jar)).toEqual([]);
    const callback = callbackOf(fake, await login());
    expect((await get(callback, undefined, "HEAD")).result).toMatchObject({ type: "response", status: 405 });
    expect(tokenRequests(fake)).toHaveLength(0);
    expect(locationOf((await get(callback)).result)).toBe("/");
    expect(tokenRequests(fake)).toHaveLength(1);
  });
});

describe("the callback route", () => {
  it("exchanges the code with the PKCE verifier, stores the token and goes to next", async () => {
    const { login, get, fake } = setup();
    const callback = callbackOf(fake, await login("/login/acme?next=%2Fafter"));
    const { result } = await get(callback);
    expect(locationOf(result)).toBe("/after");
    const sent = tokenRequests(fake)[0];
    expect(sent?.form.get("code")).toBe(new URLSearchParams(callback.split("?")[1]).get("code"));
    expect(sent?.form.get("redirect_uri")).toBe("http://app.example/login/acme/authorized");
    expect(sent?.form.get("code_verifier")).toMatch(/^[\w-]{43,128}$/);
    expect(sent?.headers.get("authorization")).toBe(`Basic ${btoa("cid:csecret")}`);
    expect(fake.codes.redeemed).toEqual([sent?.form.get("code")]);

    const { context } = await get("/");
    const handle = context.oauth.acme;
    expect(await handle?.authorized()).toBe(true);
    const token = await handle?.token();
    expect(token?.access_token).toBe(fake.issued[0]?.token.access_token);
    expect(token?.expires_at).toBeGreaterThan(Date.now() / 1000);
    expect(await handle?.api.get("user").json()).toMatchObject({ id: "test-user" });
    const call = fake.requests.at(-1);
    expect([call?.url, call?.headers.get("authorization")]).toEqual([
      `${API}user`,
      `Bearer ${fake.issued[0]?.token.access_token}`,
    ]);
  });

  it("is single-use: the same browser replaying the callback gets a state mismatch and no second exchange", async () => {
    const error = vi.fn();
    const { login, get, fake } = setup({ on: { error } });
    const callback = callbackOf(fake, await login());
    await get(callback);
    const { result } = await get(callback);
    expect(locationOf(result)).toBe("/");
    expect(error.mock.calls.map(([event]) => event.error.code)).toEqual(["state_mismatch"]);
    expect(tokenRequests(fake)).toHaveLength(1);
  });

  it("treats a missing, tampered or foreign state as a state mismatch, without calling the provider", async () => {
    const error = vi.fn();
    const { login, get, fake } = setup({ on: { error } });
    const state = (await login()).searchParams.get("state") as string;
    const tampered = `${state.slice(0, -1)}${state.endsWith("A") ? "B" : "A"}`;
    for (const query of ["code=c", `code=c&state=${tampered}`, "code=c&state=not-ours-at-all-123456"]) {
      const { result } = await get(`/login/acme/authorized?${query}`);
      expect(locationOf(result)).toBe("/");
    }
    expect(error.mock.calls.map(([event]) => event.error.code)).toEqual([
      "state_mismatch",
      "state_mismatch",
      "state_mismatch",
    ]);
    expect(tokenRequests(fake)).toHaveLength(0);
  });

  it("hands error=access_denied to the error hook, records it, and stores no token", async () => {
    const { login, get, fake } = setup();
    const state = (await login()).searchParams.get("state");
    const { result } = await get(
      `/login/acme/authorized?error=access_denied&error_description=No+thanks&state=${state}`,
    );
    expect(locationOf(result)).toBe("/");
    expect(fake.requests).toHaveLength(0);
    const { context } = await get("/");
    expect(await context.oauth.acme?.authorized()).toBe(false);
    expect(await context.oauth.acme?.takeError()).toEqual({
      code: "provider_error",
      provider: "acme",
      message: "acme refused the login: access_denied",
      error: "access_denied",
      errorDescription: "No thanks",
    });
    expect(await context.oauth.acme?.takeError()).toBeUndefined();
  });

  it("answers with the error hook's response when it returns one", async () => {
    const { get } = setup({ on: { error: () => ({ status: 403, body: "denied" }) } });
    const { result } = await get("/login/acme/authorized?error=access_denied");
    expect(result).toMatchObject({ type: "response", status: 403, body: "denied" });
  });

  it("reports a refused code as token_exchange_failed with the provider's error", async () => {
    const error = vi.fn();
    // The provider refuses even a code it granted, in its own words.
    const onTokenRequest = () =>
      Response.json({ error: "invalid_grant", error_description: "Bad code" }, { status: 400 });
    const { login, get, fake } = setup({ on: { error } }, undefined, { onTokenRequest });
    const { result } = await get(callbackOf(fake, await login()));
    expect(result.type).toBe("redirect");
    const reported = error.mock.calls[0]?.[0].error as DanceError;
    expect(reported.code).toBe("token_exchange_failed");
    expect(reported.error).toBe("invalid_grant");
    expect(reported.errorDescription).toBe("Bad code");
    expect(reported.message).not.toContain("csecret");
  });

  it("does not store the token when the authorized hook returns false", async () => {
    const { login, get, fake } = setup({ on: { authorized: () => false } });
    await get(callbackOf(fake, await login()));
    expect(fake.codes.redeemed).toHaveLength(1);
    expect(await (await get("/")).context.oauth.acme?.authorized()).toBe(false);
  });

  it("answers with the authorized hook's response, and keeps a token the hook stored itself", async () => {
    const { login, get, fake } = setup({
      on: {
        authorized: async ({ handle, token }) => {
          await handle.setToken({ ...token, note: "mine" });
          return new Response(null, { status: 303, headers: { location: "/welcome" } });
        },
      },
    });
    const { result } = await get(callbackOf(fake, await login()));
    expect(result).toMatchObject({ type: "response", status: 303, headers: { location: "/welcome" } });
    expect((await (await get("/")).context.oauth.acme?.token())?.note).toBe("mine");
  });

  it("gives the authorized hook a handle whose api already carries the new token", async () => {
    const { login, get, fake } = setup({
      on: {
        authorized: async ({ handle }) => ({
          status: 200,
          body: JSON.stringify(await handle.api.get("user").json()),
        }),
      },
    });
    const { result } = await get(callbackOf(fake, await login()));
    expect(result).toMatchObject({
      type: "response",
      body: JSON.stringify({
        id: "test-user",
        sub: "test-user",
        name: "Test User",
        email: "test-user@example.com",
      }),
    });
    const call = fake.requests.at(-1);
    expect([call?.url, call?.headers.get("authorization")]).toEqual([
      `${API}user`,
      `Bearer ${fake.issued[0]?.token.access_token}`,
    ]);
  });

  it("fails the dance as hook_failed when the authorized hook throws", async () => {
    const error = vi.fn();
    const { login, get, fake } = setup({
      on: {
        authorized: () => {
          throw new Error("boom");
        },
        error,
      },
    });
    await get(callbackOf(fake, await login()));
    expect(error.mock.calls[0]?.[0].error.code).toBe("hook_failed");
  });
});

describe("handles", () => {
  it("reads client credentials through fromConfig on each request", async () => {
    const provider = oauth2({
      authorizationUrl: AUTHORIZE,
      tokenUrl: TOKEN,
      fromConfig: { clientId: "ACME_ID", clientSecret: "acme.secret" },
    });
    const { get } = setup({}, provider);
    const first = await get("/login/acme", { ACME_ID: "from-env", acme: { secret: "s" } });
    expect(new URL(locationOf(first.result)).searchParams.get("client_id")).toBe("from-env");
    const second = await get("/login/acme", { ACME_ID: "rotated", acme: { secret: "s" } });
    expect(new URL(locationOf(second.result)).searchParams.get("client_id")).toBe("rotated");
    await expect(get("/login/acme", { ACME_ID: "id" })).rejects.toThrowError(
      /providers\.acme\.clientSecret is not set/,
    );
    await expect(get("/login/acme", {})).rejects.toThrowError(
      /providers\.acme\.clientId is not set: fromConfig reads it from "ACME_ID"/,
    );
  });

  it("drops the cached token when config changes, so a per-user store loads the right user's token", async () => {
    const storage = new MemoryStorage();
    const { get } = setup({ storage });
    const { context } = await get("/");
    const handle = context.oauth.acme;
    if (!handle) throw new Error("no handle");
    handle.config.userId = "alice";
    await handle.setToken({ access_token: "alice-token" });
    handle.config.userId = "bob";
    expect(await handle.token()).toBeUndefined();
    await handle.setToken({ access_token: "bob-token" });
    handle.config.userId = "alice";
    expect((await handle.token())?.access_token).toBe("alice-token");
  });

  it("logs out by deleting the token, and refuses API calls without a token", async () => {
    const { get } = setup({ storage: new MemoryStorage({ access_token: "t" }) });
    const handle = (await get("/")).context.oauth.acme;
    expect(await handle?.authorized()).toBe(true);
    await handle?.logout();
    expect(await handle?.authorized()).toBe(false);
    await expect(handle?.api.get("user")).rejects.toMatchObject({ code: "not_authorized" });
  });

  it("builds a login URL that brings the user back to the page they were on", async () => {
    const { get } = setup();
    expect((await get("/reports?y=2026")).context.oauth.acme?.loginUrl).toBe(
      "/login/acme?next=%2Freports%3Fy%3D2026",
    );
    expect((await get("/")).context.oauth.acme?.loginUrl).toBe("/login/acme");
  });
});
