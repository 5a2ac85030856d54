import { createDance, oauth2, type ProviderHandle } from "@oauth-dance/core";
import { Hono } from "hono";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type HonoDanceOptions, type OAuthDanceEnv, oauthDance } from "./index.js";

const dance = createDance({
  secret: "hono-adapter-test-secret-0123456789abcd",
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
});

afterEach(() => {
  vi.unstubAllEnvs();
});

function appWith(options?: HonoDanceOptions) {
  const app = new Hono<OAuthDanceEnv<typeof dance>>();
  app.use(oauthDance(dance, options));
  app.get("/whoami", async (c) => {
    const acme: ProviderHandle = c.var.oauth.acme;
    return c.json({ authorized: await acme.authorized(), loginUrl: acme.loginUrl });
  });
  app.get("/set", async (c) => {
    await c.var.oauth.acme.setToken({ access_token: "t" });
    return c.text("stored");
  });
  app.get("/set-and-redirect", async (c) => {
    await c.var.oauth.acme.setToken({ access_token: "t" });
    return Response.redirect("http://app.example/next", 303);
  });
  app.get("/plain", (c) => c.text("plain", 200, { "x-app": "yes" }));
  app.onError((error, c) => c.json({ code: (error as { code?: string }).code, message: error.message }, 500));
  return app;
}

function redirectUriOf(response: Response): string | null {
  return new URL(response.headers.get("location") as string).searchParams.get("redirect_uri");
}

function clientIdOf(response: Response): string | null {
  return new URL(response.headers.get("location") as string).searchParams.get("client_id");
}

describe("oauthDance (Hono)", () => {
  it("answers the login route with a redirect and a dance cookie", async () => {
    const response = await appWith().request("http://app.example/login/acme");
    expect(response.status).toBe(302);
    expect(redirectUriOf(response)).toBe("http://app.example/login/acme/authorized");
    expect(response.headers.getSetCookie()).toEqual([expect.stringMatching(/^oauth-dance\.dance\./)]);
  });

  it("ignores X-Forwarded-* unless trustProxy is on, and prefers baseUrl", async () => {
    const init = { headers: { "x-forwarded-proto": "https", "x-forwarded-host": "public.example" } };
    const url = "http://10.0.0.5:3000/login/acme";
    expect(redirectUriOf(await appWith().request(url, init))).toBe(
      "http://10.0.0.5:3000/login/acme/authorized",
    );
    const proxied = await appWith({ trustProxy: true }).request(url, init);
    expect(redirectUriOf(proxied)).toBe("https://public.example/login/acme/authorized");
    expect(proxied.headers.get("set-cookie")).toMatch(/; Secure; SameSite=Lax/);
    const based = await appWith({ baseUrl: "https://base.example" }).request(url, init);
    expect(redirectUriOf(based)).toBe("https://base.example/login/acme/authorized");
  });

  it("passes other routes to the app with c.var.oauth set, and sends cookies the handlers produced", async () => {
    const app = appWith();
    expect(await (await app.request("/whoami?x=1")).json()).toEqual({
      authorized: false,
      loginUrl: "/login/acme?next=%2Fwhoami%3Fx%3D1",
    });
    const stored = await app.request("/set");
    expect(await stored.text()).toBe("stored");
    const cookie = stored.headers.getSetCookie()[0]?.split(";")[0] as string;
    expect(cookie).toMatch(/^oauth-dance\.token\.acme=Fe26\.2\*/);
    expect(await (await app.request("/whoami", { headers: { cookie } })).json()).toMatchObject({
      authorized: true,
    });
  });

  it("adds the cookies to a response whose headers are immutable", async () => {
    const response = await appWith().request("/set-and-redirect");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("http://app.example/next");
    expect(response.headers.getSetCookie()).toEqual([expect.stringMatching(/^oauth-dance\.token\.acme=/)]);
  });

  it("leaves a route that does not touch the handles as the app answered it", async () => {
    const response = await appWith().request("/plain", { headers: { cookie: "oauth-dance.token.acme=x" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-app")).toBe("yes");
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(await response.text()).toBe("plain");
  });

  it("reads fromConfig from c.env first, then process.env", async () => {
    const app = appWith();
    vi.stubEnv("CONFIGURED_ID", "from-process");
    expect(clientIdOf(await app.request("/login/configured"))).toBe("from-process");
    // On @hono/node-server c.env is { incoming, outgoing }: keys it lacks still come from process.env.
    expect(clientIdOf(await app.request("/login/configured", {}, { incoming: {} }))).toBe("from-process");
    const workers = await app.request("/login/configured", {}, { CONFIGURED_ID: "from-env" });
    expect(clientIdOf(workers)).toBe("from-env");
  });

  it("leaves the process environment as it was after reading c.env", async () => {
    // Checked on Deno too (the runtime matrix runs these tests there), where process.env writes through to the OS.
    const processEnv = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
    await appWith().request("/login/configured", {}, { CONFIGURED_ID: "from-env", HONO_ENV_PROBE: "x" });
    expect(processEnv?.CONFIGURED_ID).toBeUndefined();
    expect(processEnv?.HONO_ENV_PROBE).toBeUndefined();
  });

  it("reads fromConfig from the config option, a record or a function of the context", async () => {
    vi.stubEnv("CONFIGURED_ID", "from-process");
    const fixed = appWith({ config: { CONFIGURED_ID: "fixed" } });
    expect(clientIdOf(await fixed.request("/login/configured"))).toBe("fixed");
    const perTenant = appWith({ config: (c) => ({ CONFIGURED_ID: c.req.header("x-tenant") }) });
    const response = await perTenant.request("/login/configured", { headers: { "x-tenant": "tenant-id" } });
    expect(clientIdOf(response)).toBe("tenant-id");
  });

  it("hands configuration mistakes to app.onError, naming what is missing", async () => {
    const response = await appWith({ config: {} }).request("/login/configured");
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      code: "missing_config",
      message:
        'providers.configured.clientId is not set: fromConfig reads it from "CONFIGURED_ID", which is empty',
    });
  });

  it("types c.var.oauth for a chained app without any declaration", async () => {
    const app = new Hono().use(oauthDance(dance)).get("/", (c) => {
      const acme: ProviderHandle = c.var.oauth.acme;
      return c.text(acme.loginUrl);
    });
    expect(await (await app.request("/")).text()).toBe("/login/acme");
  });
});
