// The Next.js example (examples/nextjs), built with next build and served by next start, danced through in
// Chromium against Local ID: the catch-all dance route, handles in a server component, a route handler and a
// server action that logs out.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type LocalIdServer, startLocalId } from "@oauth-dance/local-id";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, type ServerProcess, startServerProcess } from "../interop/support/server-process.js";
import { launchChromium } from "../support/chromium.js";

const EXAMPLE = fileURLToPath(new URL("../../examples/nextjs/", import.meta.url));
const NEXT = fileURLToPath(new URL("../../node_modules/next/dist/bin/next", import.meta.url));
const ENV = { NEXT_TELEMETRY_DISABLED: "1" };

let idp: LocalIdServer;
let app: ServerProcess;
let appUrl: string;
let browser: Browser;

beforeAll(async () => {
  // The build is the example's own, as an app deploys it; its output stays in examples/nextjs/.next (ignored).
  await promisify(execFile)(process.execPath, [NEXT, "build"], {
    cwd: EXAMPLE,
    env: { ...process.env, ...ENV },
  });
  const port = await freePort();
  appUrl = `http://127.0.0.1:${port}`;
  idp = await startLocalId({
    clients: [
      {
        clientId: "next-app",
        clientSecret: "next-app-secret",
        redirectUris: [`${appUrl}/login/id/authorized`],
      },
    ],
  });
  app = await startServerProcess({
    name: "next start",
    command: process.execPath,
    args: [NEXT, "start", "--port", String(port), "--hostname", "127.0.0.1"],
    cwd: EXAMPLE,
    env: {
      ...ENV,
      SESSION_SECRET: "nextjs-example-secret-Qm2LxW8pZc6YhN0bKs4J",
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: "next-app",
      OIDC_CLIENT_SECRET: "next-app-secret",
      OIDC_API_URL: idp.apiUrl,
    },
    readyUrl: `${appUrl}/me`,
  });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await idp?.close();
});

describe("the Next.js App Router example", () => {
  it("logs in through Local ID, greets the user from a server component, calls the API from a route handler, and logs out from a server action", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(appUrl);
    await Promise.all([page.waitForSelector("form[action$='/login'] #username"), page.click("#login")]);
    await page.fill("#username", "alice");
    await page.fill("#password", "alice");
    await Promise.all([page.waitForSelector("#allow"), page.click("#login")]);
    await Promise.all([page.waitForURL(`${appUrl}/`), page.click("#allow")]);
    expect(await page.textContent("#hello")).toBe("Hello, Alice Example");

    const me = await page.goto(`${appUrl}/me`);
    expect(me?.status()).toBe(200);
    expect(await me?.json()).toMatchObject({ sub: "alice", email: "alice@example.com" });

    await page.goto(appUrl);
    await Promise.all([page.waitForSelector("#login"), page.click("#logout")]);
    const after = await page.goto(`${appUrl}/me`);
    expect(after?.status()).toBe(401);
  });
});
