// oauth2-mock-server (npm) as an in-process OpenID Connect server for the interop suites.
import { generateKeyPair, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { type MutableRedirectUri, type MutableResponse, OAuth2Server } from "oauth2-mock-server";
import type { Consent, InteropClient, InteropOAuth2Server, StartOptions } from "../support/interop-server.js";
import { isUrl, redirectsTo, UserAgent } from "../support/user-agent.js";

// The server has one built-in user and answers `sub: "johndoe"` whoever asks.
const USER = { username: "johndoe", sub: "johndoe", name: "John Doe", email: "johndoe@example.org" } as const;

// The server checks no client: these are what the suites send, not registrations it knows of.
const CLIENTS: Record<InteropClient["method"], InteropClient> = {
  client_secret_basic: {
    clientId: "mockbasic",
    clientSecret: "al-secret.with_punct~1",
    method: "client_secret_basic",
  },
  client_secret_post: {
    clientId: "mockpost",
    clientSecret: "al-post.secret_with~punct-2",
    method: "client_secret_post",
  },
};

export async function startOAuth2MockServer(options: StartOptions): Promise<InteropOAuth2Server> {
  const server = new OAuth2Server();
  // Generated off the event loop: other servers and tests keep running meanwhile.
  const { privateKey } = await promisify(generateKeyPair)("rsa", { modulusLength: 2048 });
  await server.issuer.keys.add({
    ...privateKey.export({ format: "jwk" }),
    kid: randomUUID(),
    alg: "RS256",
    use: "sig",
  });
  // Port 0: the OS picks a free port as the socket binds, so there is no window for another process to take it.
  await server.start(0, "127.0.0.1");
  // The server names itself http://localhost:<port> even when bound to 127.0.0.1; it is reached on 127.0.0.1 only.
  const issuer = `http://127.0.0.1:${server.address().port}`;
  server.issuer.url = issuer;

  // Its documented way to give userinfo more than `sub`.
  const userinfo = (response: MutableResponse) => {
    if (response.statusCode === 200 && typeof response.body === "object") {
      response.body = { ...response.body, name: USER.name, email: USER.email };
    }
  };
  server.service.on("beforeUserinfo", userinfo);

  const toApp = redirectsTo(options.redirectUris);
  // Done at the app's callback, or wherever else the server sends the browser away from itself.
  const isCallback = (next: URL) => next.origin !== issuer || toApp(next);

  return {
    name: "oauth2-mock-server",
    version: `${mockServerVersion()} (npm oauth2-mock-server)`,
    issuer,
    clients: CLIENTS,
    scope: ["openid", "profile", "email"],
    user: USER,
    api: { baseUrl: issuer, path: "/userinfo" },
    // Its /revoke answers 200 and forgets nothing: every token keeps working.
    revokes: "none",
    unsupported: {
      wrongSecret: "oauth2-mock-server checks no client secret: any secret gets tokens",
      deadRefreshToken: "oauth2-mock-server answers 200 to any refresh token, even garbage",
    },
    quirks: [
      "Client authentication is not supported by the server: the token endpoint answers 200 to any client_id and " +
        "secret (a wrong one, or none), so wrong-secret rejection is n/a.",
      "No login and no consent page: /authorize redirects straight back with a code. Denial is n/a at the server " +
        "itself; the harness denies through its documented beforeAuthorizeRedirect hook (error=access_denied).",
      "Redirect URIs are not registered or checked: /authorize redirects to any redirect_uri (mismatch tests are n/a).",
      "Userinfo ignores the Authorization header: 200 with the same claims for a missing, garbage or revoked " +
        "token (invalid-token tests are n/a).",
      "Revocation is not supported by the server: /revoke answers 200 with an empty body and every token keeps " +
        "working (`revokes: 'none'`).",
      "The refresh_token grant answers 200 to any refresh token, even garbage or an already used one (a new one " +
        "each time): rejected-refresh tests are n/a.",
      "Codes are not stored, only their PKCE challenge: without code_verifier any code string gets tokens; a " +
        "reused or unknown code with code_verifier gets 400 invalid_request `code_challenge required`, not invalid_grant.",
      "The token answer's `scope` is the token request's `scope` parameter, else `dummy`; never the authorized scope.",
      "The ID token's `aud` is the Basic username as sent, not form-urldecoded: client id `a-b.c_d~e` under " +
        'openid-client\'s client_secret_basic gets `aud: "a%2Db%2Ec%5Fd%7Ee"` and fails ID token validation. ' +
        "Workaround: `tokenEndpointAuthMethod: 'client_secret_post'`, or a client id of letters and digits only.",
      'Discovery advertises `token_endpoint_auth_methods_supported: ["none"]` and no `refresh_token` grant type, ' +
        "although Basic, body credentials and refresh all work. Nothing to set (the client's method is its own).",
    ],
    authorize: async (authorizationUrl: URL, consent: Consent): Promise<URL> => {
      const state = authorizationUrl.searchParams.get("state");
      // Only this request's redirect is turned into a denial, even when other authorizations run at the same time.
      const deny = (redirect: MutableRedirectUri, req: IncomingMessage) => {
        const query = new URL(req.url ?? "/", issuer).searchParams;
        if (query.get("state") !== state) return;
        server.service.off("beforeAuthorizeRedirect", deny);
        // The server redirects to this same URL object after the hook, so it is changed in place.
        redirect.url.searchParams.delete("code");
        redirect.url.searchParams.set("error", "access_denied");
      };
      if (consent === "deny") server.service.on("beforeAuthorizeRedirect", deny);
      try {
        const next = await new UserAgent().request(authorizationUrl, {}, isCallback);
        if (isUrl(next)) return next;
        throw new Error(
          `oauth2-mock-server did not redirect to the callback (${next.status}):\n${next.body}`,
        );
      } finally {
        server.service.off("beforeAuthorizeRedirect", deny);
      }
    },
    close: async () => {
      server.service.off("beforeUserinfo", userinfo);
      if (server.listening) await server.stop();
    },
  };
}

/** The installed package's version, read from its package.json (which its `exports` do not expose). */
function mockServerVersion(): string {
  const entry = createRequire(import.meta.url).resolve("oauth2-mock-server");
  const manifest: unknown = JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8"));
  if (typeof manifest === "object" && manifest !== null && "version" in manifest)
    return String(manifest.version);
  throw new Error(`no version in the package.json next to ${entry}`);
}
