// Interop harness: an OAuth 1.0a server whose signatures PHP's PECL OAuthProvider verifies, served by `php -S`.
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { debianVersions } from "../support/debian.js";
import type { Consent, InteropOAuth1Server, StartOptions } from "../support/interop-server.js";
import { freePort, startInTempDir, startServerProcess } from "../support/server-process.js";
import { isUrl, redirectsTo, UserAgent } from "../support/user-agent.js";

const run = promisify(execFile);

const PHP_DIR = fileURLToPath(new URL("./php-oauth/", import.meta.url));

/** Punctuation on purpose: the secret must be percent-encoded into the signing key. */
const CONSUMER = { key: "php-key", secret: "php-secret.with_punct~1" };

const USER = { id: "1001", name: "alice" };

const QUIRKS = [
  "PHP rewrites `.` and spaces in parameter names to `_` and PECL then signs both spellings, so a query or form " +
    "parameter named `a.b` or `a b` always fails with signature_invalid; workaround: no such names in signed " +
    "requests (nothing a client can do).",
  "PHP keeps one value per parameter name (the last; the query's when the name is in query and body too) and " +
    "turns `a[]`/`a[x]` into arrays, so repeated names and bracketed names fail with signature_invalid; " +
    "workaround: send each name once, without brackets.",
  "PECL reads form-body parameters from $_POST, which PHP fills for POST only: a PUT/PATCH/DELETE with a form " +
    "body that the client signs fails with signature_invalid; workaround: send such parameters in the query.",
  "A missing parameter (parameter_absent, with oauth_parameters_absent) and an unknown signature method " +
    "(signature_method_rejected) answer 400, not 401; every other refusal is 401. Clients should read " +
    "oauth_problem from the form-encoded body whatever the status.",
  "signature_invalid answers append `debug_sbs=` and the base string PECL computed, whose own `&`s are not " +
    "escaped: a form parser sees debug_sbs=<method> plus two stray fields; read oauth_problem (the first " +
    "field) and take the rest of the raw body after `debug_sbs=` when comparing base strings.",
  "PECL URL-decodes Authorization header values with `+` read as a space: a signature sent with a raw `+` " +
    "(base64 not percent-encoded) fails with signature_invalid; workaround: percent-encode every header value, " +
    "as RFC 5849 §3.5.1 asks.",
  "PECL builds the signed URL from the Host header and REQUEST_URI (X-Forwarded-Proto wins for the scheme): " +
    "the client must sign the host and port it connects to.",
  "OAuthProvider cannot verify RSA-SHA1 (it only signs with a private key), so only HMAC-SHA1, HMAC-SHA256 " +
    "and PLAINTEXT are offered.",
  "A refused authorization comes back as `denied=<request token>` with no oauth_token (as X/Twitter does); " +
    "the client must recognise the refusal by `denied`.",
  "Token secrets are base64 and always contain `+`, `/` and `=`: the client must form-decode the token answer " +
    "and percent-encode the secret into the signing key (this harness's choice, to catch encoding slips).",
] as const;

/** The PHP and PECL oauth versions, or an error saying what to install. */
async function phpRuntime(): Promise<{ php: string; oauth: string }> {
  let stdout: string;
  try {
    ({ stdout } = await run("php", [
      "-r",
      'echo json_encode([PHP_VERSION, phpversion("oauth"), class_exists("OAuthProvider")]);',
    ]));
  } catch (error) {
    throw new Error(
      `PHP's CLI is needed for the PECL OAuthProvider harness (Debian: apt-get install php-cli php-oauth): ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
  const [php, oauth, hasProvider] = JSON.parse(stdout) as [string, string | false, boolean];
  if (!oauth || !hasProvider) {
    throw new Error(
      `PHP ${php} has no PECL oauth extension with OAuthProvider (Debian: apt-get install php-oauth; check php -m)`,
    );
  }
  return { php, oauth };
}

/** The Debian package the extension came from, when dpkg knows it. */
async function debianPackage(php: string): Promise<string | undefined> {
  const [major, minor] = php.split(".");
  const names = [`php${major}.${minor}-oauth`, "php-oauth"];
  const versions = await debianVersions(...names);
  // None without dpkg, or under another package name: the version says enough without it.
  const name = names.find((candidate) => versions.has(candidate));
  return name === undefined ? undefined : `Debian package ${name} ${versions.get(name)}`;
}

/**
 * Starts PHP's built-in server with the harness router on a free loopback port, its state in a fresh temp dir.
 * Throws when PHP or the extension is missing: the interop run fails, it does not skip.
 */
export async function startPhpOAuthProvider(options: StartOptions): Promise<InteropOAuth1Server> {
  const runtime = await phpRuntime();
  const from = await debianPackage(runtime.php);
  return startInTempDir("php-oauth-", async (dir) => {
    await writeFile(
      join(dir, "config.json"),
      JSON.stringify({
        consumers: { [CONSUMER.key]: CONSUMER.secret },
        callbacks: options.redirectUris,
        user: USER,
      }),
    );
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = await startServerProcess({
      name: "PECL OAuthProvider (php -S)",
      command: "php",
      // Warnings go to the server's log (its stderr), never into an answer a client parses. PECL oauth 2.0.7
      // creates its properties dynamically, which PHP 8.2 deprecates on every request: that noise is left out.
      args: [
        "-d",
        "display_errors=0",
        "-d",
        "log_errors=1",
        "-d",
        "error_reporting=E_ALL & ~E_DEPRECATED",
        "-S",
        `127.0.0.1:${port}`,
        "-t",
        PHP_DIR,
        join(PHP_DIR, "router.php"),
      ],
      cwd: PHP_DIR,
      env: { PHP_OAUTH_STATE_DIR: dir },
      readyUrl: `${base}/health`,
    });
    const toApp = redirectsTo(options.redirectUris);
    // Done at the app's callback, or wherever else the server sends the browser away from itself.
    const isCallback = (next: URL) => next.origin !== base || toApp(next);

    return {
      name: "PECL OAuthProvider",
      version: `PHP ${runtime.php}, PECL oauth ${runtime.oauth}${from ? ` (${from})` : ""}`,
      requestTokenUrl: `${base}/oauth/request_token`,
      authorizationUrl: `${base}/oauth/authorize`,
      accessTokenUrl: `${base}/oauth/access_token`,
      clientKey: CONSUMER.key,
      clientSecret: CONSUMER.secret,
      signatureMethods: ["HMAC-SHA1", "HMAC-SHA256", "PLAINTEXT"],
      api: { baseUrl: base, path: "/api/me" },
      user: { username: USER.name },
      quirks: QUIRKS,
      async authorize(authorizationUrl: URL, consent: Consent): Promise<URL> {
        const agent = new UserAgent();
        const page = await agent.request(authorizationUrl, {}, isCallback);
        if (isUrl(page)) throw new Error(`PECL OAuthProvider harness redirected before asking: ${page.href}`);
        if (page.status !== 200) {
          throw new Error(`PECL OAuthProvider harness authorization page: HTTP ${page.status}: ${page.body}`);
        }
        const form = agent.forms(page).find((candidate) => candidate.fields.get("decision") === consent);
        if (!form) throw new Error(`PECL OAuthProvider harness authorization page has no ${consent} form`);
        const next = await agent.request(form.action, { method: form.method, form: form.fields }, isCallback);
        if (!isUrl(next)) {
          throw new Error(
            `PECL OAuthProvider harness did not redirect to the callback: HTTP ${next.status}: ${next.body}`,
          );
        }
        return next;
      },
      // startInTempDir removes the temp dir once the server has stopped.
      close: () => server.close(),
    };
  });
}
