// The OAuth 2 dance with the app on Bun, Deno, workerd (and Node as the control), against Local ID on Node.
import { type LocalIdServer, startLocalId } from "@oauth-dance/local-id";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser } from "../support/browser.js";
import type { AppKind, RuntimeEnv } from "./app/runtime-app.js";
import { freePort, type RunningApp, selectedTargets, type Target } from "./targets.js";

const CLIENT = { clientId: "runtime-app", clientSecret: "runtime-app-secret" };
const SESSION_SECRET = "runtime-matrix-secret-of-at-least-32-chars";
const table = selectedTargets().flatMap((target) =>
  target.kinds.map((kind: AppKind) => [target.name, kind, target] as const),
);

describe.each(table)("the dance on %s through %s, Local ID on Node", (name, kind, target: Target) => {
  let idp: LocalIdServer;
  let app: RunningApp;

  beforeAll(async () => {
    const port = await freePort();
    idp = await startLocalId({
      autoLogin: true,
      clients: [{ ...CLIENT, redirectUris: [`http://127.0.0.1:${port}/login/corp/authorized`] }],
    });
    const env: RuntimeEnv = {
      ISSUER: idp.issuer,
      SESSION_SECRET,
      CORP_CLIENT_ID: CLIENT.clientId,
      CORP_CLIENT_SECRET: CLIENT.clientSecret,
    };
    app = await target.start(kind, port, env);
  }, 60_000);

  afterAll(async () => {
    await app?.stop();
    await idp?.close();
  });

  /** Runs `check`, adding what the app printed to a failure. */
  async function withOutput(check: () => Promise<void>): Promise<void> {
    try {
      await check();
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- app output ---\n${app.output()}`, { cause: error });
    }
  }

  it(`is served by ${name}`, async () => {
    const runtime = await (await fetch(`${app.url}/runtime`)).json();
    expect(runtime).toMatch(new RegExp(`^${name.startsWith("packed-") ? "node" : name}\\b`));
  });

  it("redirects to Local ID with the client id read from the env, state, an S256 challenge and a nonce", () =>
    withOutput(async () => {
      const visit = await new Browser().visit(`${app.url}/login/corp`, { follow: false });
      expect(visit.status).toBe(302);
      const location = new URL(visit.headers.get("location") as string);
      expect(location.origin).toBe(idp.issuer);
      expect(location.searchParams.get("client_id")).toBe(CLIENT.clientId);
      expect(location.searchParams.get("redirect_uri")).toBe(`${app.url}/login/corp/authorized`);
      expect(location.searchParams.get("state")).toBeTruthy();
      expect(location.searchParams.get("code_challenge_method")).toBe("S256");
      expect(location.searchParams.get("nonce")).toBeTruthy();
      expect(visit.headers.get("set-cookie")).toMatch(/^oauth-dance\.dance\.[^=]+=Fe26\.2\*.*HttpOnly/);
    }));

  it("completes the dance: token exchange, sealed token cookie, and an API call with the token", () =>
    withOutput(async () => {
      const browser = new Browser();
      expect((await browser.json(`${app.url}/me`)).status).toBe(401);
      const visit = await browser.visit(`${app.url}/login/corp?as=alice`);
      expect(visit.url).toBe(`${app.url}/`);
      const me = await browser.json<{ sub: string; email: string }>(`${app.url}/me`);
      expect(me).toEqual({
        status: 200,
        body: expect.objectContaining({ sub: "alice", email: "alice@example.com" }),
      });
      const token = (await browser.json<Record<string, unknown>>(`${app.url}/token`)).body;
      expect(token).toMatchObject({ token_type: "bearer", scope: expect.stringContaining("openid") });
      expect(idp.stats.tokenRequests.authorization_code).toBeGreaterThanOrEqual(1);
    }));

  it("refuses a tampered state, a missing state and a replayed callback: no token, no 5xx", () =>
    withOutput(async () => {
      const browser = new Browser();
      const toCallback = await browser.visit(`${app.url}/login/corp?as=bob`, {
        stopAt: (u) => u.pathname.endsWith("/authorized"),
      });
      const callback = toCallback.chain.at(-1) as string;
      const state = new URL(callback).searchParams.get("state") as string;
      const tampered = callback.replace(state, `${state.slice(0, -2)}xx`);
      const stateless = callback.replace(/([?&])state=[^&]*/, "$1");
      for (const url of [tampered, stateless]) {
        const visit = await browser.visit(url, { follow: false });
        expect(visit.status).toBe(302);
        expect((await browser.json(`${app.url}/me`)).status).toBe(401);
      }
      expect((await browser.json<{ code: string }>(`${app.url}/error`)).body).toMatchObject({
        code: "state_mismatch",
      });
      // The real callback still works once (the failed attempts above did not consume the dance), then never again.
      expect((await browser.visit(callback, { follow: false })).status).toBe(302);
      expect((await browser.json<{ sub: string }>(`${app.url}/me`)).body.sub).toBe("bob");
      const replay = new Browser();
      for (const [cookie, value] of Object.entries(browser.cookies("127.0.0.1"))) {
        if (cookie.startsWith("oauth-dance.dance.")) replay.setCookie("127.0.0.1", cookie, value);
      }
      expect((await replay.visit(callback, { follow: false })).status).toBe(302);
      expect((await replay.json(`${app.url}/me`)).status).toBe(401);
    }));

  it("logs out from a route handler: the token cookie is cleared", () =>
    withOutput(async () => {
      const browser = new Browser();
      await browser.visit(`${app.url}/login/corp?as=alice`);
      expect((await browser.json(`${app.url}/me`)).status).toBe(200);
      expect((await browser.json(`${app.url}/logout`)).body).toEqual({ loggedOut: true });
      expect((await browser.json(`${app.url}/me`)).status).toBe(401);
    }));
});
