// The OAuth 2 / OpenID Connect dance over real HTTP: Express app, real authorization server, scripted browser.
import { afterEach, describe, expect, it, vi } from "vitest";
import { Browser } from "../support/browser.js";
import { type Scenario, type ScenarioOptions, startExpressScenario } from "../support/express-app.js";

let scenario: Scenario | undefined;

async function start(options?: ScenarioOptions): Promise<Scenario> {
  scenario = await startExpressScenario(options);
  return scenario;
}

afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

/** Dances as `user` and returns where the browser ended up. */
async function dance(browser: Browser, app: Scenario, user: string, next = ""): Promise<string> {
  const visit = await browser.visit(`${app.appUrl}/login/corp?as=${user}${next}`);
  expect(visit.status).toBeLessThan(500);
  return visit.url;
}

describe("the OAuth 2 / OpenID Connect dance (Express, Local ID)", () => {
  it("redirects to the provider with client_id, redirect_uri, response_type, scope, state, S256 challenge and nonce", async () => {
    const app = await start();
    const visit = await new Browser().visit(`${app.appUrl}/login/corp`, { follow: false });
    expect(visit.status).toBe(302);
    const location = new URL(visit.headers.get("location") as string);
    expect(location.origin).toBe(app.idp.issuer);
    const q = location.searchParams;
    expect(q.get("client_id")).toBe("scenario-app");
    expect(q.get("redirect_uri")).toBe(`${app.appUrl}/login/corp/authorized`);
    expect(q.get("response_type")).toBe("code");
    expect(q.get("scope")).toBe("openid email profile");
    expect(q.get("state")).toBeTruthy();
    expect(q.get("code_challenge_method")).toBe("S256");
    expect(q.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(q.get("nonce")).toBeTruthy();
    const setCookie = visit.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/);
  });

  it("completes the dance, stores the token, and the app reads the user's identity through api", async () => {
    const app = await start();
    const browser = new Browser();
    expect((await browser.json(`${app.appUrl}/me`)).status).toBe(401);
    expect(await dance(browser, app, "alice")).toBe(`${app.appUrl}/`);
    const me = await browser.json<{ email: string; sub: string }>(`${app.appUrl}/me`);
    expect(me).toEqual({
      status: 200,
      body: expect.objectContaining({ sub: "alice", email: "alice@example.com" }),
    });
    const token = (await browser.json<Record<string, unknown>>(`${app.appUrl}/token`)).body;
    expect(token).toMatchObject({ token_type: "bearer", scope: expect.stringContaining("openid") });
    expect(Number(token.expires_at)).toBeGreaterThan(Date.now() / 1000);
    expect(app.idp.stats.tokenRequests.authorization_code).toBe(1);
  });

  it("keeps two users apart across 100 concurrent dances (50 each, 10 at a time)", async () => {
    const app = await start();
    const jobs = Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? "alice" : "bob"));
    const seen: string[] = [];
    const failures: string[] = [];
    async function worker() {
      for (let user = jobs.shift(); user; user = jobs.shift()) {
        const browser = new Browser();
        await dance(browser, app, user);
        const me = await browser.json<{ sub: string }>(`${app.appUrl}/me`);
        seen.push(me.body.sub);
        if (me.body.sub !== user) failures.push(`${user} saw ${me.body.sub}`);
      }
    }
    await Promise.all(Array.from({ length: 10 }, worker));
    expect(failures).toEqual([]);
    expect(seen.filter((s) => s === "alice")).toHaveLength(50);
    expect(seen.filter((s) => s === "bob")).toHaveLength(50);
  });

  it("lets two tabs of one browser dance at once", async () => {
    const app = await start();
    const browser = new Browser();
    const first = await browser.visit(`${app.appUrl}/login/corp?as=alice&next=/one`, {
      stopAt: (u) => u.pathname.endsWith("/authorized"),
    });
    const second = await browser.visit(`${app.appUrl}/login/corp?as=alice&next=/two`, {
      stopAt: (u) => u.pathname.endsWith("/authorized"),
    });
    const callbackOf = (visit: { chain: string[] }) => visit.chain.at(-1) as string;
    expect((await browser.visit(callbackOf(second), { follow: false })).headers.get("location")).toBe("/two");
    expect((await browser.visit(callbackOf(first), { follow: false })).headers.get("location")).toBe("/one");
  });

  it("refuses a replayed callback, a tampered state and a missing state: no token, no 5xx", async () => {
    const error = vi.fn();
    const app = await start({ dance: { on: { error } } });
    const browser = new Browser();
    const toCallback = await browser.visit(`${app.appUrl}/login/corp?as=alice`, {
      stopAt: (u) => u.pathname.endsWith("/authorized"),
    });
    const callback = toCallback.chain.at(-1) as string;
    const danceCookies = browser.cookies("127.0.0.1");
    expect((await browser.visit(callback, { follow: false })).status).toBe(302);
    expect((await browser.json(`${app.appUrl}/me`)).status).toBe(200);

    // An attacker replays the captured callback with the captured dance cookie, in a fresh browser.
    const attacker = new Browser();
    for (const [name, value] of Object.entries(danceCookies)) {
      if (name.startsWith("oauth-dance.")) attacker.setCookie("127.0.0.1", name, value);
    }
    expect((await attacker.visit(callback, { follow: false })).status).toBe(302);
    expect((await attacker.json(`${app.appUrl}/me`)).status).toBe(401);

    const state = new URL(callback).searchParams.get("state") as string;
    const tampered = callback.replace(state, `${state.slice(0, -2)}xx`);
    const stateless = callback.replace(/([?&])state=[^&]*/, "$1");
    for (const url of [callback, tampered, stateless]) {
      const visit = await new Browser().visit(url, { follow: false });
      expect(visit.status).toBe(302);
      expect(visit.body).not.toMatch(/Error|at .*\(/);
    }
    const codes = error.mock.calls.map(([event]) => event.error.code);
    expect(codes).toEqual(["token_exchange_failed", "state_mismatch", "state_mismatch", "state_mismatch"]);
    expect(error.mock.calls[0]?.[0].error.error).toBe("invalid_grant");
  });

  it("sends access_denied to the error hook, stores no token, and records the error for the app", async () => {
    const error = vi.fn();
    const app = await start({ dance: { on: { error } } });
    const browser = new Browser();
    expect(await dance(browser, app, "deny")).toBe(`${app.appUrl}/`);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]?.[0]).toMatchObject({
      provider: "corp",
      error: { code: "provider_error", error: "access_denied" },
    });
    expect((await browser.json(`${app.appUrl}/me`)).status).toBe(401);
    expect((await browser.json(`${app.appUrl}/error`)).body).toMatchObject({
      code: "provider_error",
      error: "access_denied",
    });
    expect((await browser.json(`${app.appUrl}/error`)).body).toBeNull();
    expect(app.idp.stats.tokenRequests.authorization_code).toBeUndefined();
  });

  it("does not store the token when the authorized hook returns false", async () => {
    const app = await start({ dance: { on: { authorized: () => false } } });
    const browser = new Browser();
    await dance(browser, app, "alice");
    expect(app.idp.stats.tokenRequests.authorization_code).toBe(1);
    expect((await browser.json(`${app.appUrl}/me`)).status).toBe(401);
  });

  it("answers with the authorized hook's response and stores nothing", async () => {
    const app = await start({
      dance: {
        on: { authorized: ({ token }) => ({ status: 200, body: `welcome ${typeof token.access_token}` }) },
      },
    });
    const browser = new Browser();
    const visit = await browser.visit(`${app.appUrl}/login/corp?as=alice`);
    expect(visit).toMatchObject({ status: 200, body: "welcome string" });
    expect((await browser.json(`${app.appUrl}/me`)).status).toBe(401);
  });

  it.each([
    ["//evil.example/", "/"],
    ["https://evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["%2F%2Fevil.example", "/"],
    ["/dashboard?tab=1", "/dashboard?tab=1"],
  ])("honours next=%s only as a same-site path", async (next, expected) => {
    const app = await start();
    const browser = new Browser();
    const visit = await browser.visit(`${app.appUrl}/login/corp?as=alice&next=${encodeURIComponent(next)}`, {
      stopAt: (u) => u.origin === app.appUrl && !u.pathname.startsWith("/login"),
    });
    expect(visit.chain.at(-1)).toBe(`${app.appUrl}${expected}`);
  });

  it("treats a tampered session cookie as no session", async () => {
    const app = await start();
    const browser = new Browser();
    await dance(browser, app, "alice");
    const [name, value] =
      Object.entries(browser.cookies("127.0.0.1")).find(([n]) => n.startsWith("oauth-dance.token")) ?? [];
    expect(name).toBeDefined();
    browser.setCookie(
      "127.0.0.1",
      name as string,
      `${(value as string).slice(0, 60)}A${(value as string).slice(61)}`,
    );
    const me = await browser.json(`${app.appUrl}/me`);
    expect(me).toEqual({ status: 401, body: { login: "/login/corp?next=%2Fme" } });
  });

  it("logs out from inside a route handler: the cookie change reaches the response", async () => {
    const app = await start();
    const browser = new Browser();
    await dance(browser, app, "alice");
    expect((await browser.json(`${app.appUrl}/me`)).status).toBe(200);
    expect((await browser.json(`${app.appUrl}/logout`)).body).toEqual({ loggedOut: true });
    expect(Object.keys(browser.cookies("127.0.0.1")).filter((n) => n.startsWith("oauth-dance."))).toEqual([]);
    expect((await browser.json(`${app.appUrl}/me`)).status).toBe(401);
  });

  it("reads client credentials through fromConfig from the adapter's config source", async () => {
    const app = await start({
      provider: {
        clientId: undefined,
        clientSecret: undefined,
        fromConfig: { clientId: "CORP_ID", clientSecret: "CORP_SECRET" },
      },
      config: { CORP_ID: "scenario-app", CORP_SECRET: "scenario-secret" },
    });
    const browser = new Browser();
    await dance(browser, app, "bob");
    expect((await browser.json<{ sub: string }>(`${app.appUrl}/me`)).body.sub).toBe("bob");
  });
});
