// Harness for Glewlwyd (Debian's glewlwyd 2.7) as an OpenID Connect provider, on 127.0.0.1.
import { generateKeyPair, randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { describeDebianPackages } from "../support/debian.js";
import type {
  Consent,
  InteropClient,
  InteropOAuth2Server,
  InteropUser,
  StartOptions,
} from "../support/interop-server.js";
import { freePort, startInTempDir, startServerProcess } from "../support/server-process.js";
import { isUrl, redirectsTo, UserAgent } from "../support/user-agent.js";

const CONFIG_TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), "glewlwyd", "glewlwyd.conf");
// The package's own SQLite schema (what dbconfig-common runs on install), with its `admin`/`password` account.
const SCHEMA = "/usr/share/dbconfig-common/data/glewlwyd/install/sqlite3";
const ADMIN = { username: "admin", password: "password" };
const SESSION_COOKIE = "GLEWLWYD2_SESSION_ID";
const PLUGIN = "oidc";

const USER = {
  username: "alice",
  password: "alice-pass.word_1",
  name: "Alice Liddell",
  email: "alice@example.com",
};

const CLIENTS: Record<InteropClient["method"], InteropClient> = {
  client_secret_basic: {
    clientId: "dance-basic",
    clientSecret: "gl-secret.with_punct~1",
    method: "client_secret_basic",
  },
  client_secret_post: {
    clientId: "dance-post",
    clientSecret: "gl-post-secret.with_punct~2",
    method: "client_secret_post",
  },
};

// Scopes beyond `openid` so that the consent screen has something to grant; their claims are set in oidc-plugin.json.
const SCOPES = [
  { name: "profile", display_name: "Your name", description: "The name on your account" },
  { name: "email", display_name: "Your e-mail address", description: "The e-mail address on your account" },
];

/** The OpenID Connect plugin instance: code flow with PKCE S256, refresh tokens, RFC 7009, name/email by scope. */
const OIDC_PARAMETERS = {
  "jwks-show": true,
  "access-token-duration": 3600,
  "refresh-token-duration": 1209600,
  "code-duration": 600,
  "refresh-token-rolling": false,
  "refresh-token-one-use": "never",
  "allow-non-oidc": false,
  "auth-type-code-enabled": true,
  "auth-type-code-revoke-replayed": true,
  "auth-type-refresh-enabled": true,
  "auth-type-token-enabled": false,
  "auth-type-none-enabled": false,
  "auth-type-password-enabled": false,
  "auth-type-client-enabled": false,
  "auth-type-device-enabled": false,
  "subject-type": "public",
  "allowed-scope": ["openid", "profile", "email"],
  "name-claim": "on-demand",
  "name-claim-scope": ["profile"],
  "email-claim": "on-demand",
  "email-claim-scope": ["email"],
  "scope-claim": "no",
  "pkce-allowed": true,
  "pkce-method-plain-allowed": false,
  "introspection-revocation-allowed": true,
  // Lets a client revoke its own tokens with its credentials (otherwise only bearers of an admin scope may).
  "introspection-revocation-allow-target-client": true,
  "register-client-allowed": false,
  "session-management-allowed": false,
};

const QUIRKS = [
  "The issuer is `http://127.0.0.1:PORT/api/oidc` (API prefix, then the plugin instance's name); discovery answers " +
    "200 at the issuer + `/.well-known/openid-configuration`, with or without a trailing slash: `issuer` alone works.",
  "HTTP Basic client credentials are not form-urldecoded (RFC 6749 §2.3.1): openid-client's `ClientSecretBasic` " +
    "sends `-` `.` `_` `~` as `%2D` `%2E` `%5F` `%7E` and Glewlwyd compares them encoded, so the code exchange gets " +
    '403 `{"error":"unauthorized_client"}` (a refresh 400 with an empty body, a revocation 401); a raw ' +
    '`Basic base64(id:secret)` works: use `tokenEndpointAuthMethod: "client_secret_post"` (or an id and secret of ' +
    "letters and digits only).",
  'A wrong client secret gets 403 `{"error":"unauthorized_client"}` at the code exchange (RFC 6749: 401 ' +
    "`invalid_client`), without `WWW-Authenticate`, and 400 with an empty body at a refresh: nothing to set.",
  "An unknown, revoked or garbage refresh token gets 400 with an empty body (no content type, no `invalid_grant`): " +
    'openid-client reports "unexpected response content-type", and a refused refresh cannot be told from a broken ' +
    "server: nothing to set.",
  "No deny: the login webapp's grant screen only ticks scopes, and `openid` can be neither unticked nor refused (the " +
    "plugin counts it as granted), so a refusing user still comes back with a `code`, for scope `openid` alone (ID " +
    "token and userinfo then carry `sub` only); a request without `openid` gets `error=invalid_scope`. Never " +
    "`access_denied`: nothing to set.",
  "Revoking the refresh token leaves its access tokens working at userinfo; each token must be revoked on its own " +
    '(`logout()` revokes both, hence `revokes: "both"`). Discovery lists only `client_secret_basic` for revocation, ' +
    "but `/revoke` takes `client_secret_post` as well: nothing to set.",
  "ID tokens from the token endpoint carry `auth_time: 0` (Glewlwyd looks the login time up in the token request's " +
    "own session cookie, which a client never has): leave `max_age` out of `authorizationParams`.",
  "A refresh answers without a new `refresh_token` (and without an `id_token`); the old refresh token stays valid " +
    '(one-time use is `never` here): `refresh: "reuses"`.',
  "Userinfo with a bad or revoked access token gets 401 with an empty body and no `WWW-Authenticate`: nothing to set.",
  "Token answers: `token_type` lowercase `bearer`, `expires_in` a number, `scope` a space-separated string, and an " +
    "extra `iat`; the access token is a JWT (`typ: at+jwt`) whose `aud` is the scope string: nothing to set.",
];

/** Starts a fresh Glewlwyd (own temp dir, SQLite database, config and RSA key) with `alice` and the two clients. */
export async function startGlewlwyd(options: StartOptions): Promise<InteropOAuth2Server> {
  return startInTempDir("glewlwyd-interop-", async (dir) => {
    const [port, jwks, [version], template, schema] = await Promise.all([
      freePort(),
      signingKeys(),
      describeDebianPackages("glewlwyd"),
      readFile(CONFIG_TEMPLATE, "utf8"),
      readFile(SCHEMA, "utf8"),
    ]);
    const base = `http://127.0.0.1:${port}`;
    const issuer = `${base}/api/${PLUGIN}`;
    const database = join(dir, "glewlwyd.sqlite3");
    // Glewlwyd draws a user's public `sub` at random on first use; seeding it lets `user.sub` be known up front.
    const sub = randomBytes(16).toString("hex");
    const db = new Database(database);
    try {
      db.exec(schema);
      db.prepare(
        "INSERT INTO gpo_subject_identifier (gposi_plugin_name, gposi_username, gposi_sub) VALUES (?, ?, ?)",
      ).run(PLUGIN, USER.username, sub);
    } finally {
      db.close();
    }
    const values: Record<string, string> = { port: String(port), base, database };
    const config = template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
      const value = values[key];
      if (value === undefined) throw new Error(`glewlwyd.conf: no value for {{${key}}}`);
      return value;
    });
    const configFile = join(dir, "glewlwyd.conf");
    await writeFile(configFile, config);
    const server = await startServerProcess({
      name: "Glewlwyd",
      command: "/usr/bin/glewlwyd",
      args: ["--config-file", configFile],
      cwd: dir,
      // The server configuration endpoint answers as soon as the HTTP instance is up.
      readyUrl: `${base}/config/`,
    });
    try {
      await provision(base, issuer, jwks, options.redirectUris);
    } catch (error) {
      // The output as it was when provisioning failed, before stopping the server adds its shutdown to it.
      const failure = new Error(`${(error as Error).message}\n${server.output()}`);
      await server.close();
      throw failure;
    }
    const user: InteropUser = { username: USER.username, sub, name: USER.name, email: USER.email };
    return {
      name: "Glewlwyd",
      version,
      issuer,
      clients: CLIENTS,
      scope: ["openid", "profile", "email"],
      user,
      api: { baseUrl: base, path: `/api/${PLUGIN}/userinfo` },
      revokes: "both",
      authorize: (authorizationUrl, consent) =>
        playUser(base, authorizationUrl, consent, options.redirectUris),
      unsupported: {
        deny: "Glewlwyd has no deny: its grant screen cannot refuse openid, so a refusing user returns with a code",
      },
      quirks: QUIRKS,
      // startInTempDir removes the temp dir once the server has stopped.
      close: () => server.close(),
    };
  });
}

/** Sets up the OpenID Connect plugin, scopes, user and clients through the admin API, as the admin webapp does. */
async function provision(
  base: string,
  issuer: string,
  jwks: string,
  redirectUris: readonly string[],
): Promise<void> {
  const admin = await GlewlwydSession.login(base, ADMIN.username, ADMIN.password);
  for (const scope of SCOPES) {
    await admin.call("POST", "/api/scope/", { ...scope, password_required: true, password_max_age: 0 });
  }
  await admin.call("POST", "/api/mod/plugin/", {
    module: "oidc",
    name: PLUGIN,
    display_name: "OpenID Connect",
    enabled: true,
    parameters: { ...OIDC_PARAMETERS, iss: issuer, "jwks-private": jwks },
  });
  await admin.call("POST", "/api/user/", {
    username: USER.username,
    name: USER.name,
    email: USER.email,
    password: USER.password,
    scope: ["openid", ...SCOPES.map((scope) => scope.name)],
    enabled: true,
  });
  for (const client of Object.values(CLIENTS)) {
    await admin.call("POST", "/api/client/", {
      client_id: client.clientId,
      name: `oauth-dance ${client.method}`,
      confidential: true,
      // A client secret is stored as is and wins over a (hashed) client password.
      client_secret: client.clientSecret,
      redirect_uri: [...redirectUris],
      authorization_type: ["code", "refresh_token"],
      token_endpoint_auth_method: [client.method],
      enabled: true,
    });
  }
}

/**
 * Plays the user at Glewlwyd's login webapp. The webapp is JavaScript that talks JSON to Glewlwyd's REST API, so
 * this makes the calls it makes: log in with the password scheme, read and set the client's grant, then send the
 * browser back to the authorization endpoint with `g_continue`, which answers with the redirect to the callback.
 */
async function playUser(
  base: string,
  authorizationUrl: URL,
  consent: Consent,
  redirectUris: readonly string[],
): Promise<URL> {
  // Each authorization gets a new browser that logs in anew, so no Glewlwyd session is shared between tests.
  const agent = new UserAgent();
  const isDone = redirectsTo(redirectUris);
  const login = await agent.request(authorizationUrl, {}, isDone);
  if (isUrl(login)) return login;
  const params = login.url.searchParams;
  const callbackUrl = params.get("callback_url");
  const clientId = params.get("client_id");
  const scope = params.get("scope");
  if (login.url.pathname !== "/login.html" || !callbackUrl || !clientId || !scope) {
    throw new Error(
      `Glewlwyd did not send the browser to its login page (${login.status} ${login.url}):\n${login.body}`,
    );
  }
  const session = await GlewlwydSession.login(base, USER.username, USER.password);
  const grantPath = `/api/auth/grant/${encodeURIComponent(clientId)}`;
  const offered = (await session.call("GET", `${grantPath}/${encodeURIComponent(scope)}`)) as {
    scope: { name: string; granted: boolean }[];
  };
  // The grant screen has no refuse button: a refusing user unticks every scope, but `openid` cannot be unticked.
  const granted = offered.scope.map((s) => s.name).filter((name) => consent === "allow" || name === "openid");
  await session.call("PUT", `${grantPath}/`, { scope: granted.join(" ") });
  if (Object.keys(agent.cookies(login.url.hostname)).length > 0) {
    // The user agent sends its own jar instead of the header below, which would lose the login.
    throw new Error(
      `Glewlwyd set cookies in the browser the harness does not expect: ${JSON.stringify(agent.cookies(login.url.hostname))}`,
    );
  }
  // As the webapp's Continue button does: the same authorization request, flagged as coming back from login.
  const next = new URL(`${callbackUrl}${callbackUrl.includes("?") ? "&" : "?"}g_continue`, base);
  const answer = await agent.request(next, { headers: session.cookieHeader() }, isDone);
  if (isUrl(answer)) return answer;
  throw new Error(
    `Glewlwyd did not redirect to the callback after consent (${answer.status} ${answer.url}):\n${answer.body}`,
  );
}

/**
 * A logged-in session at Glewlwyd's JSON API. The user agent only posts forms, and these endpoints take JSON, so the
 * session cookie is kept here and handed to the user agent as a header where the browser would send it.
 */
class GlewlwydSession {
  readonly #base: string;
  readonly #cookie: string;

  private constructor(base: string, cookie: string) {
    this.#base = base;
    this.#cookie = cookie;
  }

  static async login(base: string, username: string, password: string): Promise<GlewlwydSession> {
    const response = await fetch(new URL("/api/auth/", base), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password }),
    });
    await response.body?.cancel();
    const cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(";")[0] ?? "")
      .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
    if (!response.ok || !cookie) throw new Error(`Glewlwyd login as ${username} failed: ${response.status}`);
    return new GlewlwydSession(base, cookie);
  }

  cookieHeader(): Record<string, string> {
    return { cookie: this.#cookie };
  }

  async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(new URL(path, this.#base), {
      method,
      headers: {
        cookie: this.#cookie,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Glewlwyd ${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  }
}

/** A fresh RSA signing key as the JWKS Glewlwyd's `jwks-private` takes (`kid` and `alg` are mandatory there). */
async function signingKeys(): Promise<string> {
  const { privateKey } = await promisify(generateKeyPair)("rsa", { modulusLength: 2048 });
  const jwk = privateKey.export({ format: "jwk" });
  return JSON.stringify({
    keys: [{ ...jwk, kid: randomBytes(8).toString("hex"), alg: "RS256", use: "sig" }],
  });
}
