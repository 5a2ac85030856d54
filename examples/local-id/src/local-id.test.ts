// Drives real OAuth dances against Local ID with fetch, the way scenario tests will.
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalIdServer, startLocalId } from "./index.js";

// Never contacted: the dance stops when the server redirects here.
const redirectUri = "http://127.0.0.1:1/callback";
const confidential = { clientId: "app", clientSecret: "app-secret", redirectUris: [redirectUri] };

/** Just enough of a cookie jar for oidc-provider's `_interaction`/`_session` cookies. */
class CookieJar {
  #cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const name = pair.slice(0, pair.indexOf("=")).trim();
      const value = pair.slice(pair.indexOf("=") + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key = "", val = ""] = attribute.trim().split("=");
        return key.toLowerCase() === "expires" && Date.parse(val) <= Date.now();
      });
      if (value === "" || expired) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** One browser-like request: cookies in and out, no automatic redirects. */
async function request(jar: CookieJar, url: string | URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("cookie", jar.header());
  const response = await fetch(url, { ...init, headers, redirect: "manual" });
  jar.store(response);
  return response;
}

/** Follows GET redirects from `response` until one points at the client's redirect_uri. */
async function followToCallback(jar: CookieJar, response: Response): Promise<URL> {
  for (let hops = 0; hops < 10; hops++) {
    const location = response.headers.get("location");
    if (!location) throw new Error(`expected a redirect, got ${response.status}: ${await response.text()}`);
    const next = new URL(location, response.url);
    if (next.href.startsWith(redirectUri)) return next;
    response = await request(jar, next);
  }
  throw new Error("too many redirects");
}

function pkce() {
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  return { verifier, challenge };
}

function authorizeUrl(server: LocalIdServer, params: Record<string, string>): URL {
  const url = new URL("/auth", server.issuer);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: confidential.clientId,
    redirect_uri: redirectUri,
    scope: "openid profile email",
    state: randomBytes(8).toString("hex"),
    ...params,
  }).toString();
  return url;
}

const basicAuth = `Basic ${Buffer.from(`${confidential.clientId}:${confidential.clientSecret}`).toString("base64")}`;

interface TokenResponse {
  access_token: string;
  token_type: string;
  id_token?: string;
  refresh_token?: string;
  expires_in?: number;
  scope?: string;
  error?: string;
}

/** POSTs to the token endpoint; `auth: null` for client_secret_post (credentials in the body). */
async function tokenRequest(
  server: LocalIdServer,
  body: Record<string, string>,
  auth: string | null = basicAuth,
) {
  const response = await fetch(`${server.issuer}/token`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      ...(auth ? { authorization: auth } : {}),
    },
    body: new URLSearchParams(body),
  });
  return { status: response.status, json: (await response.json()) as TokenResponse };
}

async function callMe(server: LocalIdServer, accessToken: string): Promise<Response> {
  return fetch(new URL("me", server.apiUrl), { headers: { authorization: `Bearer ${accessToken}` } });
}

/** A whole autoLogin dance: authorize with login_hint, then exchange the code. */
async function autoDance(server: LocalIdServer, params: Record<string, string>) {
  const { verifier, challenge } = pkce();
  const url = authorizeUrl(server, { code_challenge: challenge, code_challenge_method: "S256", ...params });
  const jar = new CookieJar();
  const callback = await followToCallback(jar, await request(jar, url));
  const code = callback.searchParams.get("code");
  if (!code) throw new Error(`no code on ${callback.href}`);
  const tokens = await tokenRequest(server, {
    grant_type: "authorization_code",
    code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
  });
  return { url, callback, tokens };
}

describe("autoLogin (scripted clients)", () => {
  let server: LocalIdServer;
  beforeAll(async () => {
    server = await startLocalId({ clients: [confidential], autoLogin: true });
  });
  afterAll(() => server.close());

  it("completes authorization code + PKCE with only GETs and serves /api/me", async () => {
    expect(server.issuer).toBe(`http://127.0.0.1:${server.port}`);
    const jar = new CookieJar();
    const { verifier, challenge } = pkce();
    const url = authorizeUrl(server, {
      code_challenge: challenge,
      code_challenge_method: "S256",
      login_hint: "alice",
    });

    const callback = await followToCallback(jar, await request(jar, url));
    expect(callback.searchParams.get("state")).toBe(url.searchParams.get("state"));
    expect(callback.searchParams.get("iss")).toBe(server.issuer); // RFC 9207
    const code = callback.searchParams.get("code") ?? "";
    expect(code).not.toBe("");

    const before = server.stats.tokenRequests.authorization_code ?? 0;
    const { status, json } = await tokenRequest(server, {
      grant_type: "authorization_code",
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    });
    expect(status).toBe(200);
    expect(json.token_type).toBe("Bearer");
    expect(json.id_token).toBeTypeOf("string");
    expect(json.refresh_token).toBeUndefined(); // no offline_access asked
    expect(server.stats.tokenRequests.authorization_code).toBe(before + 1);

    const me = await callMe(server, json.access_token);
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({
      sub: "alice",
      name: "Alice Example",
      email: "alice@example.com",
      scope: "openid profile email",
      clientId: "app",
      tokenType: "Bearer",
    });
  });

  it("rejects a wrong PKCE verifier", async () => {
    const { challenge } = pkce();
    const url = authorizeUrl(server, {
      code_challenge: challenge,
      code_challenge_method: "S256",
      login_hint: "bob",
    });
    const jar = new CookieJar();
    const code = (await followToCallback(jar, await request(jar, url))).searchParams.get("code") ?? "";
    const { status, json } = await tokenRequest(server, {
      grant_type: "authorization_code",
      code,
      redirect_uri: redirectUri,
      code_verifier: pkce().verifier,
    });
    expect(status).toBe(400);
    expect(json.error).toBe("invalid_grant");
  });

  it("issues a refresh token for offline_access + prompt=consent, and the refresh grant works", async () => {
    const { tokens } = await autoDance(server, {
      login_hint: "bob",
      scope: "openid email offline_access",
      prompt: "consent",
    });
    expect(tokens.status).toBe(200);
    expect(tokens.json.scope).toBe("openid email offline_access");
    const refreshToken = tokens.json.refresh_token ?? "";
    expect(refreshToken).not.toBe("");

    const refreshed = await tokenRequest(server, {
      grant_type: "refresh_token",
      refresh_token: refreshToken,
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.json.access_token).not.toBe(tokens.json.access_token);
    expect(server.stats.tokenRequests.refresh_token).toBe(1);

    const me = await callMe(server, refreshed.json.access_token);
    expect(await me.json()).toMatchObject({ sub: "bob", email: "bob@example.com" });
  });

  it("drops offline_access without prompt=consent (oidc-provider rule)", async () => {
    const { tokens } = await autoDance(server, { login_hint: "alice", scope: "openid offline_access" });
    expect(tokens.json.scope).toBe("openid");
    expect(tokens.json.refresh_token).toBeUndefined();
  });

  it("login_hint=deny sends error=access_denied to the redirect_uri", async () => {
    const jar = new CookieJar();
    const url = authorizeUrl(server, { login_hint: "deny" });
    const callback = await followToCallback(jar, await request(jar, url));
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expect(callback.searchParams.get("error_description")).toBe("The user denied the request");
    expect(callback.searchParams.get("state")).toBe(url.searchParams.get("state"));
  });

  it("without login_hint it still shows the login form", async () => {
    const jar = new CookieJar();
    const response = await request(jar, authorizeUrl(server, {}));
    const page = await request(jar, new URL(response.headers.get("location") ?? "", server.issuer));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="username"');
  });

  it("rejects missing, unknown and revoked tokens at /api/me", async () => {
    const missing = await fetch(new URL("me", server.apiUrl));
    expect(missing.status).toBe(401);
    const unknown = await callMe(server, "not-a-token");
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get("www-authenticate")).toContain('error="invalid_token"');

    const { tokens } = await autoDance(server, { login_hint: "alice" });
    const revoke = await fetch(`${server.issuer}/token/revocation`, {
      method: "POST",
      headers: { authorization: basicAuth, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token: tokens.json.access_token }),
    });
    expect(revoke.status).toBe(200);
    expect((await callMe(server, tokens.json.access_token)).status).toBe(401);
  });

  it("issues access tokens that live accessTokenTtl seconds", async () => {
    const shortLived = await startLocalId({ clients: [confidential], autoLogin: true, accessTokenTtl: 90 });
    try {
      const { tokens } = await autoDance(shortLived, { login_hint: "alice" });
      expect(tokens.json.expires_in).toBe(90);
      expect((await callMe(shortLived, tokens.json.access_token)).status).toBe(200);
    } finally {
      await shortLived.close();
    }
  });

  it("expireAccessTokens() ends every access token at once and leaves refresh tokens valid", async () => {
    const { tokens } = await autoDance(server, {
      login_hint: "alice",
      scope: "openid offline_access",
      prompt: "consent",
    });
    expect((await callMe(server, tokens.json.access_token)).status).toBe(200);
    server.expireAccessTokens();
    expect((await callMe(server, tokens.json.access_token)).status).toBe(401);
    const refreshed = await fetch(`${server.issuer}/token`, {
      method: "POST",
      headers: { authorization: basicAuth, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: tokens.json.refresh_token ?? "",
      }),
    });
    expect(refreshed.status).toBe(200);
  });

  it("/api/echo shows what the client sent", async () => {
    const response = await fetch(new URL("echo?x=1", server.apiUrl), {
      method: "POST",
      headers: { authorization: "Bearer abc", "content-type": "application/json" },
      body: '{"hello":"world"}',
    });
    expect(await response.json()).toMatchObject({
      method: "POST",
      headers: { authorization: "Bearer abc" },
      query: { x: "1" },
      body: '{"hello":"world"}',
    });
  });
});

describe("login and consent pages (like a browser)", () => {
  const browserClient = {
    clientId: "web",
    clientSecret: "web-secret",
    redirectUris: [redirectUri],
    tokenEndpointAuthMethod: "client_secret_post" as const,
  };
  let server: LocalIdServer;
  beforeAll(async () => {
    server = await startLocalId({ clients: [browserClient] });
  });
  afterAll(() => server.close());

  const form = (fields: Record<string, string>): RequestInit => ({
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });

  /** Starts a dance and returns the login page's URL. */
  async function openLoginPage(jar: CookieJar, params: Record<string, string>) {
    const url = authorizeUrl(server, { client_id: browserClient.clientId, ...params });
    const redirect = await request(jar, url);
    expect(redirect.status).toBe(303);
    return new URL(redirect.headers.get("location") ?? "", server.issuer);
  }

  async function signIn(jar: CookieJar, loginPage: URL): Promise<URL> {
    const login = await request(
      jar,
      `${loginPage.href}/login`,
      form({ username: "alice", password: "alice" }),
    );
    expect(login.status).toBe(303);
    // oidc-provider resumes the request, then starts a new interaction for consent.
    const resumed = await request(jar, new URL(login.headers.get("location") ?? "", server.issuer));
    return new URL(resumed.headers.get("location") ?? "", server.issuer);
  }

  it("signs in with the form, consents, and gets a code", async () => {
    const jar = new CookieJar();
    const { verifier, challenge } = pkce();
    const loginPage = await openLoginPage(jar, { code_challenge: challenge, code_challenge_method: "S256" });

    const page = await request(jar, loginPage);
    const html = await page.text();
    expect(html).toContain('id="username"');
    expect(html).toContain('id="password"');
    expect(html).toContain('id="login"');
    expect(html).toContain(`action="${loginPage.pathname}/login"`);

    const wrong = await request(
      jar,
      `${loginPage.href}/login`,
      form({ username: "alice", password: "nope" }),
    );
    expect(wrong.status).toBe(200);
    expect(await wrong.text()).toContain("Wrong username or password.");

    const consentPage = await signIn(jar, loginPage);
    expect(consentPage.pathname).toMatch(/^\/interaction\//);
    const consent = await (await request(jar, consentPage)).text();
    expect(consent).toContain('id="allow"');
    expect(consent).toContain('id="deny"');
    expect(consent).toContain("See your email address");

    const allowed = await request(jar, `${consentPage.href}/consent`, form({ decision: "allow" }));
    const callback = await followToCallback(jar, allowed);
    const code = callback.searchParams.get("code") ?? "";

    const { status, json } = await tokenRequest(
      server,
      {
        grant_type: "authorization_code",
        code,
        redirect_uri: redirectUri,
        code_verifier: verifier,
        client_id: browserClient.clientId,
        client_secret: browserClient.clientSecret,
      },
      null,
    );
    expect(status).toBe(200);
    expect(await (await callMe(server, json.access_token)).json()).toMatchObject({
      email: "alice@example.com",
    });
  });

  it("the Deny button sends error=access_denied", async () => {
    const jar = new CookieJar();
    const consentPage = await signIn(jar, await openLoginPage(jar, {}));
    const denied = await request(jar, `${consentPage.href}/consent`, form({ decision: "deny" }));
    const callback = await followToCallback(jar, denied);
    expect(callback.searchParams.get("error")).toBe("access_denied");
  });
});

describe("dynamic client registration (registration option)", () => {
  async function register(server: LocalIdServer, metadata: object, token?: string) {
    const response = await fetch(`${server.issuer}/reg`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(metadata),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  it("is off by default: discovery lists no registration_endpoint", async () => {
    const server = await startLocalId({ clients: [confidential] });
    try {
      const discovery = await (await fetch(`${server.issuer}/.well-known/openid-configuration`)).json();
      expect(discovery.registration_endpoint).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it("registers a client that then logs in, and counts the registration", async () => {
    const server = await startLocalId({ clients: [], autoLogin: true, registration: true });
    try {
      const discovery = await (await fetch(`${server.issuer}/.well-known/openid-configuration`)).json();
      expect(discovery.registration_endpoint).toBe(`${server.issuer}/reg`);
      const { status, json } = await register(server, { redirect_uris: [redirectUri], client_name: "App" });
      expect(status).toBe(201);
      expect(json).toMatchObject({
        client_id: expect.any(String),
        client_secret: expect.any(String),
        client_secret_expires_at: 0,
        token_endpoint_auth_method: "client_secret_basic",
      });
      expect(server.stats).toMatchObject({ registrations: 1, registrationRequests: 1 });
      expect(await server.registeredClients()).toEqual([
        expect.objectContaining({ client_id: json.client_id, client_name: "App" }),
      ]);
      const { verifier, challenge } = pkce();
      const url = authorizeUrl(server, {
        client_id: String(json.client_id),
        code_challenge: challenge,
        code_challenge_method: "S256",
        login_hint: "alice",
      });
      const jar = new CookieJar();
      const code = (await followToCallback(jar, await request(jar, url))).searchParams.get("code") ?? "";
      const basic = `Basic ${Buffer.from(`${json.client_id}:${json.client_secret}`).toString("base64")}`;
      const tokens = await tokenRequest(
        server,
        { grant_type: "authorization_code", code, redirect_uri: redirectUri, code_verifier: verifier },
        basic,
      );
      expect(tokens.status).toBe(200);
      expect(tokens.json.access_token).toBeTruthy();
    } finally {
      await server.close();
    }
  });

  it("with an initialAccessToken, refuses registrations without it or with another, and counts them apart", async () => {
    const server = await startLocalId({ clients: [], registration: { initialAccessToken: "iat-secret" } });
    try {
      const metadata = { redirect_uris: [redirectUri] };
      expect(await register(server, metadata)).toMatchObject({
        status: 401,
        json: { error: "invalid_token" },
      });
      expect(await register(server, metadata, "wrong")).toMatchObject({
        status: 401,
        json: { error: "invalid_token", error_description: "invalid token provided" },
      });
      expect((await register(server, metadata, "iat-secret")).status).toBe(201);
      expect(server.stats).toMatchObject({ registrations: 1, registrationRequests: 3 });
    } finally {
      await server.close();
    }
  });
});
