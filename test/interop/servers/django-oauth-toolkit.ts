// Harness for Django OAuth Toolkit (Debian's python3-django-oauth-toolkit) with OpenID Connect, on 127.0.0.1.
import { generateKeyPair, randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describeDebianPackages } from "../support/debian.js";
import type {
  Consent,
  InteropClient,
  InteropOAuth2Server,
  InteropUser,
  StartOptions,
} from "../support/interop-server.js";
import { freePort, startInTempDir, startServerProcess } from "../support/server-process.js";
import { type HtmlForm, isUrl, type Page, redirectsTo, UserAgent } from "../support/user-agent.js";

// Debian's interpreter: the pyenv python3 first on PATH does not see the Debian Django packages.
const PYTHON = "/usr/bin/python3";
const PROJECT = join(dirname(fileURLToPath(import.meta.url)), "django-oauth-toolkit");

const USER = {
  username: "alice",
  password: "alice-pass.word_1",
  firstName: "Alice",
  lastName: "Liddell",
  email: "alice@example.com",
};

const CLIENTS: Record<InteropClient["method"], InteropClient> = {
  client_secret_basic: {
    clientId: "dance-basic",
    clientSecret: "dot-secret.with_punct~1",
    method: "client_secret_basic",
  },
  client_secret_post: {
    clientId: "dance-post",
    clientSecret: "dot-post-secret.with_punct~2",
    method: "client_secret_post",
  },
};

const QUIRKS = [
  "Discovery answers only at `/o/.well-known/openid-configuration/` (trailing slash); the issuer `…/o` plus the " +
    "standard suffix gets Django's APPEND_SLASH 301, which openid-client does not follow, so discovery fails: give " +
    "`issuer` as the discovery document's own URL (with the slash). The document's `issuer` is `…/o`, as in the ID token.",
  "Discovery lists no `revocation_endpoint` although `/o/revoke_token/` exists (nor `code_challenge_methods_supported`, " +
    "`scopes_supported` or `grant_types_supported`): for `logout()` to revoke, add " +
    "`revocationUrl: …/o/revoke_token/` beside `issuer` (explicit endpoints complete discovered metadata).",
  'Wrong client credentials (Basic or post) get 401 `{"error": "invalid_client"}` with `WWW-Authenticate: Bearer ' +
    'error="invalid_client"`, a Bearer challenge at the token endpoint: openid-client then throws ' +
    "WWWAuthenticateChallengeError, not ResponseBodyError, so the `invalid_client` code is only in the challenge. " +
    "No client option changes it.",
  "Revoking only the access token leaves its refresh token unusable in a bad way: the next refresh answers HTTP 500 " +
    "(DOT 1.7 looks up the deleted access token's scope). Revoke the refresh token first, as `logout()` does: that " +
    "also deletes its access token.",
  "Refresh rotates without grace: the old refresh token gets 400 `invalid_grant` and the previous access token is " +
    "revoked at once; the refresh answer has no `id_token`. Keep the newest token pair (the default).",
  "Out of the box the ID token and userinfo carry only `sub`; `name`/`email` need an `OAuth2Validator` subclass " +
    "(here `claims.py`), and DOT 1.7 then puts them in both, whatever the scopes.",
  "userinfo's 401 answers are JSON labelled `text/html`, and say `invalid_token` even when no token was sent; " +
    "the JWKS `Cache-Control` value repeats its own name (`Cache-Control: public, max-age=3600, …`). Harmless.",
];

/** Starts a fresh DOT server (own temp dir, SQLite database and RSA key) with `alice` and the two clients. */
export async function startDjangoOAuthToolkit(options: StartOptions): Promise<InteropOAuth2Server> {
  return startInTempDir("dot-interop-", async (dir) => {
    const [port, { privateKey }, version] = await Promise.all([
      freePort(),
      promisify(generateKeyPair)("rsa", {
        modulusLength: 2048,
        privateKeyEncoding: { type: "pkcs8", format: "pem" },
        publicKeyEncoding: { type: "spki", format: "pem" },
      }),
      packageVersions(),
    ]);
    const base = `http://127.0.0.1:${port}`;
    const config = {
      secretKey: randomBytes(32).toString("base64url"),
      database: join(dir, "db.sqlite3"),
      rsaKeyFile: join(dir, "oidc-key.pem"),
      setupResult: join(dir, "setup.json"),
      port,
      user: USER,
      redirectUris: options.redirectUris,
      clients: Object.values(CLIENTS).map((client) => ({
        name: `oauth-dance ${client.method}`,
        clientId: client.clientId,
        clientSecret: client.clientSecret,
      })),
    };
    await writeFile(config.rsaKeyFile, privateKey, { mode: 0o600 });
    await writeFile(join(dir, "config.json"), JSON.stringify(config));
    const server = await startServerProcess({
      name: "Django OAuth Toolkit",
      command: PYTHON,
      args: [join(PROJECT, "serve.py")],
      cwd: PROJECT,
      // No bytecode: the project lives in the repository, which should not collect __pycache__ directories.
      env: { DOT_CONFIG: join(dir, "config.json"), PYTHONDONTWRITEBYTECODE: "1", PYTHONUNBUFFERED: "1" },
      // serve.py opens its socket only after migrate and setup, so any page answering means all is in place.
      readyUrl: `${base}/accounts/login/`,
    });
    let sub: string;
    try {
      ({ sub } = JSON.parse(await readFile(config.setupResult, "utf8")) as { sub: string });
    } catch (error) {
      await server.close();
      throw error;
    }
    const user: InteropUser = {
      username: USER.username,
      sub,
      name: `${USER.firstName} ${USER.lastName}`,
      email: USER.email,
    };
    return {
      name: "Django OAuth Toolkit",
      version,
      issuer: `${base}/o/.well-known/openid-configuration/`,
      clients: CLIENTS,
      scope: ["openid", "profile", "email"],
      user,
      api: { baseUrl: base, path: "/o/userinfo/" },
      revokes: "both",
      options: { revocationUrl: `${base}/o/revoke_token/` },
      authorize: (authorizationUrl, consent) => playUser(authorizationUrl, consent, options.redirectUris),
      quirks: QUIRKS,
      // startInTempDir removes the temp dir once the server has stopped.
      close: () => server.close(),
    };
  });
}

/** Logs in through Django's login form if sent there, then answers DOT's consent form. */
async function playUser(
  authorizationUrl: URL,
  consent: Consent,
  redirectUris: readonly string[],
): Promise<URL> {
  // A fresh browser per authorization: each one logs in, so no session leaks between tests.
  const agent = new UserAgent();
  const isDone = redirectsTo(redirectUris);
  let reached = await agent.request(authorizationUrl, {}, isDone);
  if (isUrl(reached)) return reached;
  if (reached.url.pathname === "/accounts/login/") {
    const login = findForm(agent, reached, (form) => form.fields.has("username"), "login");
    login.fields.set("username", USER.username);
    login.fields.set("password", USER.password);
    reached = await agent.request(login.action, { form: login.fields }, isDone);
    if (isUrl(reached)) return reached;
  }
  const approval = findForm(agent, reached, (form) => form.fields.has("client_id"), "consent");
  // Authorize is the only submit button with a name; Cancel sends the same form without `allow`.
  if (consent === "allow") approval.fields.set("allow", "Authorize");
  const answer = await agent.request(approval.action, { form: approval.fields }, isDone);
  if (isUrl(answer)) return answer;
  throw new Error(`Django OAuth Toolkit did not redirect after consent (${answer.status}):\n${answer.body}`);
}

function findForm(agent: UserAgent, page: Page, test: (form: HtmlForm) => boolean, what: string): HtmlForm {
  const form = agent.forms(page).find(test);
  if (form) return form;
  throw new Error(`Django OAuth Toolkit: no ${what} form at ${page.url} (${page.status}):\n${page.body}`);
}

/** The upstream versions as Django reports them, with the Debian packages they came from. */
async function packageVersions(): Promise<string> {
  const [dot, django] = await describeDebianPackages("python3-django-oauth-toolkit", "python3-django");
  return `${dot}, Django ${django}`;
}
