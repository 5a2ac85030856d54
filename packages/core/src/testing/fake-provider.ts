// An OAuth 2 / OpenID Connect provider that lives inside the test process: hand its fetch to createDance.
import type { Token } from "../token.js";

/** A user of the fake provider: `id` plus whatever the provider's API should say about them. */
export interface FakeUser {
  /** The user's id at the provider: `sub` of the ID token and of userinfo. */
  id: string;
  [field: string]: unknown;
}

export interface FakeProviderOptions {
  /** Where the fake answers. Default `https://provider.test` (a reserved name: nothing real answers there). */
  origin?: string;
  /** The people who can log in. Default one: `{ id: "test-user", name: "Test User", email: "test-user@example.com" }`. */
  users?: readonly FakeUser[];
  /** When set, the token endpoint refuses any other client id (`invalid_client`). */
  clientId?: string;
  /** When set, the token endpoint refuses any other secret, sent as Basic auth or in the body. */
  clientSecret?: string;
  /** Seconds an access token lives. Default 3600; 0 sends no `expires_in`. */
  accessTokenTtl?: number;
  /** Issue refresh tokens. Default true. */
  refreshTokens?: boolean;
  /** The fake's clock for access-token expiry, in milliseconds. Pass the dance's `now` to move both together. */
  now?: () => number;
  /** Serves requests for other origins. Default: they fail, so a test never reaches the network by accident. */
  fallback?: typeof fetch;
  /**
   * Answers API calls (under `baseUrl`) the fake does not know. Return undefined for a 404. `GET user`, `GET me`
   * and `GET userinfo` answer the user's record without it.
   */
  api?: (request: Request, user: FakeUser) => Response | undefined | Promise<Response | undefined>;
}

/** What to spread into `oauth2()` or a preset so that it talks to the fake. */
export interface FakeProviderEndpoints {
  issuer: string;
  authorizationUrl: string;
  tokenUrl: string;
  userinfoUrl: string;
  revocationUrl: string;
  baseUrl: string;
}

/** How many requests each endpoint has answered. */
export interface FakeProviderCalls {
  authorize: number;
  token: number;
  refresh: number;
  userinfo: number;
  api: number;
  revoke: number;
}

export interface FakeProvider {
  readonly origin: string;
  /** `github({ clientId, clientSecret, ...fake.endpoints })`. */
  readonly endpoints: FakeProviderEndpoints;
  /** Pass it as `createDance({ fetch: fake.fetch })`. Safe to pass around unbound. */
  readonly fetch: typeof fetch;
  readonly users: readonly FakeUser[];
  readonly calls: Readonly<FakeProviderCalls>;
  /**
   * Plays the user's part on the authorization page: returns the URL the provider sends the browser back to,
   * with a code (or `error=access_denied` when `deny` is set). `user` defaults to the first user.
   *
   * @throws Error when the authorization URL is not one the fake would accept (unknown client, no redirect_uri).
   */
  authorize(authorizationUrl: string | URL, options?: { user?: string; deny?: boolean }): string;
  /** A token for a user as if they had danced, valid at the fake's API: for `new MemoryStorage(token)`. */
  issueToken(user?: string, options?: { scope?: string }): Token;
  /** Expires every access token now: API calls answer 401 until the client refreshes. */
  expireAccessTokens(): void;
  /** Forgets every token, as when the user revokes the app at the provider: API calls and refreshes fail. */
  revokeAll(): void;
}

interface Grant {
  user: FakeUser;
  clientId: string;
  scope: string;
}

interface PendingCode extends Grant {
  redirectUri: string;
  challenge: string | undefined;
  challengeMethod: string;
  nonce: string | undefined;
}

const DEFAULT_USER: FakeUser = { id: "test-user", name: "Test User", email: "test-user@example.com" };
const ID_TOKEN_TTL_S = 3600;

/**
 * Creates an in-process fake provider: authorization, token (code and refresh grants, PKCE checked), OpenID
 * Connect discovery, ID tokens, userinfo, revocation and a small API, all answered by `fake.fetch` without a
 * socket.
 *
 * @example
 * const fake = fakeProvider({ users: [{ id: "42", login: "octocat", name: "The Octocat" }] });
 * const dance = createDance({
 *   secret: "a-test-secret-that-is-32-chars-long",
 *   providers: { github: github({ clientId: "id", clientSecret: "secret", ...fake.endpoints }) },
 *   fetch: fake.fetch,
 * });
 */
export function fakeProvider(options: FakeProviderOptions = {}): FakeProvider {
  const origin = new URL(options.origin ?? "https://provider.test").origin;
  const users = options.users?.length ? [...options.users] : [DEFAULT_USER];
  const now = options.now ?? Date.now;
  const ttl = options.accessTokenTtl ?? 3600;
  const calls: FakeProviderCalls = { authorize: 0, token: 0, refresh: 0, userinfo: 0, api: 0, revoke: 0 };
  const codes = new Map<string, PendingCode>();
  const accessTokens = new Map<string, Grant & { expiresAt: number }>();
  const refreshTokens = new Map<string, Grant>();
  const signer = new IdTokenSigner();
  const endpoints: FakeProviderEndpoints = {
    issuer: origin,
    authorizationUrl: `${origin}/authorize`,
    tokenUrl: `${origin}/token`,
    userinfoUrl: `${origin}/userinfo`,
    revocationUrl: `${origin}/revoke`,
    baseUrl: `${origin}/api/`,
  };

  function userOf(id: string | undefined): FakeUser {
    const user = id === undefined ? users[0] : users.find((candidate) => candidate.id === id);
    if (!user) throw new Error(`fakeProvider: no user "${id}" (users: ${users.map((u) => u.id).join(", ")})`);
    return user;
  }

  function issue(grant: Grant, withRefresh: boolean): Token {
    const accessToken = randomToken("at");
    accessTokens.set(accessToken, {
      ...grant,
      expiresAt: ttl > 0 ? now() + ttl * 1000 : Number.POSITIVE_INFINITY,
    });
    const token: Token = { access_token: accessToken, token_type: "Bearer", scope: grant.scope };
    if (ttl > 0) token.expires_in = ttl;
    if (withRefresh && options.refreshTokens !== false) {
      const refreshToken = randomToken("rt");
      refreshTokens.set(refreshToken, grant);
      token.refresh_token = refreshToken;
    }
    return token;
  }

  function authorize(authorizationUrl: string | URL, choice: { user?: string; deny?: boolean } = {}): string {
    const url = new URL(authorizationUrl);
    if (url.origin + url.pathname !== endpoints.authorizationUrl) {
      throw new Error(`fakeProvider: ${url.origin}${url.pathname} is not this fake's authorization endpoint`);
    }
    const params = url.searchParams;
    const redirectUri = params.get("redirect_uri");
    const clientId = params.get("client_id");
    if (!redirectUri || !URL.canParse(redirectUri))
      throw new Error("fakeProvider: the request has no redirect_uri");
    if (!clientId || (options.clientId !== undefined && clientId !== options.clientId)) {
      throw new Error(`fakeProvider: unknown client_id "${clientId}"`);
    }
    calls.authorize++;
    const back = new URL(redirectUri);
    const state = params.get("state");
    if (state !== null) back.searchParams.set("state", state);
    if (params.get("response_type") !== "code") {
      back.searchParams.set("error", "unsupported_response_type");
    } else if (choice.deny) {
      back.searchParams.set("error", "access_denied");
      back.searchParams.set("error_description", "The user denied the request");
    } else {
      const code = randomToken("code");
      codes.set(code, {
        user: userOf(choice.user),
        clientId,
        scope: params.get("scope") ?? "",
        redirectUri,
        challenge: params.get("code_challenge") ?? undefined,
        challengeMethod: params.get("code_challenge_method") ?? "plain",
        nonce: params.get("nonce") ?? undefined,
      });
      back.searchParams.set("code", code);
    }
    back.searchParams.set("iss", origin);
    return back.href;
  }

  async function token(request: Request): Promise<Response> {
    const body = await formOf(request);
    const client = clientOf(request, body);
    if (!client.id) return oauthError(401, "invalid_client", "No client_id was sent");
    if (options.clientId !== undefined && client.id !== options.clientId) {
      return oauthError(401, "invalid_client", "Unknown client");
    }
    if (options.clientSecret !== undefined && client.secret !== options.clientSecret) {
      return oauthError(401, "invalid_client", "Wrong client secret");
    }
    const grantType = body.get("grant_type");
    if (grantType === "authorization_code") {
      calls.token++;
      const code = codes.get(body.get("code") ?? "");
      codes.delete(body.get("code") ?? "");
      if (!code || code.clientId !== client.id)
        return oauthError(400, "invalid_grant", "Unknown or used code");
      if (body.get("redirect_uri") !== code.redirectUri) {
        return oauthError(400, "invalid_grant", "redirect_uri differs from the authorization request");
      }
      if (!(await pkceMatches(code, body.get("code_verifier")))) {
        return oauthError(400, "invalid_grant", "PKCE verification failed");
      }
      const answer = issue(code, true);
      if (code.scope.split(" ").includes("openid")) {
        answer.id_token = await signer.sign(idTokenClaims(origin, code, client.id));
      }
      return Response.json(answer, { headers: { "cache-control": "no-store" } });
    }
    if (grantType === "refresh_token") {
      calls.refresh++;
      const grant = refreshTokens.get(body.get("refresh_token") ?? "");
      if (!grant || grant.clientId !== client.id)
        return oauthError(400, "invalid_grant", "Unknown refresh token");
      // The refresh token stays valid and is not sent again, as many providers do.
      return Response.json(issue(grant, false), { headers: { "cache-control": "no-store" } });
    }
    return oauthError(400, "unsupported_grant_type", `grant_type ${grantType} is not supported`);
  }

  function bearerUser(request: Request): FakeUser | undefined {
    const header = request.headers.get("authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const value = match?.[1] ?? new URL(request.url).searchParams.get("access_token") ?? "";
    const grant = accessTokens.get(value);
    return grant && grant.expiresAt > now() ? grant.user : undefined;
  }

  async function serve(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname;
    if (request.method === "GET" && path === "/.well-known/openid-configuration") {
      return Response.json(discoveryDocument(endpoints));
    }
    if (request.method === "GET" && path === "/jwks")
      return Response.json({ keys: [await signer.publicJwk()] });
    if (request.method === "GET" && path === "/authorize") {
      // A fetch-driven test browser lands here: log in as login_hint (or the first user); "deny" refuses.
      const hint = url.searchParams.get("login_hint") ?? undefined;
      const location = authorize(url, hint === "deny" ? { deny: true } : { ...(hint ? { user: hint } : {}) });
      return new Response(null, { status: 302, headers: { location } });
    }
    if (request.method === "POST" && path === "/token") return token(request);
    if (request.method === "POST" && path === "/revoke") {
      calls.revoke++;
      const value = (await formOf(request)).get("token") ?? "";
      accessTokens.delete(value);
      refreshTokens.delete(value);
      return new Response(null, { status: 200 });
    }
    const isUserinfo = path === "/userinfo";
    if (isUserinfo || path.startsWith("/api/")) {
      if (isUserinfo) calls.userinfo++;
      else calls.api++;
      const user = bearerUser(request);
      if (!user) {
        return Response.json(
          { error: "invalid_token" },
          { status: 401, headers: { "www-authenticate": 'Bearer error="invalid_token"' } },
        );
      }
      const resource = path.slice("/api/".length);
      if (isUserinfo || (request.method === "GET" && ["user", "me", "userinfo"].includes(resource))) {
        const { id, ...claims } = user;
        return Response.json(isUserinfo ? { sub: id, ...claims } : { id, sub: id, ...claims });
      }
      const answer = await options.api?.(request, user);
      return answer ?? Response.json({ error: "not_found" }, { status: 404 });
    }
    return Response.json({ error: "not_found" }, { status: 404 });
  }

  const fakeFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (new URL(request.url).origin === origin) return serve(request);
    if (options.fallback) return options.fallback(input, init);
    throw new TypeError(
      `fakeProvider: ${request.url} is not the fake's origin, and no fallback fetch was given`,
    );
  }) as typeof fetch;

  return {
    origin,
    endpoints,
    fetch: fakeFetch,
    users,
    calls,
    authorize,
    issueToken: (user, extra = {}) =>
      issue({ user: userOf(user), clientId: options.clientId ?? "", scope: extra.scope ?? "" }, true),
    expireAccessTokens() {
      for (const grant of accessTokens.values()) grant.expiresAt = now() - 1;
    },
    revokeAll() {
      accessTokens.clear();
      refreshTokens.clear();
    },
  };
}

function discoveryDocument(endpoints: FakeProviderEndpoints): Record<string, unknown> {
  return {
    issuer: endpoints.issuer,
    authorization_endpoint: endpoints.authorizationUrl,
    token_endpoint: endpoints.tokenUrl,
    userinfo_endpoint: endpoints.userinfoUrl,
    revocation_endpoint: endpoints.revocationUrl,
    jwks_uri: `${endpoints.issuer}/jwks`,
    response_types_supported: ["code"],
    grant_types_supported: ["authorization_code", "refresh_token"],
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: ["RS256"],
    code_challenge_methods_supported: ["S256", "plain"],
    token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post", "none"],
    scopes_supported: ["openid", "profile", "email", "offline_access"],
  };
}

function idTokenClaims(issuer: string, code: PendingCode, clientId: string): Record<string, unknown> {
  const { id, ...claims } = code.user;
  // openid-client checks iat and exp against the real clock, whatever clock the test gave the fake.
  const iat = Math.floor(Date.now() / 1000);
  const token: Record<string, unknown> = {
    ...claims,
    iss: issuer,
    sub: id,
    aud: clientId,
    iat,
    exp: iat + ID_TOKEN_TTL_S,
  };
  if (code.nonce) token.nonce = code.nonce;
  return token;
}

/** Client credentials from a Basic header (RFC 6749 §2.3.1, form-encoded) or the body. */
function clientOf(
  request: Request,
  body: URLSearchParams,
): { id: string | undefined; secret: string | undefined } {
  const basic = /^Basic\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (basic) {
    const decoded = atob(basic);
    const colon = decoded.indexOf(":");
    const decode = (value: string) => decodeURIComponent(value.replace(/\+/g, " "));
    return { id: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
  }
  return { id: body.get("client_id") ?? undefined, secret: body.get("client_secret") ?? undefined };
}

async function formOf(request: Request): Promise<URLSearchParams> {
  const text = await request.text();
  if ((request.headers.get("content-type") ?? "").includes("application/json")) {
    const json = JSON.parse(text || "{}") as Record<string, unknown>;
    return new URLSearchParams(Object.entries(json).map(([key, value]) => [key, String(value)]));
  }
  return new URLSearchParams(text);
}

async function pkceMatches(code: PendingCode, verifier: string | null): Promise<boolean> {
  if (code.challenge === undefined) return verifier === null;
  if (verifier === null) return false;
  if (code.challengeMethod === "plain") return verifier === code.challenge;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest)) === code.challenge;
}

function oauthError(status: number, error: string, description: string): Response {
  return Response.json(
    { error, error_description: description },
    { status, headers: { "cache-control": "no-store" } },
  );
}

function randomToken(prefix: string): string {
  return `${prefix}-${base64url(crypto.getRandomValues(new Uint8Array(24)))}`;
}

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Signs ID tokens with an RS256 key made on first use (Web Crypto), and publishes its public half. */
class IdTokenSigner {
  #keys: Promise<CryptoKeyPair> | undefined;

  async sign(claims: Record<string, unknown>): Promise<string> {
    const encode = (value: unknown) => base64url(new TextEncoder().encode(JSON.stringify(value)));
    const input = `${encode({ alg: "RS256", typ: "JWT", kid: "fake" })}.${encode(claims)}`;
    const { privateKey } = await this.#pair();
    const signature = await crypto.subtle.sign(
      "RSASSA-PKCS1-v1_5",
      privateKey,
      new TextEncoder().encode(input),
    );
    return `${input}.${base64url(new Uint8Array(signature))}`;
  }

  async publicJwk(): Promise<JsonWebKey> {
    const jwk = await crypto.subtle.exportKey("jwk", (await this.#pair()).publicKey);
    return { ...jwk, kid: "fake", alg: "RS256", use: "sig" } as JsonWebKey;
  }

  #pair(): Promise<CryptoKeyPair> {
    this.#keys ??= crypto.subtle.generateKey(
      {
        name: "RSASSA-PKCS1-v1_5",
        modulusLength: 2048,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: "SHA-256",
      },
      true,
      ["sign", "verify"],
    );
    return this.#keys;
  }
}
