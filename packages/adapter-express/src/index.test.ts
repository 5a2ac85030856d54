import type { AddressInfo } from "node:net";
import { createDance, oauth2 } from "@oauth-dance/core";
import express, { type ErrorRequestHandler } from "express";
import { afterEach, describe, expect, it } from "vitest";
import { type ExpressDanceOptions, oauthDance } from "./index.js";

const dance = createDance({
  secret: "express-adapter-test-secret-0123456789",
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

const servers: { close(): void; closeAllConnections(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

async function serve(options?: ExpressDanceOptions): Promise<string> {
  const app = express();
  app.use(oauthDance(dance, options));
  app.get("/whoami", async (req, res) => {
    res.json({ authorized: await req.oauth.acme?.authorized(), loginUrl: req.oauth.acme?.loginUrl });
  });
  app.get("/set", async (req, res) => {
    await req.oauth.acme?.setToken({ access_token: "t" });
    res.send("stored");
  });
  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    res.status(500).json({ code: error.code, message: error.message });
  };
  app.use(onError);
  const server = app.listen(0, "127.0.0.1");
  servers.push(server);
  await new Promise((resolve) => server.once("listening", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function redirectUriOf(response: Response): string | null {
  return new URL(response.headers.get("location") as string).searchParams.get("redirect_uri");
}

describe("oauthDance (Express)", () => {
  it("answers the login route with a redirect and a dance cookie", async () => {
    const base = await serve();
    const response = await fetch(`${base}/login/acme`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(redirectUriOf(response)).toBe(`${base}/login/acme/authorized`);
    expect(response.headers.getSetCookie()).toHaveLength(1);
  });

  it("ignores X-Forwarded-* unless trustProxy is on", async () => {
    const headers = { "x-forwarded-proto": "https", "x-forwarded-host": "app.example" };
    const untrusted = await serve();
    const plain = await fetch(`${untrusted}/login/acme`, { redirect: "manual", headers });
    expect(redirectUriOf(plain)).toBe(`${untrusted}/login/acme/authorized`);
    const trusted = await serve({ trustProxy: true });
    const proxied = await fetch(`${trusted}/login/acme`, { redirect: "manual", headers });
    expect(redirectUriOf(proxied)).toBe("https://app.example/login/acme/authorized");
    expect(proxied.headers.get("set-cookie")).toMatch(/; Secure; SameSite=Lax/);
  });

  it("uses baseUrl over the Host header", async () => {
    const base = await serve({ baseUrl: "https://public.example" });
    const response = await fetch(`${base}/login/acme`, {
      redirect: "manual",
      headers: { host: "evil.example" },
    });
    expect(redirectUriOf(response)).toBe("https://public.example/login/acme/authorized");
  });

  it("passes other routes to the app with req.oauth set, and sends cookies the handlers produced", async () => {
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

  it("hands configuration mistakes to Express's error handler, naming what is missing", async () => {
    const base = await serve({ config: {} });
    const response = await fetch(`${base}/login/configured`, { redirect: "manual" });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      code: "missing_config",
      message:
        'providers.configured.clientId is not set: fromConfig reads it from "CONFIGURED_ID", which is empty',
    });
    const configured = await serve({ config: (req) => ({ CONFIGURED_ID: req.get("x-tenant") }) });
    const ok = await fetch(`${configured}/login/configured`, {
      redirect: "manual",
      headers: { "x-tenant": "tenant-id" },
    });
    expect(new URL(ok.headers.get("location") as string).searchParams.get("client_id")).toBe("tenant-id");
  });
});
