// Faults without loss: each way a provider can fail ends in the error hook with its own code, leaves nothing half-done, and the next dance works.
import { afterEach, describe, expect, it } from "vitest";
import type { Browser } from "../support/browser.js";
import { causesOf, type FaultApp, startFaultApp } from "./fault-app.js";
import type { Fault } from "./fault-proxy.js";

const HOST = "127.0.0.1";
let running: FaultApp | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(options?: Parameters<typeof startFaultApp>[0]): Promise<FaultApp> {
  running = await startFaultApp(options);
  return running;
}

/** The dance's cookies the browser holds: tokens, dances in flight. */
function danceCookies(browser: Browser): string[] {
  return Object.keys(browser.cookies(HOST)).filter((name) => /^oauth-dance\.(token|dance)\./.test(name));
}

/** Asserts a dance ended at home with nothing stored and nothing left pending, then that the next one works. */
async function expectCleanFailureThenRecovery(app: FaultApp, browser: Browser, code: string): Promise<void> {
  expect(app.errors.map((error) => error.code)).toEqual([code]);
  expect(danceCookies(browser)).toEqual([]);
  expect((await browser.json(`${app.url}/token`)).body).toBeNull();
  expect((await browser.json(`${app.url}/me`)).status).toBe(401);

  app.proxy.heal();
  expect((await browser.visit(`${app.url}/login/corp?as=alice`)).url).toBe(`${app.url}/`);
  expect((await browser.json<{ sub: string }>(`${app.url}/me`)).body.sub).toBe("alice");
  expect(app.errors).toHaveLength(1);
}

describe("faults at the provider (Express, Local ID behind a fault proxy)", () => {
  // The token request is never repeated (a code is single use); the API client retries an idempotent GET twice.
  const cases: [string, string, Fault, string, string | undefined, number][] = [
    ["the token endpoint answers 500", "/token", "status_500", "token_exchange_failed", undefined, 1],
    [
      "the token endpoint refuses the code (400 invalid_grant)",
      "/token",
      "invalid_grant",
      "token_exchange_failed",
      "invalid_grant",
      1,
    ],
    ["the token endpoint answers an HTML page", "/token", "html", "token_exchange_failed", undefined, 1],
    ["the token endpoint answers an empty body", "/token", "empty", "token_exchange_failed", undefined, 1],
    ["the token endpoint drops the connection", "/token", "drop", "token_exchange_failed", undefined, 1],
    [
      "the token endpoint answers more than the size limit",
      "/token",
      "huge",
      "token_exchange_failed",
      undefined,
      1,
    ],
    ["the userinfo endpoint answers 500", "/me", "status_500", "profile_failed", undefined, 3],
    ["the userinfo endpoint drops the connection", "/me", "drop", "profile_failed", undefined, 3],
    ["the userinfo endpoint answers an HTML page", "/me", "html", "profile_failed", undefined, 1],
  ];

  // Each fault twice: through an injected fetch, and through the provider's declared endpoints, which is the path
  // production takes when the app gives no fetch.
  const table = [false, true].flatMap((direct) =>
    cases.map(
      ([label, ...rest]) =>
        [`${label} (${direct ? "no fetch option" : "fetch option"})`, ...rest, direct] as const,
    ),
  );

  it.each(table)(
    "when %s (%s, %s): %s, nothing stored, and the next dance works",
    async (_label, path, fault, code, providerError, calls, direct) => {
      const app = await start({ loadProfile: true, direct });
      const browser = app.browser();
      app.proxy.fail(path, fault);
      const visit = await browser.visit(`${app.url}/login/corp?as=alice`);
      expect(visit).toMatchObject({ status: 200, url: `${app.url}/` });
      expect(app.errors[0]?.error).toBe(providerError);
      expect(app.proxy.hits.get(path)).toBe(calls);
      await expectCleanFailureThenRecovery(app, browser, code);
    },
  );

  it.each([false, true])(
    "abandons a token endpoint that hangs, after the timeout, and the next dance works (no fetch option: %s)",
    async (direct) => {
      // The hung endpoint never answers, so only the deadline ends the call; the deadline is long enough that the
      // calls that do answer (discovery, the recovery dance) meet it on a loaded machine.
      const app = await start({ timeout: 3000, direct });
      const browser = app.browser();
      app.proxy.fail("/token", "hang");
      const started = performance.now();
      const visit = await browser.visit(`${app.url}/login/corp?as=alice`);
      expect(visit.url).toBe(`${app.url}/`);
      expect(performance.now() - started).toBeGreaterThanOrEqual(2900);
      expect(causesOf(app.errors[0]).some((cause) => (cause as Error).name === "TimeoutError")).toBe(true);
      await expectCleanFailureThenRecovery(app, browser, "token_exchange_failed");
    },
  );

  it.each([false, true])(
    "stops reading a token answer at the size limit rather than buffering it (no fetch option: %s)",
    async (direct) => {
      const app = await start({ direct });
      const browser = app.browser();
      app.proxy.fail("/token", "huge");
      await browser.visit(`${app.url}/login/corp?as=alice`);
      expect(causesOf(app.errors[0]).some((cause) => (cause as Error).name === "ResponseTooLargeError")).toBe(
        true,
      );
    },
  );

  it("stops reading an API answer above maxApiResponseBytes, and smaller answers still arrive", async () => {
    const app = await start({ dance: { maxApiResponseBytes: 400 } });
    const browser = app.browser();
    await browser.visit(`${app.url}/login/corp?as=alice`);
    expect((await browser.json<{ sub: string }>(`${app.url}/me`)).body.sub).toBe("alice");
    expect(await browser.json(`${app.url}/echo`)).toEqual({
      status: 502,
      body: { name: "ResponseTooLargeError" },
    });
  });

  it("retries discovery with backoff while the provider answers 503, and the login goes through", async () => {
    // Retries stop when the timeout would be exceeded: a generous one keeps a slow machine from cutting them short.
    const app = await start({ timeout: 5000 });
    app.proxy.fail("/.well-known/", { unavailableTimes: 2 });
    const browser = app.browser();
    expect((await browser.visit(`${app.url}/login/corp?as=alice`)).url).toBe(`${app.url}/`);
    expect(app.proxy.hits.get("/.well-known/openid-configuration")).toBe(3);
    expect(app.errors).toEqual([]);
    expect((await browser.json<{ sub: string }>(`${app.url}/me`)).body.sub).toBe("alice");
  });

  it("reports discovery_failed while the provider is down, without remembering the failure once it is back", async () => {
    const app = await start({ timeout: 5000 });
    app.proxy.fail("/.well-known/", "status_500");
    const browser = app.browser();
    const visit = await browser.visit(`${app.url}/login/corp?as=alice`, { follow: false });
    expect(visit.status).toBe(302);
    expect(visit.headers.get("location")).toBe("/");
    expect(app.errors.map((error) => error.code)).toEqual(["discovery_failed"]);
    expect(app.proxy.hits.get("/.well-known/openid-configuration")).toBe(3);
    await expectCleanFailureThenRecovery(app, browser, "discovery_failed");
  });

  it("does not retry a discovery the provider refuses outright (400)", async () => {
    const app = await start();
    app.proxy.fail("/.well-known/", "invalid_grant");
    await app.browser().visit(`${app.url}/login/corp`, { follow: false });
    expect(app.errors.map((error) => error.code)).toEqual(["discovery_failed"]);
    expect(app.proxy.hits.get("/.well-known/openid-configuration")).toBe(1);
  });
});
