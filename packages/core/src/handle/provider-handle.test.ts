import { describe, expect, it, vi } from "vitest";
import { createDance } from "../dance.js";
import type { DanceOptions } from "../dance-options.js";
import { createDanceRequest } from "../http/request.js";
import { oauth1 } from "../protocols/oauth1/oauth1.js";
import { oauth2 } from "../protocols/oauth2/oauth2.js";
import type { Provider } from "../provider.js";
import { MemoryStorage } from "../storage/memory-storage.js";
import type { Token } from "../token.js";
import type { ProviderHandle as Handle } from "./provider-handle.js";

const SECRET = "unit-test-secret-Qm2LxW8pZc6YhN0bKs4J";
const TOKEN_URL = "https://provider.example/token";
const NOW = Date.UTC(2026, 0, 1);

/** A provider whose token endpoint hands out numbered access tokens and whose API echoes the Authorization header. */
function fakeProvider() {
  let issued = 0;
  const refreshBodies: URLSearchParams[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (request.url === TOKEN_URL) {
      refreshBodies.push(new URLSearchParams(await request.text()));
      issued++;
      return Response.json({ access_token: `fresh-${issued}`, token_type: "Bearer", expires_in: 3600 });
    }
    return Response.json({ authorization: request.headers.get("authorization") });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, refreshBodies };
}

function handleWith(token: Token | undefined, provider?: Provider, extra: Partial<DanceOptions> = {}) {
  const fake = fakeProvider();
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
          authorizationUrl: "https://provider.example/authorize",
          tokenUrl: TOKEN_URL,
          baseUrl: "https://api.provider.example/",
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
    const { handle, fake } = handleWith({
      access_token: "old",
      refresh_token: "rt",
      expires_in: 3600,
      expires_at: nowSeconds + 30,
    });
    expect(await handle.api.get("me").json()).toEqual({ authorization: "Bearer fresh-1" });
    expect(fake.refreshBodies[0]?.get("grant_type")).toBe("refresh_token");
    expect(fake.refreshBodies[0]?.get("refresh_token")).toBe("rt");
    expect(fake.refreshBodies[0]?.get("audience")).toBe("api");
    expect(await handle.token()).toMatchObject({
      access_token: "fresh-1",
      refresh_token: "rt",
      expires_at: nowSeconds + 3600,
    });
  });

  it("refreshes on a 401 and sends the request once more, body and all", async () => {
    for (const send of [
      (api: Handle["api"]) => api.post("notes", { json: { text: "hi" } }),
      (api: Handle["api"]) => api.get("notes"),
    ]) {
      const seen: string[] = [];
      let issued = 0;
      // The token endpoint hands out numbered tokens; the API refuses the first call it sees.
      const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        if (request.url === TOKEN_URL) {
          issued++;
          return Response.json({ access_token: `fresh-${issued}`, token_type: "Bearer", expires_in: 3600 });
        }
        seen.push(`${request.method} ${request.headers.get("authorization")} ${await request.text()}`);
        return new Response(null, { status: seen.length === 1 ? 401 : 200 });
      };
      const token = { access_token: "old", refresh_token: "rt", expires_in: 3600 };
      const { handle } = handleWith(token, undefined, { fetch });
      expect((await send(handle.api)).status).toBe(200);
      const body = seen[0]?.startsWith("POST") ? '{"text":"hi"}' : "";
      const method = body ? "POST" : "GET";
      expect(seen).toEqual([`${method} Bearer old ${body}`, `${method} Bearer fresh-1 ${body}`]);
    }
  });

  it("leaves a token with time to spare alone", async () => {
    const { handle, fake } = handleWith({
      access_token: "old",
      refresh_token: "rt",
      expires_in: 3600,
      expires_at: nowSeconds + 600,
    });
    expect(await handle.api.get("me").json()).toEqual({ authorization: "Bearer old" });
    expect(fake.refreshBodies).toHaveLength(0);
  });

  it("does not refresh on every call a token whose whole life is shorter than the skew", async () => {
    const { handle, fake } = handleWith({
      access_token: "short",
      refresh_token: "rt",
      expires_in: 20,
      expires_at: nowSeconds + 15,
    });
    expect(await handle.api.get("me").json()).toEqual({ authorization: "Bearer short" });
    expect(fake.refreshBodies).toHaveLength(0);
  });

  it("counts an expired token without a refresh token as not authorized", async () => {
    const { handle } = handleWith({ access_token: "old", expires_in: 60, expires_at: nowSeconds - 1 });
    expect(await handle.authorized()).toBe(false);
    const refreshable = handleWith({
      access_token: "old",
      refresh_token: "rt",
      expires_in: 60,
      expires_at: nowSeconds - 1,
    });
    expect(await refreshable.handle.authorized()).toBe(true);
  });

  it("never refreshes when autoRefresh is off", async () => {
    const provider = oauth2({
      clientId: "cid",
      authorizationUrl: "https://provider.example/authorize",
      tokenUrl: TOKEN_URL,
      baseUrl: "https://api.provider.example/",
      autoRefresh: false,
    });
    const { handle, fake } = handleWith(
      { access_token: "old", refresh_token: "rt", expires_in: 60, expires_at: nowSeconds - 1 },
      provider,
    );
    expect(await handle.authorized()).toBe(false);
    expect(await handle.api.get("me").json()).toEqual({ authorization: "Bearer old" });
    expect(fake.refreshBodies).toHaveLength(0);
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
    const { handle, fake } = handleWith(
      {
        oauth_token: "t",
        oauth_token_secret: "s",
        refresh_token: "rt",
        expires_in: 60,
        expires_at: nowSeconds - 1,
      },
      provider,
    );
    const { authorization } = await handle.api.get("me").json<{ authorization: string }>();
    expect(authorization).toMatch(/^OAuth /);
    expect(authorization).toContain('oauth_token="t"');
    expect(authorization).toMatch(/oauth_signature="[^"]+"/);
    expect(fake.refreshBodies).toHaveLength(0);
    // Expired and not refreshable: the user has to log in again.
    expect(await handle.authorized()).toBe(false);
  });

  it("tells the tokenUpdated hook about stores, refreshes and deletions", async () => {
    const tokenUpdated = vi.fn();
    const { handle } = handleWith(
      { access_token: "old", refresh_token: "rt", expires_in: 3600, expires_at: nowSeconds },
      undefined,
      {
        on: { tokenUpdated },
      },
    );
    await handle.api.get("me");
    await handle.setToken({ access_token: "manual" });
    await handle.logout();
    expect(tokenUpdated.mock.calls.map(([e]) => [e.reason, e.token?.access_token])).toEqual([
      ["refreshed", "fresh-1"],
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
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.url !== TOKEN_URL) return Response.json({});
      arrived();
      await refused;
      return Response.json({ error: "invalid_grant" }, { status: 400 });
    }) as typeof globalThis.fetch;
    const stale = {
      access_token: "old",
      refresh_token: "dead",
      expires_in: 3600,
      expires_at: nowSeconds - 10,
    };
    const { handle, storage } = handleWith(stale, undefined, { fetch });
    const call = handle.api.get("me").json();
    // While the refresh is out (the row leased for it), the user logs in again on another instance.
    await refreshArrived;
    await storage.set(
      { provider: "acme", config: {} },
      { access_token: "new login", refresh_token: "alive" },
    );
    refuse();
    await expect(call).rejects.toMatchObject({ code: "refresh_failed", error: "invalid_grant" });
    expect(await storage.get({ provider: "acme", config: {} })).toEqual({
      access_token: "new login",
      refresh_token: "alive",
    });
  });

  it("is deleted when the stored version is still the one refreshed", async () => {
    const fetch = (async () =>
      Response.json({ error: "invalid_grant" }, { status: 400 })) as typeof globalThis.fetch;
    const stale = {
      access_token: "old",
      refresh_token: "dead",
      expires_in: 3600,
      expires_at: nowSeconds - 10,
    };
    const { handle, storage } = handleWith(stale, undefined, { fetch });
    await expect(handle.api.get("me").json()).rejects.toMatchObject({ code: "refresh_failed" });
    expect(await storage.get({ provider: "acme", config: {} })).toBeUndefined();
    expect(await handle.authorized()).toBe(false);
  });
});

describe("the refresher's memory of a finished refresh", () => {
  it("serves it to callers still holding the old token, and refreshes again for one holding the new token", async () => {
    let clock = NOW;
    const stale = { access_token: "old", refresh_token: "rt", expires_in: 60, expires_at: nowSeconds - 1 };
    const fake = fakeProvider();
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
          authorizationUrl: "https://provider.example/authorize",
          tokenUrl: TOKEN_URL,
          baseUrl: "https://api.provider.example/",
        }),
      },
    });
    const handle = () =>
      dance.createContext(createDanceRequest({ method: "GET", url: "/", headers: { host: "app.example" } }))
        .oauth.acme as NonNullable<Handle>;
    expect(await handle().api.get("me").json()).toEqual({ authorization: "Bearer fresh-1" });
    // The provider kept the refresh token. Within the refresher's memory, the new token is due in its turn.
    clock += 3600 * 1000;
    expect(await handle().api.get("me").json()).toEqual({ authorization: "Bearer fresh-2" });
    expect(fake.refreshBodies).toHaveLength(2);
  });
});
