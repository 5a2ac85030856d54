// Authlib (Debian python3-authlib) as an OpenID Connect provider for the interop suites: a Flask app in ./authlib.
import { generateKeyPair } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describeDebianPackages } from "../support/debian.js";
import type { Consent, InteropClient, InteropOAuth2Server, StartOptions } from "../support/interop-server.js";
import { freePort, startInTempDir, startServerProcess } from "../support/server-process.js";
import { type HtmlForm, isUrl, type Page, redirectsTo, UserAgent } from "../support/user-agent.js";

// Debian's interpreter: it is the one that sees python3-authlib and python3-flask (a pyenv python3 does not).
const PYTHON = "/usr/bin/python3";
const APP = fileURLToPath(new URL("./authlib/app.py", import.meta.url));

const USER = {
  username: "alice",
  password: "alice-pw.1~",
  sub: "user-1001",
  name: "Alice Liddell",
  email: "alice@example.org",
} as const;

const CLIENTS: Record<InteropClient["method"], InteropClient> = {
  client_secret_basic: {
    clientId: "authlibbasic",
    clientSecret: "al-secret.with_punct~1",
    method: "client_secret_basic",
  },
  client_secret_post: {
    clientId: "authlibpost",
    clientSecret: "al-post.secret_with~punct-2",
    method: "client_secret_post",
  },
};

export async function startAuthlib(options: StartOptions): Promise<InteropOAuth2Server> {
  return startInTempDir("oauth-dance-authlib-", async (dir) => {
    const port = await freePort();
    const issuer = `http://127.0.0.1:${port}`;
    const keyFile = join(dir, "signing-key.pem");
    // Generated off the event loop: other servers and tests keep running meanwhile.
    const { privateKey } = await promisify(generateKeyPair)("rsa", { modulusLength: 2048 });
    await writeFile(keyFile, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
    const configFile = join(dir, "config.json");
    const config = {
      issuer,
      keyFile,
      user: USER,
      clients: Object.values(CLIENTS),
      redirectUris: options.redirectUris,
    };
    await writeFile(configFile, JSON.stringify(config), { mode: 0o600 });
    // Looked up before the app starts, so a failure here leaves no process behind.
    const version = await packageVersions();
    const app = await startServerProcess({
      name: "Authlib",
      command: PYTHON,
      args: [APP],
      cwd: dir,
      env: {
        AUTHLIB_HARNESS_CONFIG: configFile,
        // Authlib refuses plain-http URLs other than http://localhost: unless told this is a test.
        AUTHLIB_INSECURE_TRANSPORT: "1",
        PYTHONDONTWRITEBYTECODE: "1",
        PYTHONUNBUFFERED: "1",
        // The pyenv on PATH must not leak its own module path into Debian's interpreter.
        PYTHONPATH: "",
        PYTHONHOME: "",
      },
      readyUrl: `${issuer}/.well-known/openid-configuration`,
    });
    const toApp = redirectsTo(options.redirectUris);
    // Done at the app's callback, or wherever else the server sends the browser away from itself.
    const isCallback = (next: URL) => next.origin !== issuer || toApp(next);

    return {
      name: "Authlib",
      version,
      issuer,
      clients: CLIENTS,
      scope: ["openid", "profile", "email"],
      user: { username: USER.username, sub: USER.sub, name: USER.name, email: USER.email },
      api: { baseUrl: issuer, path: "/userinfo" },
      // Revoking the refresh token (or giving no hint) also ends its access token, as Authlib's own token mixin.
      revokes: "both",
      quirks: [
        "client_secret_basic: Authlib 1.2.0 base64-decodes the Basic credentials but does not form-urldecode them " +
          "(RFC 6749 §2.3.1): a secret with `-`, `.`, `_` or `~`, which openid-client sends as `%2D`, `%2E`, `%5F`, " +
          "`%7E`, fails with 401 invalid_client (raw `Basic base64(id:secret)` works). Workaround: a secret of " +
          "letters and digits only (what Authlib's own generate_token makes), or a client registered for " +
          "`tokenEndpointAuthMethod: 'client_secret_post'`.",
        'A failed client authentication is always 401 with `WWW-Authenticate: Basic error="invalid_client", ' +
          'error_description=""`, also for client_secret_post; openid-client then throws ' +
          "WWWAuthenticateChallengeError (error code in the challenge, not a ResponseBodyError). Nothing to set.",
        "Refresh tokens rotate: a refresh answers a new refresh token, the old one then gets invalid_grant and the " +
          "old access token 401 at userinfo: `refresh: 'rotating'`.",
        "The refresh answer has no id_token (OpenIDCode only extends the authorization code grant). Nothing to set.",
        'Bearer errors at userinfo carry a stray parameter, `WWW-Authenticate: Bearer extra_attributes="{}", ' +
          'error="invalid_token", ...`, and with no token at all `bearer error="missing_authorization"` ' +
          "(lower-case scheme, an error code RFC 6750 does not define). Nothing to set; challenges must be parsed leniently.",
        "The ID token's `aud` is an array (`[client_id]`) with no `azp`; it carries the profile and email claims " +
          "as userinfo does. Nothing to set.",
        "Discovery is only at the exact `/.well-known/openid-configuration` (with a trailing slash: 404, no " +
          "redirect; no RFC 8414 document): `issuer` alone works.",
      ],
      authorize: (authorizationUrl, consent) => playUser(authorizationUrl, consent, isCallback),
      // startInTempDir removes the temp dir once the app has stopped.
      close: () => app.close(),
    };
  });
}

/** Signs in at the login page, then answers the consent page; stops at the redirect to the app's callback. */
async function playUser(
  authorizationUrl: URL,
  consent: Consent,
  isCallback: (next: URL) => boolean,
): Promise<URL> {
  const agent = new UserAgent();
  const loginPage = await agent.request(authorizationUrl, {}, isCallback);
  if (isUrl(loginPage)) return loginPage;
  const login = formWith(agent, loginPage, "password", "the login form");
  login.fields.set("username", USER.username);
  login.fields.set("password", USER.password);
  const consentPage = await agent.request(
    login.action,
    { method: login.method, form: login.fields },
    isCallback,
  );
  if (isUrl(consentPage)) return consentPage;
  const answer = formWith(agent, consentPage, "csrf_token", "the consent form");
  // The pressed button's name and value, as a browser sends them.
  answer.fields.set("decision", consent);
  const callback = await agent.request(
    answer.action,
    { method: answer.method, form: answer.fields },
    isCallback,
  );
  if (isUrl(callback)) return callback;
  throw new Error(
    `Authlib did not redirect to the callback after consent (${callback.status}):\n${callback.body}`,
  );
}

function formWith(agent: UserAgent, page: Page, field: string, what: string): HtmlForm {
  const form = agent.forms(page).find((candidate) => candidate.fields.has(field));
  if (!form) throw new Error(`Authlib did not show ${what} at ${page.url} (${page.status}):\n${page.body}`);
  return form;
}

/** The versions of the Debian packages the app runs on, for the interop table. */
async function packageVersions(): Promise<string> {
  const [authlib, flask] = await describeDebianPackages("python3-authlib", "python3-flask");
  return `${authlib}, Flask ${flask}`;
}
