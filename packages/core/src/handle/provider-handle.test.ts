import { describe, expect, it, vi } from "vitest";
import { createDance } from "../dance.js";
import type { DanceOptions } from "../dance-options.js";
import { createDanceRequest } from "../http/request.js";
import { oauth1 } from "../protocols/oauth1/oauth1.js";
import { oauth2 } from "../protocols/oauth2/oauth2.js";
import type { Provider } from "../provider.js";
import { MemoryStorage } from "../storage/memory-storage.js";
import { type FakeProvider, type FakeProviderOptions, fakeProvider } from "../testing/index.js";
import type { Token } from "../token.js";
import type { ProviderHandle as Handle } from "./provider-handle.js";

const SECRET = "unit-test-secret-Qm2LxW8pZc6YhN0bKs4J";
const NOW = Date.UTC(2026, 0, 1);

/** The public fake, on the dance's clock, expecting the dance's client. */
function fakeAt(options: FakeProviderOptions = {}): FakeProvider {
  return fakeProvider({ now: () => NOW, clientId: "cid", clientSecret: "cs", ...options });
}

/** The bodies of the refreshes the fake was asked for. */
function refreshBodies(fake: FakeProvider): URLSearchParams[] {
  return fake.requests.filter((request) => request.endpoint === "token").map((request) => request.form);
}

/** The Authorization header of each API call the fake answered. */
function apiAuthorizations(fake: FakeProvider): (string | null)[] {
  return fake.requests
    .filter((request) => request.endpoint === "api")
    .map((request) => request.headers.get("authorization"));
}

/** The access token of the `n`th refresh the fake answered (from 1). */
function refreshed(fake: FakeProvider, n: number): string | undefined {
  return fake.issued.filter((issued) => issued.grant === "refresh_token")[n - 1]?.token.access_token;
}

function handleWith(
  fake: FakeProvider,
  token: Token | undefined,
  provider?: Provider,
  extra: Partial<DanceOptions> = {},
) {
  const storage = new MemoryStorage(token);
  const dance = createDance({
    secret: SECRET,
    fetch: fake.fetch,
    now: () => NOW,
    storage,
    ...extra,
    providers: {
      acme:
        provider ??
        oauth2({
          clientId: "cid",
          clientSecret: "cs",
          authorizationUrl: fake.endpoints.authorizationUrl,
          tokenUrl: fake.endpoints.tokenUrl,
          baseUrl: fake.endpoints.baseUrl,
          autoRefresh: { params: { audience: "api" } },
        }),
    },
  });
  const context = dance.createContext(
    createDanceRequest({ method: "GET", url: "/", headers: { host: "app.example" } }),
  );
  return { handle: context.oauth.acme as NonNullable<typeof context.oauth.acme>, fake, storage };
}

const nowSeconds = NOW / 1000;

describe("the API client's refresh", () => {
  it("refreshes a token that expires within the skew before calling, keeping the old refresh token", async () => {
    const fake = fakeAt();
    const old = fake.issueToken();
    const { handle } = handleWith(fake, { ...old, expires_in: 3600, expires_at: nowSeconds + 30 });
    expect(await handle.api.get("me").json()).toMatchObject({ id: "test-user" });
    const fresh = refreshed(fake, 1);
    expect(fresh).not.toBe(old.access_token);
    expect(apiAuthorizations(fake)).toEqual([`Bearer ${fresh}`]);
    expect(refreshBodies(fake)[0]?.get("grant_type")).toBe("refresh_token");
    expect(refreshBodies(fake)[0]?.get("refresh_token")).toBe(old.refresh_token);
    expect(refreshBodies(fake)[0]?.get("audience")).toBe("api");
    expect(await handle.token()).toMatchObject({
      access_token: fresh,
      refresh_token: old.refresh_token,
      expires_at: nowSeconds + 3600,
    });
  });

  it("keeps the login's ID token through a refresh that answers none, for a federated logout's hint", async () => {
    const fake = fakeAt();
    const old = fake.issueToken();
    const { handle } = handleWith(fake, {
      ...old,
      id_token: "login.id.token",
      expires_in: 3600,
      expires_at: nowSeconds - 1,
    });
    await handle.api.get("me");
    expect(await handle.token()).toMatchObject({
      access_token: refreshed(fake, 1),
      id_token: "login.id.token",
    });
  });

  it("never keeps a rotating provider's spent refresh token, and keeps a standard one's", async () => {
    // An answer without a refresh token: the fake is told to leave it out.
    const withoutRefreshToken = ({ form }: { form: URLSearchParams }) =>
      form.get("grant_type") === "refresh_token"
        ? Response.json({ access_token: "at-fresh", token_type: "Bearer", expires_in: 3600 })
        : undefined;
    for (const [refresh, kept] of [
      ["rotating", false],
      ["standard", true],
      ["reuses", true],
    ] as const) {
      const fake = fakeAt({ onTokenRequest: withoutRefreshToken });
      const old = fake.issueToken();
      const provider = oauth2({
        clientId: "cid",
        clientSecret: "cs",
        authorizationUrl: fake.endpoints.authorizationUrl,
        tokenUrl: fake.endpoints.tokenUrl,
        baseUrl: fake.endpoints.baseUrl,
        refresh,
      });
      const { handle } = handleWith(fake, { ...old, expires_in: 3600, expires_at: nowSeconds - 1 }, provider);
      await handle.api.get("me").catch(() => undefined);
      const token = await handle.token();
      expect(token?.access_token, refresh).toBe("at-fresh");
      expect(token?.refresh_token, refresh).toBe(kept ? old.refresh_token : undefined);
    }
  });

  it("refreshes on a 401 and sends the request once more, body and all", async () => {
    for (const send of [
      (api: Handle["api"]) => api.post("notes", { json: { text: "hi" } }),
      (api: Handle["api"]) => api.get("notes"),
    ]) {
      // The provider expired the token early, so its API refuses the first call; it answers any valid one.
      const fake = fakeAt({ api: () => new Response(null, { status: 200 }) });
      const issued = fake.issueToken();
      const old = issued.access_token;
      fake.expireAccessTokens();
      const { handle } = handleWith(fake, { ...issued, expires_in: 3600 });
      expect((await send(handle.api)).status).toBe(200);
      const seen = fake.requests
        .filter((request) => request.endpoint === "api")
        .map((request) => `${request.method} ${request.headers.get("authorization")} ${request.body}`);
      const body = seen[0]?.startsWith("POST") ? '{"text":"hi"}' : "";
      const method = body ? "POST" : "GET";
      expect(seen).toEqual([
        `${method} Bearer ${old} ${body}`,
        `${method} Bearer ${refreshed(fake, 1)} ${body}`,
      ]);
      expect(fake.requests.map((request) => request.status)).toEqual([401, 200, 200]);
    }
  });

  it("leaves a token with time to spare alone", async () => {
    const fake = fakeAt();
    const old = fake.issueToken();
    const { handle } = handleWith(fake, { ...old, expires_in: 3600, expires_at: nowSeconds + 600 });
    expect(await handle.api.get("me").json()).toMatchObject({ id: "test-user" });
    expect(apiAuthorizations(fake)).toEqual([`Bearer ${old.access_token}`]);
    expect(refreshBodies(fake)).toHaveLength(0);
  });

  it("does not refresh on every call a token whose whole life is shorter than the skew", async () => {
    const fake = fakeAt({ accessTokenTtl: 20 });
    const short = fake.issueToken();
    const { handle } = handleWith(fake, { ...short, expires_in: 20, expires_at: nowSeconds + 15 });
    expect(await handle.api.get("me").json()).toMatchObject({ id: "test-user" });
    expect(apiAuthorizations(fake)).toEqual([`Bearer ${short.access_token}`]);
    expect(refreshBodies(fake)).toHaveLength(0);
  });

  it("counts an expired token without a refresh token as not authorized", async () => {
    const once = fakeAt({ refreshTokens: false });
    const { handle } = handleWith(once, { ...once.issueToken(), expires_in: 60, expires_at: nowSeconds - 1 });
    expect(await handle.authorized()).toBe(false);
    const fake = fakeAt();
    const refreshable = handleWith(fake, {
      ...fake.issueToken(),
      expires_in: 60,
      expires_at: nowSeconds - 1,
    });
    expect(await refreshable.handle.authorized()).toBe(true);
  });

  it("never refreshes when autoRefresh is off", async () => {
    const fake = fakeAt();
    const provider = oauth2({
      clientId: "cid",
      authorizationUrl: fake.endpoints.authorizationUrl,
      tokenUrl: fake.endpoints.tokenUrl,
      baseUrl: fake.endpoints.baseUrl,
      autoRefresh: false,
    });
    const old = fake.issueToken();
    const { handle } = handleWith(fake, { ...old, expires_in: 60, expires_at: nowSeconds - 1 }, provider);
    expect(await handle.authorized()).toBe(false);
    expect(await handle.api.get("me").json()).toMatchObject({ id: "test-user" });
    expect(apiAuthorizations(fake)).toEqual([`Bearer ${old.access_token}`]);
    expect(refreshBodies(fake)).toHaveLength(0);
  });

  it("signs OAuth 1 calls and never tries to refresh their tokens", async () => {
    const provider = oauth1({
      clientKey: "ck",
      clientSecret: "cs",
      requestTokenUrl: "https://provider.example/request_token",
      authorizationUrl: "https://provider.example/authorize",
      accessTokenUrl: "https://provider.example/access_token",
      baseUrl: "https://api.provider.example/",
    });
    // OAuth 1, which the public fake does not speak: the dance's fetch is an API that echoes the Authorization
    // header and records every request, so a refresh attempt anywhere would show.
    const seen: string[] = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      seen.push(request.url);
      return Response.json({ authorization: request.headers.get("authorization") });
    }) as typeof globalThis.fetch;
    const { handle } = handleWith(
      fakeAt(),
      {
        oauth_token: "t",
        oauth_token_secret: "s",
        refresh_token: "rt",
        expires_in: 60,
        expires_at: nowSeconds - 1,
      },
      provider,
      { fetch },
    );
    const { authorization } = await handle.api.get("me").json<{ authorization: string }>();
    expect(authorization).toMatch(/^OAuth /);
    expect(authorization).toContain('oauth_token="t"');
    expect(authorization).toMatch(/oauth_signature="[^"]+"/);
    expect(seen).toEqual(["https://api.provider.example/me"]);
    // Expired and not refreshable: the user has to log in again.
    expect(await handle.authorized()).toBe(false);
  });

  it("tells the tokenUpdated hook about stores, refreshes and deletions", async () => {
    const tokenUpdated = vi.fn();
    const fake = fakeAt();
    const { handle } = handleWith(
      fake,
      { ...fake.issueToken(), expires_in: 3600, expires_at: nowSeconds },
      undefined,
      {
        on: { tokenUpdated },
      },
    );
    await handle.api.get("me");
    await handle.setToken({ access_token: "manual" });
    await handle.logout();
    expect(tokenUpdated.mock.calls.map(([e]) => [e.reason, e.token?.access_token])).toEqual([
      ["refreshed", refreshed(fake, 1)],
      ["stored", "manual"],
      ["deleted", undefined],
    ]);
  });
});

describe("a refresh token found dead", () => {
  it("removes the token it belonged to, and not one stored while the refresh was out (compare-and-set store)", async () => {
    let refuse!: () => void;
    const refused = new Promise<void>((resolve) => {
      refuse = resolve;
    });
    let arrived!: () => void;
    const refreshArrived = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    // The provider holds the refresh until the test lets it answer; it knows no refresh token "dead".
    const fake = fakeAt({
      onTokenRequest: async () => {
        arrived();
        await refused;
        return undefined;
      },
    });
    const stale = {
      access_token: "old",
      refresh_token: "dead",
      expires_in: 3600,
      expires_at: nowSeconds - 10,
    };
    const { handle, storage } = handleWith(fake, stale);
    const call = handle.api.get("me").json();
    // While the refresh is out (the row leased for it), the user logs in again on another instance.
    await refreshArrived;
    await storage.set(
      { provider: "acme", config: {} },
      { access_token: "new login", refresh_token: "alive" },
    );
    refuse();
    await expect(call).rejects.toMatchObject({ code: "refresh_failed", error: "invalid_grant" });
    expect(refreshBodies(fake).map((body) => body.get("refresh_token"))).toEqual(["dead"]);
    expect(await storage.get({ provider: "acme", config: {} })).toEqual({
      access_token: "new login",
      refresh_token: "alive",
    });
  });

  it("is deleted when the stored version is still the one refreshed", async () => {
    const fake = fakeAt();
    const stale = {
      access_token: "old",
      refresh_token: "dead",
      expires_in: 3600,
      expires_at: nowSeconds - 10,
    };
    const { handle, storage } = handleWith(fake, stale);
    await expect(handle.api.get("me").json()).rejects.toMatchObject({ code: "refresh_failed" });
    expect(await storage.get({ provider: "acme", config: {} })).toBeUndefined();
    expect(await handle.authorized()).toBe(false);
  });
});

describe("the refresher's memory of a finished refresh", () => {
  it("serves it to callers still holding the old token, and refreshes again for one holding the new token", async () => {
    let clock = NOW;
    const fake = fakeProvider({ now: () => clock, clientId: "cid", clientSecret: "cs" });
    const stale = { ...fake.issueToken(), expires_in: 60, expires_at: nowSeconds - 1 };
    const storage = new MemoryStorage(stale);
    const dance = createDance({
      secret: SECRET,
      fetch: fake.fetch,
      now: () => clock,
      storage,
      providers: {
        acme: oauth2({
          clientId: "cid",
          clientSecret: "cs",
          authorizationUrl: fake.endpoints.authorizationUrl,
          tokenUrl: fake.endpoints.tokenUrl,
          baseUrl: fake.endpoints.baseUrl,
        }),
      },
    });
    const handle = () =>
      dance.createContext(createDanceRequest({ method: "GET", url: "/", headers: { host: "app.example" } }))
        .oauth.acme as NonNullable<Handle>;
    expect(await handle().api.get("me").json()).toMatchObject({ id: "test-user" });
    expect(apiAuthorizations(fake)).toEqual([`Bearer ${refreshed(fake, 1)}`]);
    // The provider kept the refresh token. Within the refresher's memory, the new token is due in its turn.
    clock += 3600 * 1000;
    expect(await handle().api.get("me").json()).toMatchObject({ id: "test-user" });
    expect(apiAuthorizations(fake)).toEqual([`Bearer ${refreshed(fake, 1)}`, `Bearer ${refreshed(fake, 2)}`]);
    expect(refreshBodies(fake)).toHaveLength(2);
  });
});
