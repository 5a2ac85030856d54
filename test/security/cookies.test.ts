// Attacks on the dance's cookies: tampering, replay after use, replay in another browser, secret rotation, oversized tokens.
import { Sealer } from "@oauth-dance/core";
import { afterEach, describe, expect, it } from "vitest";
import type { Browser } from "../support/browser.js";
import { FAULT_SECRET, type FaultApp, startFaultApp } from "./fault-app.js";

const HOST = "127.0.0.1";
const NEW_SECRET = "the-next-secret-that-is-at-least-32-characters";
const TOKEN = "oauth-dance.token.corp";

let running: FaultApp | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(options?: Parameters<typeof startFaultApp>[0]): Promise<FaultApp> {
  running = await startFaultApp(options);
  return running;
}

/** Goes to the provider and back up to, not into, the callback; returns its URL and the dance cookie set for it. */
async function toCallback(app: FaultApp, browser: Browser, user = "alice") {
  const visit = await browser.visit(`${app.url}/login/corp?as=${user}`, {
    stopAt: (url) => url.pathname.endsWith("/authorized"),
  });
  const [name, value] =
    Object.entries(browser.cookies(HOST)).find(([cookie]) => cookie.startsWith("oauth-dance.dance.")) ?? [];
  return { callback: visit.chain.at(-1) as string, name: name as string, value: value as string };
}

function flipAt(value: string, index: number): string {
  const i = index % value.length;
  return value.slice(0, i) + (value[i] === "A" ? "B" : "A") + value.slice(i + 1);
}

describe("cookie attacks (Express, Local ID)", () => {
  it("reads a truncated, bit-flipped, oversized or foreign token cookie as no token: 401, never a 5xx", async () => {
    const app = await start();
    const browser = app.browser();
    await browser.visit(`${app.url}/login/corp?as=alice`);
    const sealed = browser.cookies(HOST)[TOKEN] as string;
    const foreign = await new Sealer(["somebody-else's-secret-of-32-characters"]).seal(
      { access_token: "x" },
      60,
    );
    const variants = [
      sealed.slice(0, sealed.length - 10),
      sealed.slice(0, 30),
      ...[12, 80, 200, sealed.length - 50, sealed.length - 3].map((i) => flipAt(sealed, i)),
      sealed.replace("Fe26.2", "Fe26.1"),
      `${sealed}${"A".repeat(8000)}`.replace("~2", ""),
      foreign,
      "",
      "%00%ff",
    ];
    for (const variant of variants) {
      browser.setCookie(HOST, TOKEN, variant);
      const me = await browser.json(`${app.url}/me`);
      expect(me.status, variant.slice(0, 40)).toBe(401);
      expect((await browser.json(`${app.url}/token`)).body).toBeNull();
    }
    browser.setCookie(HOST, TOKEN, sealed);
    expect((await browser.json<{ sub: string }>(`${app.url}/me`)).body.sub).toBe("alice");
  });

  it("refuses a dance whose transient cookie was tampered with, before any code is exchanged", async () => {
    const app = await start();
    for (const tamper of [
      (v: string) => flipAt(v, 100),
      (v: string) => v.slice(0, -20),
      () => "Fe26.2**garbage",
    ]) {
      const browser = app.browser();
      const { callback, name, value } = await toCallback(app, browser);
      browser.setCookie(HOST, name, tamper(value));
      expect((await browser.visit(callback)).url).toBe(`${app.url}/`);
      expect((await browser.json(`${app.url}/me`)).status).toBe(401);
    }
    expect(app.errors.map((error) => error.code)).toEqual([
      "state_mismatch",
      "state_mismatch",
      "state_mismatch",
    ]);
    expect(app.idp.stats.tokenRequests.authorization_code).toBeUndefined();
  });

  it("refuses an old transient cookie replayed after its dance finished: the code is spent, the first token stays", async () => {
    const app = await start();
    const browser = app.browser();
    const { callback, name, value } = await toCallback(app, browser);
    await browser.visit(callback);
    expect(browser.cookies(HOST)[name]).toBeUndefined();
    const first = (await browser.json<{ access_token: string }>(`${app.url}/token`)).body.access_token;

    browser.setCookie(HOST, name, value);
    expect((await browser.visit(callback)).url).toBe(`${app.url}/`);
    expect(app.errors.map((error) => [error.code, error.error])).toEqual([
      ["token_exchange_failed", "invalid_grant"],
    ]);
    expect((await browser.json<{ access_token: string }>(`${app.url}/token`)).body.access_token).toBe(first);
    expect(browser.cookies(HOST)[name]).toBeUndefined();
  });

  it("refuses a callback URL replayed in another browser, with or without the victim's code unspent", async () => {
    const app = await start();
    const victim = app.browser();
    const { callback } = await toCallback(app, victim);
    const attacker = app.browser();
    // Before the victim uses it, and after.
    expect((await attacker.visit(callback)).url).toBe(`${app.url}/`);
    expect((await victim.visit(callback)).url).toBe(`${app.url}/`);
    expect((await attacker.visit(callback)).url).toBe(`${app.url}/`);
    expect((await attacker.json(`${app.url}/me`)).status).toBe(401);
    expect((await victim.json<{ sub: string }>(`${app.url}/me`)).body.sub).toBe("alice");
    expect(app.errors.map((error) => error.code)).toEqual(["state_mismatch", "state_mismatch"]);
    expect(app.idp.stats.tokenRequests.authorization_code).toBe(1);
  });

  it("rotates secrets: [new, old] keeps old cookies and dances in flight working and seals with the new; dropping old logs those out", async () => {
    const app = await start();
    const alice = app.browser();
    await alice.visit(`${app.url}/login/corp?as=alice`);
    const sealedWithOld = alice.cookies(HOST)[TOKEN] as string;
    const bob = app.browser();
    const inFlight = await toCallback(app, bob, "bob");

    app.useSecret([NEW_SECRET, FAULT_SECRET]);
    expect((await alice.json<{ sub: string }>(`${app.url}/me`)).body.sub).toBe("alice");
    expect((await bob.visit(inFlight.callback)).url).toBe(`${app.url}/`);
    expect((await bob.json<{ sub: string }>(`${app.url}/me`)).body.sub).toBe("bob");
    const sealedWithNew = bob.cookies(HOST)[TOKEN] as string;
    // Every session seal carries the key it was made for, beside the value.
    expect(await new Sealer([NEW_SECRET]).unseal(sealedWithNew, 60)).toMatchObject({
      key: "token.corp",
      value: { access_token: expect.any(String) },
    });
    expect(await new Sealer([FAULT_SECRET]).unseal(sealedWithNew, 60)).toBeUndefined();

    app.useSecret(NEW_SECRET);
    expect((await alice.json(`${app.url}/me`)).status).toBe(401);
    expect(alice.cookies(HOST)[TOKEN]).toBe(sealedWithOld);
    expect((await bob.json<{ sub: string }>(`${app.url}/me`)).body.sub).toBe("bob");
    expect(app.errors).toEqual([]);
  });

  it("splits a large token over cookies of under 4 KB each and reads it back", async () => {
    const app = await start();
    app.proxy.fail("/token", { padTokenWith: 2500 });
    const browser = app.browser();
    const login = await browser.visit(`${app.url}/login/corp?as=alice`, {
      stopAt: (url) => url.pathname.endsWith("/authorized"),
    });
    const callback = await browser.visit(login.chain.at(-1) as string, { follow: false });
    const tokenLines = callback.headers.getSetCookie().filter((line) => line.startsWith(`${TOKEN}.`));
    expect(tokenLines.length).toBeGreaterThanOrEqual(2);
    for (const line of callback.headers.getSetCookie()) expect(line.length).toBeLessThan(4096);
    expect((await browser.json<{ padding: string }>(`${app.url}/token`)).body.padding).toHaveLength(2500);
    expect((await browser.json<{ sub: string }>(`${app.url}/me`)).body.sub).toBe("alice");
  });

  it("refuses a token too large for cookies with storage_failed pointing to KnexStorage, and sends none of it", async () => {
    const app = await start();
    app.proxy.fail("/token", { padTokenWith: 8000 });
    const browser = app.browser();
    const login = await browser.visit(`${app.url}/login/corp?as=alice`, {
      stopAt: (url) => url.pathname.endsWith("/authorized"),
    });
    const callback = await browser.visit(login.chain.at(-1) as string, { follow: false });
    expect(callback.status).toBe(302);
    expect(callback.headers.get("location")).toBe("/");
    const lines = callback.headers.getSetCookie();
    expect(lines.filter((line) => line.startsWith(TOKEN))).toEqual([]);
    expect(lines.reduce((sum, line) => sum + line.length, 0)).toBeLessThan(2048);
    expect(app.errors.map((error) => error.code)).toEqual(["storage_failed"]);
    expect(app.errors[0]?.message).toMatch(/KnexStorage/);
    expect((await browser.json(`${app.url}/me`)).status).toBe(401);
  });

  it("forgets older dances when a browser starts too many, so abandoned logins cannot swell its Cookie header", async () => {
    const app = await start();
    const browser = app.browser();
    const pending = () =>
      Object.keys(browser.cookies(HOST)).filter((name) => name.startsWith("oauth-dance.dance."));
    for (let i = 0; i < 12; i++) await browser.visit(`${app.url}/login/corp`, { follow: false });
    expect(pending().length).toBeLessThanOrEqual(5);
    expect((await browser.visit(`${app.url}/login/corp?as=alice`)).url).toBe(`${app.url}/`);
    expect((await browser.json<{ sub: string }>(`${app.url}/me`)).body.sub).toBe("alice");
  });
});
