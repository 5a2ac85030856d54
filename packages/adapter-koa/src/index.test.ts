import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Router from "@koa/router";
import { createDance, oauth2 } from "@oauth-dance/core";
import Koa from "koa";
import { afterEach, describe, expect, it } from "vitest";
import { type KoaDanceOptions, oauthDance } from "./index.js";

const dance = createDance({
  secret: "koa-adapter-test-secret-0123456789abcdef",
  providers: {
    acme: oauth2({
      clientId: "cid",
      authorizationUrl: "https://provider.example/authorize",
      tokenUrl: "https://provider.example/token",
    }),
    configured: oauth2({
      authorizationUrl: "https://provider.example/authorize",
      tokenUrl: "https://provider.example/token",
      fromConfig: { clientId: "CONFIGURED_ID" },
    }),
  },
  on: {
    error: ({ error }) => ({
      status: 403,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ refused: error.code }),
    }),
  },
});

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/** The app's routes, on @koa/router, as users write them. */
function appRouter(middleware?: Koa.Middleware): Router {
  const router = new Router();
  if (middleware) router.use(middleware);
  router.get("/whoami", async (ctx) => {
    const acme = ctx.state.oauth.acme;
    ctx.body = { authorized: await acme?.authorized(), loginUrl: acme?.loginUrl };
  });
  router.get("/set", async (ctx) => {
    await ctx.state.oauth.acme?.setToken({ access_token: "t" });
    ctx.body = "stored";
  });
  router.get("/plain", (ctx) => {
    ctx.set("x-app", "yes");
    ctx.body = { sawOauth: "oauth" in ctx.state };
  });
  return router;
}

async function serve(
  options: KoaDanceOptions | undefined,
  setup: (app: Koa) => void = (app) => {
    app.use(oauthDance(dance, options));
    app.use(appRouter().routes());
  },
): Promise<string> {
  const app = new Koa();
  setup(app);
  const server = createServer(app.callback()).listen(0, "127.0.0.1");
  servers.push(server);
  await new Promise((resolve) => server.once("listening", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function redirectUriOf(response: Response): string | null {
  return new URL(response.headers.get("location") as string).searchParams.get("redirect_uri");
}

const forwarded = { "x-forwarded-proto": "https", "x-forwarded-host": "public.example" };

describe("oauthDance (Koa)", () => {
  it("answers the login route with an empty redirect and a dance cookie", async () => {
    const base = await serve({});
    const response = await fetch(`${base}/login/acme`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(redirectUriOf(response)).toBe(`${base}/login/acme/authorized`);
    expect(response.headers.getSetCookie()).toEqual([expect.stringMatching(/^oauth-dance\.dance\./)]);
    expect(response.headers.get("content-type")).toBeNull();
    expect(await response.text()).toBe("");
  });

  it("answers with a hook's response: its status, headers and body", async () => {
    const base = await serve({});
    const response = await fetch(`${base}/login/acme/authorized?code=c`, { redirect: "manual" });
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual({ refused: "state_mismatch" });
  });

  it("follows app.proxy for X-Forwarded-*, unless trustProxy says otherwise", async () => {
    const untrusted = await serve({});
    const plain = await fetch(`${untrusted}/login/acme`, { redirect: "manual", headers: forwarded });
    expect(redirectUriOf(plain)).toBe(`${untrusted}/login/acme/authorized`);

    const behindProxy = await serve(undefined, (app) => {
      app.proxy = true;
      app.use(oauthDance(dance));
    });
    const proxied = await fetch(`${behindProxy}/login/acme`, { redirect: "manual", headers: forwarded });
    expect(redirectUriOf(proxied)).toBe("https://public.example/login/acme/authorized");
    expect(proxied.headers.get("set-cookie")).toMatch(/; Secure; SameSite=Lax/);

    const overridden = await serve(undefined, (app) => {
      app.proxy = true;
      app.use(oauthDance(dance, { trustProxy: false }));
    });
    const direct = await fetch(`${overridden}/login/acme`, { redirect: "manual", headers: forwarded });
    expect(redirectUriOf(direct)).toBe(`${overridden}/login/acme/authorized`);
  });

  it("uses baseUrl over the Host header", async () => {
    const base = await serve({ baseUrl: "https://base.example" });
    const response = await fetch(`${base}/login/acme`, { redirect: "manual", headers: forwarded });
    expect(redirectUriOf(response)).toBe("https://base.example/login/acme/authorized");
  });

  it("gives routes mounted after it ctx.state.oauth, and sends cookies they produced", async () => {
    const base = await serve({});
    expect(await (await fetch(`${base}/whoami?x=1`)).json()).toEqual({
      authorized: false,
      loginUrl: "/login/acme?next=%2Fwhoami%3Fx%3D1",
    });
    const stored = await fetch(`${base}/set`);
    expect(await stored.text()).toBe("stored");
    const cookie = stored.headers.getSetCookie()[0]?.split(";")[0] as string;
    expect(cookie).toMatch(/^oauth-dance\.token\.acme=Fe26\.2\*/);
    expect(await (await fetch(`${base}/whoami`, { headers: { cookie } })).json()).toMatchObject({
      authorized: true,
    });
  });

  it("still serves the dance routes behind a router mounted before it, and leaves the router's routes alone", async () => {
    const base = await serve(undefined, (app) => {
      app.use(appRouter().routes());
      app.use(appRouter().allowedMethods());
      app.use(oauthDance(dance));
    });
    const login = await fetch(`${base}/login/acme`, { redirect: "manual" });
    expect(login.status).toBe(302);
    expect(redirectUriOf(login)).toBe(`${base}/login/acme/authorized`);
    const plain = await fetch(`${base}/plain`, { headers: { cookie: "oauth-dance.token.acme=x" } });
    expect(plain.headers.get("x-app")).toBe("yes");
    expect(plain.headers.getSetCookie()).toEqual([]);
    expect(await plain.json()).toEqual({ sawOauth: false });
  });

  it("runs as router middleware too, giving that router's routes their handles", async () => {
    const base = await serve(undefined, (app) => {
      app.use(appRouter(oauthDance(dance)).routes());
    });
    expect(await (await fetch(`${base}/whoami`)).json()).toEqual({
      authorized: false,
      loginUrl: "/login/acme?next=%2Fwhoami",
    });
    expect((await fetch(`${base}/set`)).headers.getSetCookie()).toEqual([
      expect.stringMatching(/^oauth-dance\.token\.acme=/),
    ]);
  });

  it("throws configuration mistakes to Koa's error handling, naming what is missing", async () => {
    const base = await serve(undefined, (app) => {
      app.use(async (ctx, next) => {
        try {
          await next();
        } catch (error) {
          ctx.status = 500;
          ctx.body = { code: (error as { code?: string }).code, message: (error as Error).message };
        }
      });
      app.use(oauthDance(dance, { config: {} }));
    });
    const response = await fetch(`${base}/login/configured`, { redirect: "manual" });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      code: "missing_config",
      message:
        'providers.configured.clientId is not set: fromConfig reads it from "CONFIGURED_ID", which is empty',
    });
  });

  it("reads fromConfig from a function of the context", async () => {
    const base = await serve({ config: (ctx) => ({ CONFIGURED_ID: ctx.get("x-tenant") }) });
    const response = await fetch(`${base}/login/configured`, {
      redirect: "manual",
      headers: { "x-tenant": "tenant-id" },
    });
    expect(new URL(response.headers.get("location") as string).searchParams.get("client_id")).toBe(
      "tenant-id",
    );
  });
});
