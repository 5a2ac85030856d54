// The demo apps in headless Chromium: the whole dance as a person does it, on Express, Hono, Koa and Fastify alike.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Demo, DemoOptions } from "@oauth-dance/demo-kit";
import { startDemo as startExpressDemo } from "@oauth-dance/example-express";
import { startDemo as startFastifyDemo } from "@oauth-dance/example-fastify";
import { startDemo as startHonoDemo } from "@oauth-dance/example-hono";
import { startDemo as startKoaDemo } from "@oauth-dance/example-koa";
import createKnex, { type Knex } from "knex";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium.js";

const SCREENSHOTS = fileURLToPath(new URL("../../test-output/", import.meta.url));

const examples: [string, (options: DemoOptions) => Promise<Demo>][] = [
  ["Express", startExpressDemo],
  ["Hono", startHonoDemo],
  ["Koa", startKoaDemo],
  ["Fastify", startFastifyDemo],
];

/** A stack frame as Node prints it: "at handler (/path/file.ts:12:5)". */
const STACK_FRAME = /\bat .*\(?[\w/.-]+\.[cm]?[jt]s:\d+:\d+\)?/;

let chromiumBrowser: Browser;

beforeAll(async () => {
  chromiumBrowser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await chromiumBrowser?.close();
});

/**
 * A pass-through proxy in front of a demo that remembers every path the browser asked for: Chromium fetches icons
 * from its browser process, where Playwright's request events do not see them. `/control` is answered by the proxy
 * itself, with a page that declares no icon, so a test can see that Chromium does ask for /favicon.ico here.
 */
async function recordingProxy(
  target: string,
): Promise<{ url: string; paths: string[]; close(): Promise<void> }> {
  const paths: string[] = [];
  const server = createServer((req, res) => {
    paths.push(req.url ?? "");
    if (req.url === "/control") {
      res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>control</title>");
      return;
    }
    const upstream = request(
      new URL(req.url ?? "/", target),
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    paths,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** From the demo's "Log in with Local ID" button through Local ID's sign-in form to its consent screen. */
async function signInAtLocalId(page: Page, user: string): Promise<void> {
  await page.click("#login-local");
  await page.waitForSelector("form[action$='/login'] #username");
  expect(await page.title()).toBe("Sign in · Local ID");
  await page.fill("#username", user);
  await page.fill("#password", user);
  await Promise.all([page.waitForSelector("#allow"), page.click("#login")]);
  expect(await page.textContent("main")).toContain("oauth-dance-demo");
}

describe.each(examples)(
  "the %s demo in headless Chromium",
  (framework, startDemo) => {
    let demo: Demo;
    let appUrl: string;
    let dataDir: string;
    let knex: Knex;
    let context: BrowserContext;
    let page: Page;
    /** Every callback URL the browser was sent to, in order. */
    let callbacks: string[];

    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), "oauth-dance-demo-"));
      demo = await startDemo({ port: 0, env: {}, dataDir });
      // Without a public URL the demo answers on localhost and 127.0.0.1 alike; Local ID is on 127.0.0.1 too.
      appUrl = demo.url.replace("//localhost:", "//127.0.0.1:");
      knex = createKnex({
        client: "better-sqlite3",
        connection: { filename: join(dataDir, "demo.sqlite") },
        useNullAsDefault: true,
      });
    });

    afterAll(async () => {
      await knex?.destroy();
      await demo?.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    beforeEach(async () => {
      context = await chromiumBrowser.newContext();
      page = await context.newPage();
      callbacks = [];
      page.on("request", (request) => {
        if (request.url().includes("/login/local/authorized")) callbacks.push(request.url());
      });
    });
    afterEach(async () => {
      await context?.close();
    });

    const storedTokens = () => knex("oauth_tokens").select("provider", "user_id");

    it("logs in through Local ID's forms, shows the profile, calls the API, refreshes the token and logs out", async () => {
      await page.goto(appUrl);
      expect(await page.title()).toBe(`oauth-dance demo · ${framework}`);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `demo-${framework.toLowerCase()}-first-page.png`) });
      await signInAtLocalId(page, "alice");
      await Promise.all([page.waitForURL(`${appUrl}/`), page.click("#allow")]);

      expect(await page.textContent("#user-local")).toBe("Alice Example");
      expect(await page.textContent("#profile-local")).toContain("alice@example.com");
      expect(await page.textContent("#scopes-local")).toBe("openid profile email offline_access");
      expect(await page.textContent("#expiry-local")).toMatch(/^expires in 1 min 5\d s|^expires in 2 min/);
      expect(await page.locator("#refreshed-local").count()).toBe(0);

      // The token is in SQLite, in the row of this browser's visitor id, and in none of its cookies.
      const cookies = await context.cookies(appUrl);
      const visitor = cookies.find((cookie) => cookie.name === "demo-visitor");
      expect(await storedTokens()).toEqual([{ provider: "local", user_id: visitor?.value }]);
      expect(cookies.filter((cookie) => cookie.name.includes("token"))).toEqual([]);

      await Promise.all([page.waitForURL(`${appUrl}/call/local`), page.click("#call-local")]);
      const apiResult = await page.textContent("#api-result-local");
      expect(apiResult).toContain("/api/me → 200");
      expect(apiResult).toContain('"sub": "alice"');

      // An expired token is refreshed by the next call through handle.api, here the page's profile request.
      await Promise.all([page.waitForURL(`${appUrl}/`), page.click("#expire-local")]);
      expect(await page.textContent("#refreshed-local")).toMatch(/^at \d\d:\d\d:\d\d$/);
      expect(await page.textContent("#user-local")).toBe("Alice Example");
      await Promise.all([page.waitForURL(`${appUrl}/call/local`), page.click("#call-local")]);
      expect(await page.textContent("#api-result-local")).toContain("/api/me → 200");
      await page.screenshot({
        path: join(SCREENSHOTS, `demo-${framework.toLowerCase()}-logged-in.png`),
        fullPage: true,
      });

      await Promise.all([page.waitForURL(`${appUrl}/?loggedOut=local`), page.click("#logout-local")]);
      expect(await page.textContent("#notice")).toContain("You are logged out of Local ID");
      expect(await page.isVisible("#login-local")).toBe(true);
      expect(await page.locator("#user-local").count()).toBe(0);
      expect(await storedTokens()).toEqual([]);

      // The login's callback once more, as a stale tab or the back button sends it: refused, politely.
      expect(callbacks).toHaveLength(1);
      await page.goto(callbacks[0] as string);
      expect(page.url()).toBe(`${appUrl}/`);
      expect(await page.textContent("#error-local")).toContain("That login was started in another tab");
      expect(await page.locator("#user-local").count()).toBe(0);
      expect(await storedTokens()).toEqual([]);
      expect(await page.content()).not.toMatch(STACK_FRAME);
    });

    it("shows a friendly message, not a stack trace, when the user denies consent", async () => {
      await page.goto(appUrl);
      await signInAtLocalId(page, "bob");
      await Promise.all([page.waitForURL(`${appUrl}/`), page.click("#deny")]);

      expect(await page.textContent("#error-local")).toBe(
        "You chose not to let this app use your Local ID account, so you are not logged in. Nothing was stored.",
      );
      expect(await page.isVisible("#login-local")).toBe(true);
      expect(await page.content()).not.toMatch(STACK_FRAME);
      expect(await storedTokens()).toEqual([]);
    });

    it("shows only the deny message, not the old logout notice, when the next login is denied", async () => {
      await page.goto(appUrl);
      await signInAtLocalId(page, "alice");
      await Promise.all([page.waitForURL(`${appUrl}/`), page.click("#allow")]);
      await Promise.all([page.waitForURL(`${appUrl}/?loggedOut=local`), page.click("#logout-local")]);
      expect(await page.textContent("#notice")).toContain("You are logged out of Local ID");

      // Local ID may still know alice, and skip its sign-in form; its consent screen comes either way.
      await page.click("#login-local");
      await page.waitForSelector("#deny, #username");
      if (await page.isVisible("#username")) {
        await page.fill("#username", "alice");
        await page.fill("#password", "alice");
        await Promise.all([page.waitForSelector("#deny"), page.click("#login")]);
      }
      await Promise.all([page.waitForURL((url) => url.pathname === "/"), page.click("#deny")]);

      // Back on the page itself, not on the logout's `/?loggedOut=local`, where the login started.
      expect(page.url()).toBe(`${appUrl}/`);

      expect(await page.textContent("#error-local")).toBe(
        "You chose not to let this app use your Local ID account, so you are not logged in. Nothing was stored.",
      );
      expect(await page.locator("#notice").count()).toBe(0);
      expect(await page.content()).not.toContain("logged out");
    });

    it("gives the page an icon, so the browser never asks for the /favicon.ico the demo does not serve", async () => {
      const proxy = await recordingProxy(appUrl);
      try {
        await page.goto(`${proxy.url}/`, { waitUntil: "load" });
        expect(await page.title()).toBe(`oauth-dance demo · ${framework}`);
        // Chromium asks for an icon shortly after the load; give it the time it takes on the control page below.
        await page.waitForTimeout(1500);
        const afterDemoPage = [...proxy.paths];

        await page.goto(`${proxy.url}/control`, { waitUntil: "load" });
        await expect.poll(() => proxy.paths.includes("/favicon.ico"), { timeout: 5000 }).toBe(true);

        expect(afterDemoPage).toContain("/");
        expect(afterDemoPage).not.toContain("/favicon.ico");
      } finally {
        await proxy.close();
      }
    });
  },
  45_000,
);

describe("the demo after a restart", () => {
  it("finds the stored token again, and asks for a new login because Local ID forgot it", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "oauth-dance-demo-"));
    const context = await chromiumBrowser.newContext();
    let demo = await startExpressDemo({ port: 0, env: {}, dataDir });
    try {
      const appUrl = demo.url.replace("//localhost:", "//127.0.0.1:");
      const page = await context.newPage();
      await page.goto(appUrl);
      await signInAtLocalId(page, "alice");
      await Promise.all([page.waitForURL(`${appUrl}/`), page.click("#allow")]);
      expect(await page.textContent("#user-local")).toBe("Alice Example");

      // Same port, same SQLite file, same browser; Local ID is new and keeps its tokens in memory.
      await demo.close();
      demo = await startExpressDemo({ port: Number(new URL(appUrl).port), env: {}, dataDir });
      await page.reload();
      expect(await page.textContent("#error-local")).toBe(
        "Local ID refused to renew your login (it may have restarted or revoked it). Please log in again.",
      );
      expect(await page.isVisible("#login-local")).toBe(true);
      expect(await page.content()).not.toMatch(STACK_FRAME);
    } finally {
      await context.close();
      await demo.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
}, 45_000);
