import { createDance, oauth2 } from "@oauth-dance/core";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { type FastifyDanceOptions, oauthDance } from "./index.js";

const dance = createDance({
  secret: "fastify-adapter-test-secret-0123456789",
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

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function serve(options?: FastifyDanceOptions, server: FastifyServerOptions = {}): Promise<string> {
  const app = Fastify(server);
  apps.push(app);
  await app.register(oauthDance(dance, options));
  app.get("/whoami", async (request) => ({
    authorized: await request.oauth.acme?.authorized(),
    loginUrl: request.oauth.acme?.loginUrl,
  }));
  app.get("/set", async (request) => {
    await request.oauth.acme?.setToken({ access_token: "t" });
    return "stored";
  });
  app.setErrorHandler((error: { code?: string; message: string }, _request, reply) => {
    reply.code(500).send({ code: error.code, message: error.message });
  });
  return app.listen({ port: 0, host: "127.0.0.1" });
}

function redirectUriOf(response: Response): string | null {
  return new URL(response.headers.get("location") as string).searchParams.get("redirect_uri");
}

describe("oauthDance (Fastify)", () => {
  it("answers the login route with a redirect and a dance cookie", async () => {
    const base = await serve();
    const response = await fetch(`${base}/login/acme`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(redirectUriOf(response)).toBe(`${base}/login/acme/authorized`);
    expect(response.headers.getSetCookie()).toHaveLength(1);
  });

  it("registers the dance routes as Fastify routes, and leaves unknown providers to Fastify's 404", async () => {
    const app = Fastify();
    apps.push(app);
    await app.register(oauthDance(dance));
    await app.ready();
    for (const [method, url] of [
      ["GET", "/login/:provider"],
      ["GET", "/login/:provider/authorized"],
      ["POST", "/login/:provider/authorized"],
      ["GET", "/login/:provider/logged-out"],
      ["POST", "/login/:provider/backchannel-logout"],
    ] as const) {
      expect(app.hasRoute({ method, url }), `${method} ${url}`).toBe(true);
    }
    const unknown = await app.inject({ method: "GET", url: "/login/nobody" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: "Not Found" });
  });

  it("believes X-Forwarded-* only when Fastify's trustProxy does", async () => {
    const headers = { "x-forwarded-proto": "https", "x-forwarded-host": "app.example" };
    const untrusted = await serve();
    const plain = await fetch(`${untrusted}/login/acme`, { redirect: "manual", headers });
    expect(redirectUriOf(plain)).toBe(`${untrusted}/login/acme/authorized`);
    const trusted = await serve({}, { trustProxy: "127.0.0.1" });
    const proxied = await fetch(`${trusted}/login/acme`, { redirect: "manual", headers });
    expect(redirectUriOf(proxied)).toBe("https://app.example/login/acme/authorized");
    expect(proxied.headers.get("set-cookie")).toMatch(/; Secure; SameSite=Lax/);
    for (const forwarded of [
      { "x-forwarded-proto": "evil.example" },
      { "x-forwarded-host": "a/b@evil.example" },
    ]) {
      const odd = await fetch(`${trusted}/login/acme`, { redirect: "manual", headers: forwarded });
      expect(odd.status).toBe(302);
      expect(redirectUriOf(odd)).toBe(`${trusted}/login/acme/authorized`);
    }
    const elsewhere = await serve({}, { trustProxy: "10.0.0.1" });
    const spoofed = await fetch(`${elsewhere}/login/acme`, { redirect: "manual", headers });
    expect(redirectUriOf(spoofed)).toBe(`${elsewhere}/login/acme/authorized`);
  });

  it("uses baseUrl over the Host header", async () => {
    const base = await serve({ baseUrl: "https://public.example" });
    const response = await fetch(`${base}/login/acme`, {
      redirect: "manual",
      headers: { host: "evil.example" },
    });
    expect(redirectUriOf(response)).toBe("https://public.example/login/acme/authorized");
  });

  it("sets request.oauth on the app's routes, and sends the cookies their handlers produced", async () => {
    const base = await serve();
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

  it("hands configuration mistakes to Fastify's error handler, naming what is missing", async () => {
    const base = await serve({ config: {} });
    const response = await fetch(`${base}/login/configured`, { redirect: "manual" });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      code: "missing_config",
      message:
        'providers.configured.clientId is not set: fromConfig reads it from "CONFIGURED_ID", which is empty',
    });
  });

  it("leaves the app's own form parser alone: the callback's parser is the dance routes' own", async () => {
    const app = Fastify();
    apps.push(app);
    await app.register(oauthDance(dance));
    app.post("/form", async (request) => ({ body: request.body ?? null }));
    const answer = await app.inject({
      method: "POST",
      url: "/form",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "a=1",
    });
    expect(answer.statusCode).toBe(415);
  });
});
