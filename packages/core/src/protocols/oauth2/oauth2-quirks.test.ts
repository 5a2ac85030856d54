import { describe, expect, it } from "vitest";
import { createDance } from "../../dance.js";
import { DanceError } from "../../errors.js";
import { parseCookieHeader } from "../../http/cookies.js";
import { createDanceRequest } from "../../http/request.js";
import { MemoryStorage } from "../../storage/memory-storage.js";
import { oauth2 } from "./oauth2.js";
import type { OAuth2Options } from "./oauth2-options.js";

const SECRET = "unit-test-secret-Qm2LxW8pZc6YhN0bKs4J";
const BASE = { authorizationUrl: "https://p.example/authorize", tokenUrl: "https://p.example/token" };

/** A provider whose token endpoint answers with `answer`; records every call. */
function setup(options: OAuth2Options, answer: object = { access_token: "at", token_type: "bearer" }) {
  const calls: Request[] = [];
  const storage = new MemoryStorage();
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    calls.push(request.clone());
    return request.url.startsWith(BASE.tokenUrl) ? Response.json(answer) : Response.json({ ok: true });
  };
  const dance = createDance({
    secret: SECRET,
    providers: { p: oauth2({ ...BASE, ...options }) },
    fetch,
    storage,
  });
  const jar: Record<string, string> = {};
  async function send(method: string, url: string, form?: URLSearchParams) {
    const request = createDanceRequest({
      method,
      url,
      headers: { host: "app.example" },
      cookies: { ...jar },
    });
    if (form) request.readForm = async () => form;
    const context = dance.createContext(request);
    const result = await dance.route(context);
    const setCookies = result.type === "pass" ? [] : result.cookies;
    for (const line of setCookies) {
      const [name, value] = Object.entries(parseCookieHeader(line.split(";")[0]))[0] ?? [];
      if (name !== undefined) jar[name] = value as string;
    }
    return { result, context, setCookies };
  }
  async function login() {
    const { result, setCookies } = await send("GET", "/login/p");
    if (result.type !== "redirect") throw new Error(`expected a redirect, got ${result.type}`);
    return { url: new URL(result.location), setCookies };
  }
  return { calls, send, login, storage };
}

describe("authorization-URL quirks", () => {
  it("renames client_id in the redirect when the provider calls it something else", async () => {
    const { url } = await (await setup({ clientId: "ck", clientIdParam: "client_key" })).login();
    expect(url.searchParams.get("client_key")).toBe("ck");
    expect(url.searchParams.has("client_id")).toBe(false);
  });

  it("joins scopes with the declared separator", async () => {
    const { url } = await setup({ clientId: "c", scope: ["a", "b"], scopeSeparator: "," }).login();
    expect(url.searchParams.get("scope")).toBe("a,b");
  });

  it("sends no PKCE to a provider that does not support it, unless asked", async () => {
    const off = await setup({ clientId: "c", pkceSupport: "unsupported" }).login();
    expect(off.url.searchParams.has("code_challenge")).toBe(false);
    const on = await setup({ clientId: "c", pkceSupport: "unsupported", pkce: true }).login();
    expect(on.url.searchParams.get("code_challenge_method")).toBe("S256");
  });

  it("refuses to turn PKCE off for a provider that requires it", () => {
    expect(() =>
      createDance({
        secret: SECRET,
        providers: { p: oauth2({ ...BASE, clientId: "c", pkceSupport: "required", pkce: false }) },
      }),
    ).toThrowError(/providers\.p\.pkce: This provider requires PKCE/);
  });
});

describe("response_mode=form_post", () => {
  it("asks for form_post and keeps the dance in a SameSite=None; Secure cookie", async () => {
    const { url, setCookies } = await setup({ clientId: "c", responseMode: "form_post" }).login();
    expect(url.searchParams.get("response_mode")).toBe("form_post");
    expect(setCookies).toEqual([expect.stringMatching(/; Secure; SameSite=None$/)]);
  });

  it("accepts the provider's POST to the callback, reads the form, and keeps declared callback fields", async () => {
    const dance = setup({ clientId: "c", responseMode: "form_post", callbackParams: ["user"] });
    const state = (await dance.login()).url.searchParams.get("state") as string;
    const user = JSON.stringify({ name: { firstName: "Ann" } });
    const form = new URLSearchParams({ code: "the-code", state, user });
    const { result, context } = await dance.send("POST", "/login/p/authorized", form);
    expect(result).toMatchObject({ type: "redirect", location: "/" });
    const tokenCall = dance.calls.find((c) => c.url === BASE.tokenUrl);
    expect(new URLSearchParams(await tokenCall?.text()).get("code")).toBe("the-code");
    expect(await context.oauth.p?.token()).toMatchObject({ access_token: "at", user });
  });

  it("passes POSTs for providers that return with a query, and to the login route", async () => {
    const query = setup({ clientId: "c" });
    expect((await query.send("POST", "/login/p/authorized", new URLSearchParams())).result.type).toBe("pass");
    const formPost = setup({ clientId: "c", responseMode: "form_post" });
    expect((await formPost.send("POST", "/login/p")).result.type).toBe("pass");
  });

  it("tells the developer when the adapter cannot read the POST body", async () => {
    const { send } = setup({ clientId: "c", responseMode: "form_post" });
    await expect(send("POST", "/login/p/authorized")).rejects.toThrowError(DanceError);
  });
});

describe("client authentication", () => {
  it("mints an ES256 client secret per exchange from signedClientSecret, sent in the body", async () => {
    const pair = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]);
    const der = new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
    const privateKey = `-----BEGIN PRIVATE KEY-----\n${btoa(String.fromCharCode(...der))}\n-----END PRIVATE KEY-----`;
    const dance = setup({
      clientId: "com.example",
      issuer: "https://appleid.example",
      tokenEndpointAuthMethod: "client_secret_post",
      signedClientSecret: { issuer: "TEAM", keyId: "KID", privateKey },
    });
    const state = (await dance.login()).url.searchParams.get("state");
    await dance.send("GET", `/login/p/authorized?code=c&state=${state}`);
    const body = new URLSearchParams(await dance.calls.find((c) => c.url === BASE.tokenUrl)?.text());
    const [, claims] = (body.get("client_secret") ?? "").split(".");
    expect(JSON.parse(atob(claims ?? ""))).toMatchObject({
      iss: "TEAM",
      sub: "com.example",
      aud: "https://appleid.example",
    });
  });

  it("signs a client assertion with private_key_jwt", async () => {
    const pair = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]);
    const der = new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
    const privateKey = `-----BEGIN PRIVATE KEY-----\n${btoa(String.fromCharCode(...der))}\n-----END PRIVATE KEY-----`;
    const dance = setup({
      clientId: "c",
      tokenEndpointAuthMethod: "private_key_jwt",
      privateKeyJwt: { privateKey, keyId: "k1", algorithm: "ES256" },
    });
    const state = (await dance.login()).url.searchParams.get("state");
    await dance.send("GET", `/login/p/authorized?code=c&state=${state}`);
    const body = new URLSearchParams(await dance.calls.find((c) => c.url === BASE.tokenUrl)?.text());
    expect(body.get("client_assertion_type")).toBe("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    expect(JSON.parse(atob((body.get("client_assertion") ?? "").split(".")[0] ?? ""))).toMatchObject({
      alg: "ES256",
      kid: "k1",
    });
  });

  it("requires the key of private_key_jwt", () => {
    expect(() =>
      createDance({
        secret: SECRET,
        providers: { p: oauth2({ ...BASE, clientId: "c", tokenEndpointAuthMethod: "private_key_jwt" }) },
      }),
    ).toThrowError(/providers\.p\.privateKeyJwt: Required/);
  });
});

describe("API and refresh quirks", () => {
  async function apiCall(options: OAuth2Options) {
    const dance = setup({ clientId: "cid", baseUrl: "https://api.p.example/", ...options });
    const handle = (await dance.send("GET", "/")).context.oauth.p;
    await handle?.setToken({ access_token: "at", token_type: "bearer" });
    await handle?.api.get("me");
    return dance.calls.at(-1) as Request;
  }

  it("sends the client id header, and the declared Authorization scheme", async () => {
    const call = await apiCall({ apiClientIdHeader: "Client-Id", apiAuthScheme: "OAuth" });
    expect(call.headers.get("client-id")).toBe("cid");
    expect(call.headers.get("authorization")).toBe("OAuth at");
  });

  it("sends the token as a query parameter when the provider reads it there", async () => {
    const call = await apiCall({ apiTokenParam: "access_token" });
    expect(call.url).toBe("https://api.p.example/me?access_token=at");
    expect(call.headers.has("authorization")).toBe(false);
  });

  it("does not refresh automatically for a provider without refresh, unless told", async () => {
    const dance = setup({ clientId: "c", refresh: "none" });
    const handle = (await dance.send("GET", "/")).context.oauth.p;
    await handle?.setToken({ access_token: "at", refresh_token: "rt", expires_in: -10 });
    expect(await handle?.authorized()).toBe(false);
    const told = setup({ clientId: "c", refresh: "none", autoRefresh: true });
    const told2 = (await told.send("GET", "/")).context.oauth.p;
    await told2?.setToken({ access_token: "at", refresh_token: "rt", expires_in: -10 });
    expect(await told2?.authorized()).toBe(true);
  });

  it("applies the token-answer quirks to refreshes too", async () => {
    const dance = setup(
      {
        clientId: "c",
        clientSecret: "s",
        tokenResponse: { unwrap: "body" },
        baseUrl: "https://api.p.example/",
      },
      {
        status: 0,
        body: { access_token: "fresh", token_type: "Bearer", refresh_token: "rt2", expires_in: 60 },
      },
    );
    const handle = (await dance.send("GET", "/")).context.oauth.p;
    await handle?.setToken({ access_token: "old", refresh_token: "rt", expires_in: -10 });
    await handle?.api.get("me");
    expect(dance.calls.at(-1)?.headers.get("authorization")).toBe("Bearer fresh");
  });
});
