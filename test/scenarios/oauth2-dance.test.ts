// The OAuth 2 / OpenID Connect dance against a real authorization server, run unchanged on every adapter's driver.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Browser } from "../support/browser.js";
import { drivers } from "../support/drivers/index.js";
import { PUBLIC_ORIGIN, reverseProxy } from "../support/proxy.js";
import type { Scenario, ScenarioOptions } from "../support/scenario.js";

const running: Scenario[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((scenario) => scenario.close()));
});

/** Dances as `user` and returns where the browser ended up. */
async function dance(browser: Browser, app: Scenario, user: string, next = ""): Promise<string> {
  const visit = await browser.visit(`${app.appUrl}/login/corp?as=${user}${next}`);
  expect(visit.status).toBeLessThan(500);
  return visit.url;
}

const table = drivers.map((driver) => [driver.name, driver] as const);

describe.each(table)("the OAuth 2 / OpenID Connect dance (%s, Local ID)", (_name, driver) => {
  async function start(options?: ScenarioOptions): Promise<Scenario> {
    const scenario = await driver.start(options);
    running.push(scenario);
    return scenario;
  }

  it("redirects to the provider with client_id, redirect_uri, response_type, scope, state, S256 challenge and nonce", async () => {
    const app = await start();
    const visit = await app.browser().visit(`${app.appUrl}/login/corp`, { follow: false });
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
    const browser = app.browser();
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
        const browser = app.browser();
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
    const browser = app.browser();
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
    const browser = app.browser();
    const toCallback = await browser.visit(`${app.appUrl}/login/corp?as=alice`, {
      stopAt: (u) => u.pathname.endsWith("/authorized"),
    });
    const callback = toCallback.chain.at(-1) as string;
    const danceCookies = browser.cookies("127.0.0.1");
    expect((await browser.visit(callback, { follow: false })).status).toBe(302);
    expect((await browser.json(`${app.appUrl}/me`)).status).toBe(200);

    // An attacker replays the captured callback with the captured dance cookie, in a fresh browser.
    const attacker = app.browser();
    for (const [name, value] of Object.entries(danceCookies)) {
      if (name.startsWith("oauth-dance.")) attacker.setCookie("127.0.0.1", name, value);
    }
    expect((await attacker.visit(callback, { follow: false })).status).toBe(302);
    expect((await attacker.json(`${app.appUrl}/me`)).status).toBe(401);

    const state = new URL(callback).searchParams.get("state") as string;
    const tampered = callback.replace(state, `${state.slice(0, -2)}xx`);
    const stateless = callback.replace(/([?&])state=[^&]*/, "$1");
    for (const url of [callback, tampered, stateless]) {
      const visit = await app.browser().visit(url, { follow: false });
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
    const browser = app.browser();
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
    const browser = app.browser();
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
    const browser = app.browser();
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
    const browser = app.browser();
    const visit = await browser.visit(`${app.appUrl}/login/corp?as=alice&next=${encodeURIComponent(next)}`, {
      stopAt: (u) => u.origin === app.appUrl && !u.pathname.startsWith("/login"),
    });
    expect(visit.chain.at(-1)).toBe(`${app.appUrl}${expected}`);
  });

  it("treats a tampered session cookie as no session", async () => {
    const app = await start();
    const browser = app.browser();
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
    const browser = app.browser();
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
    const browser = app.browser();
    await dance(browser, app, "bob");
    expect((await browser.json<{ sub: string }>(`${app.appUrl}/me`)).body.sub).toBe("bob");
  });

  it("sends the session cookie a route handler changed (logout) with that handler's own response", async () => {
    const app = await start();
    const browser = app.browser();
    await dance(browser, app, "alice");
    const held = Object.keys(browser.cookies("127.0.0.1")).filter((n) => n.startsWith("oauth-dance.token."));
    expect(held).not.toEqual([]);
    const logout = await browser.visit(`${app.appUrl}/logout`, { follow: false });
    expect(logout).toMatchObject({ status: 200, body: JSON.stringify({ loggedOut: true }) });
    const expired = logout.headers
      .getSetCookie()
      .filter((line) => /; Max-Age=0;/.test(line))
      .map((line) => line.slice(0, line.indexOf("=")));
    expect(expired.sort()).toEqual(held.sort());
  });

  it("leaves the app's own routes as the app answers them, with no Set-Cookie, even for a signed-in browser", async () => {
    const app = await start();
    const browser = app.browser();
    await dance(browser, app, "alice");
    const plain = await browser.visit(`${app.appUrl}/plain?x=1&next=%2Fa`, { follow: false });
    expect(plain).toMatchObject({ status: 200, body: JSON.stringify({ url: "/plain?x=1&next=%2Fa" }) });
    expect(plain.headers.get("x-app")).toBe("plain");
    expect(plain.headers.getSetCookie()).toEqual([]);

    // Under the dance's prefix, but not a dance route: the app's own route, or the app's 404.
    const help = await browser.visit(`${app.appUrl}/login/help`, { follow: false });
    expect(help).toMatchObject({ status: 200, body: JSON.stringify("how to log in") });
    expect(help.headers.getSetCookie()).toEqual([]);
    for (const path of ["/login/unknown", "/login/corp/elsewhere", "/nowhere"]) {
      const visit = await browser.visit(`${app.appUrl}${path}`, { follow: false });
      expect({ path, status: visit.status, cookies: visit.headers.getSetCookie() }).toEqual({
        path,
        status: 404,
        cookies: [],
      });
    }
    const post = await app.fetch(new URL(`${app.appUrl}/login/corp`), {
      method: "POST",
      redirect: "manual",
    });
    expect(post.status).toBe(404);
    expect(post.headers.getSetCookie()).toEqual([]);
  });

  it("dances under a custom prefix (/auth/:provider), and /login is then the app's own", async () => {
    const app = await start({ dance: { prefix: "/auth" } });
    const browser = app.browser();
    expect((await browser.json(`${app.appUrl}/me`)).body).toEqual({ login: "/auth/corp?next=%2Fme" });
    const visit = await browser.visit(`${app.appUrl}/auth/corp?as=alice`);
    expect(visit.url).toBe(`${app.appUrl}/`);
    expect(visit.chain.some((url) => url.startsWith(`${app.appUrl}/auth/corp/authorized?`))).toBe(true);
    expect((await browser.json<{ sub: string }>(`${app.appUrl}/me`)).body.sub).toBe("alice");
    expect((await browser.visit(`${app.appUrl}/login/corp`, { follow: false })).status).toBe(404);
  });

  it("ignores X-Forwarded-* from a proxy it was not told to trust", async () => {
    const app = await start();
    const browser = app.browser({ [PUBLIC_ORIGIN]: reverseProxy(app.appUrl, app.fetch) });
    const visit = await browser.visit(`${PUBLIC_ORIGIN}/login/corp`, { follow: false });
    const location = new URL(visit.headers.get("location") as string);
    expect(location.searchParams.get("redirect_uri")).toBe(`${app.appUrl}/login/corp/authorized`);
    expect(visit.headers.get("set-cookie")).not.toMatch(/Secure/);
  });

  it("dances on the public https URL behind a trusted proxy", async () => {
    const app = await start({ trustProxy: true });
    const browser = app.browser({ [PUBLIC_ORIGIN]: reverseProxy(app.appUrl, app.fetch) });
    const login = await browser.visit(`${PUBLIC_ORIGIN}/login/corp?as=alice`, { follow: false });
    const location = new URL(login.headers.get("location") as string);
    expect(location.searchParams.get("redirect_uri")).toBe(`${PUBLIC_ORIGIN}/login/corp/authorized`);
    expect(login.headers.get("set-cookie")).toMatch(/; Secure; SameSite=Lax$/);
    expect((await browser.visit(`${PUBLIC_ORIGIN}/login/corp?as=alice`)).url).toBe(`${PUBLIC_ORIGIN}/`);
    expect((await browser.json<{ sub: string }>(`${PUBLIC_ORIGIN}/me`)).body.sub).toBe("alice");
  });
});
