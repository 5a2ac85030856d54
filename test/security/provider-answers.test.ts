// What a provider (or someone posing as one) can make the app do with its answers: error text, refusals, refreshes.
import { MemoryStorage } from "@oauth-dance/core";
import { afterEach, describe, expect, it } from "vitest";
import { type FaultApp, startFaultApp } from "./fault-app.js";
import type { Fault } from "./fault-proxy.js";

let running: FaultApp | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** Set-Cookie bytes a response may carry for the browser's later requests to stay well under header limits. */
const COOKIE_HEADER_BUDGET = 4096;

function cookieBytes(lines: readonly string[]): number {
  return lines.reduce((total, line) => total + line.length, 0);
}

describe("provider text is clipped wherever it lands", () => {
  it.each([30_000, 100_000])(
    "keeps a %i-character error_description from the token endpoint out of the cookies, and never answers 5xx",
    async (length) => {
      running = await startFaultApp();
      const app = running;
      const answer = JSON.stringify({ error: "invalid_grant", error_description: "d".repeat(length) });
      app.proxy.fail("/token", {
        answer: { status: 400, headers: { "content-type": "application/json" }, body: answer },
      });
      const browser = app.browser();
      const login = await browser.visit(`${app.url}/login/corp?as=alice`, {
        stopAt: (url) => url.pathname.endsWith("/authorized"),
      });
      const callback = await browser.visit(login.chain.at(-1) as string, { follow: false });
      expect(callback.status).toBe(302);
      expect(cookieBytes(callback.headers.getSetCookie())).toBeLessThan(COOKIE_HEADER_BUDGET);
      expect(app.errors[0]?.errorDescription?.length).toBeLessThanOrEqual(500);
      expect(app.errors[0]?.message.length).toBeLessThanOrEqual(700);
      const recorded = await browser.json<{ code: string; error?: string }>(`${app.url}/error`);
      expect(recorded).toMatchObject({
        status: 200,
        body: { code: "token_exchange_failed", error: "invalid_grant" },
      });
      // The next page of that browser is served, not refused for the size of its cookies.
      expect((await browser.json(`${app.url}/`)).status).toBe(200);
    },
  );

  it("records an unsolicited error callback as state_mismatch, without the sender's description or link", async () => {
    running = await startFaultApp();
    const app = running;
    const browser = app.browser();
    const forged = new URL(`${app.url}/login/corp/authorized`);
    forged.searchParams.set("error", "access_denied");
    forged.searchParams.set("error_description", "Your account is locked: call +1 555 0100 now");
    forged.searchParams.set("error_uri", "https://evil.example/support");
    expect((await browser.visit(forged.href)).url).toBe(`${app.url}/`);
    expect(app.errors.map((error) => error.code)).toEqual(["state_mismatch"]);
    const { body } = await browser.json<Record<string, unknown>>(`${app.url}/error`);
    expect(body).toMatchObject({ code: "state_mismatch" });
    expect(JSON.stringify(body)).not.toMatch(/locked|evil\.example|access_denied/);
  });

  it("keeps a refusal's error_uri only when it is an https page of the provider", async () => {
    running = await startFaultApp();
    const app = running;
    const browser = app.browser();
    const login = await browser.visit(`${app.url}/login/corp?as=alice`, {
      stopAt: (url) => url.pathname.endsWith("/authorized"),
    });
    const callback = new URL(login.chain.at(-1) as string);
    const state = callback.searchParams.get("state") as string;
    const refused = new URL(callback.pathname, callback);
    refused.search = new URLSearchParams({
      state,
      error: "access_denied",
      error_uri: "https://evil.example/why",
    }).toString();
    await browser.visit(refused.href);
    expect(app.errors[0]).toMatchObject({
      code: "provider_error",
      error: "access_denied",
      errorUri: undefined,
    });
  });
});

describe("a provider's token answer cannot pass for anything else", () => {
  it("does not take a token shaped like a pending dance, planted as one, with its next", async () => {
    running = await startFaultApp();
    const app = running;
    const key = "attacker-chosen-state-value-0123456789";
    const shaped = {
      provider: "corp",
      key,
      callbackUrl: `${app.url}/login/corp/authorized`,
      next: "//evil.example",
      secrets: {},
    };
    app.proxy.fail("/token", { addToAnswer: shaped });
    const browser = app.browser();
    await browser.visit(`${app.url}/login/corp?as=alice`);
    const token = browser.cookies("127.0.0.1")["oauth-dance.token.corp"] as string;
    expect(token).toMatch(/^Fe26\.2\*/);
    browser.setCookie("127.0.0.1", `oauth-dance.dance.${danceCookieKey(key)}`, token);
    const callback = await browser.visit(`${app.url}/login/corp/authorized?state=${key}&code=x`, {
      follow: false,
    });
    expect(callback.headers.get("location")).toBe("/");
    expect(app.errors.map((error) => error.code)).toEqual(["state_mismatch"]);
  });
});

/** The name part of a pending dance's cookie for a state, as the session names it (FNV-1a, base 36). */
function danceCookieKey(state: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < state.length; i++) hash = Math.imul(hash ^ state.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

describe("a refresh refusal deletes the token only when it says the refresh token is dead", () => {
  const json = (status: number, body: object, headers: Record<string, string> = {}): Fault => ({
    answer: {
      status,
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    },
  });
  const cases: [name: string, fault: Fault, deleted: boolean][] = [
    ["invalid_grant", json(400, { error: "invalid_grant" }), true],
    ["an empty 400", { answer: { status: 400 } }, true],
    [
      "invalid_client (401 with a challenge)",
      json(401, { error: "invalid_client" }, { "www-authenticate": 'Basic realm="token"' }),
      false,
    ],
    ["invalid_client (400)", json(400, { error: "invalid_client" }), false],
    ["slow_down", json(400, { error: "slow_down" }), false],
    ["temporarily_unavailable", json(503, { error: "temporarily_unavailable" }), false],
    ["429 Too Many Requests", { answer: { status: 429, headers: { "retry-after": "0" } } }, false],
    ["500", "status_500", false],
    ["a dropped connection", "drop", false],
  ];

  it.each(cases.map(([name, fault, deleted]) => ({ name, fault, deleted })))(
    "on $name (token deleted: $deleted)",
    async ({ fault, deleted }) => {
      let ahead = 0;
      const storage = new MemoryStorage();
      running = await startFaultApp({
        storage,
        refreshTokens: true,
        dance: { now: () => Date.now() + ahead },
      });
      const app = running;
      const browser = app.browser();
      await browser.visit(`${app.url}/login/corp?as=alice`);
      expect((await browser.json(`${app.url}/status`)).body).toEqual({
        authorized: true,
        status: "authorized",
      });
      app.proxy.fail("/token", fault);
      ahead = 2 * 60 * 60 * 1000;
      expect(await browser.json(`${app.url}/me`)).toMatchObject({
        status: 409,
        body: { code: "refresh_failed" },
      });
      expect(app.errors.map((error) => error.code)).toEqual(["refresh_failed"]);
      const token = await storage.get({ provider: "corp", config: {} });
      if (deleted) {
        expect(token).toBeUndefined();
        expect((await browser.json(`${app.url}/status`)).body).toEqual({
          authorized: false,
          status: "anonymous",
        });
      } else {
        expect(token?.refresh_token).toEqual(expect.any(String));
        // Once the provider is back, the same refresh token works.
        app.proxy.heal();
        expect(await browser.json(`${app.url}/me`)).toMatchObject({ status: 200, body: { sub: "alice" } });
      }
    },
  );
});
