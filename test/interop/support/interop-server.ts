// What every third-party authorization server in the interop matrix offers the shared suites, once started.
import type { OAuth2Options } from "@oauth-dance/core";

/** A client registered at the server. Secrets carry punctuation on purpose (`-`, `.`, `_`, `~`). */
export interface InteropClient {
  clientId: string;
  clientSecret: string;
  /** The client authentication this registration is for. */
  method: "client_secret_basic" | "client_secret_post";
}

/** The user the harness logs in as, and what the server says about them. */
export interface InteropUser {
  username: string;
  /** The `sub` the server issues for this user. */
  sub: string;
  /** What the server tells about the user, where it does (ID token or userinfo). */
  name?: string;
  email?: string;
}

/** Where a harness sends the browser back: the app's callback URL with the server's answer in its query. */
export type Consent = "allow" | "deny";

/** An OAuth 2 / OpenID Connect server written by others, running on 127.0.0.1 for one test file. */
export interface InteropOAuth2Server {
  /** The server's product name ("Glewlwyd"). */
  readonly name: string;
  /** Its version and where it came from ("2.7.5, Debian package glewlwyd 2.7.5-3+deb12u1"). */
  readonly version: string;
  /** What `oauth2({ issuer })` takes: the issuer, or the discovery document's own URL where the server needs it. */
  readonly issuer: string;
  /** One client per client-authentication method, both registered with `redirectUris`. */
  readonly clients: Readonly<Record<InteropClient["method"], InteropClient>>;
  /** The scopes that give an ID token and a refresh token at this server. */
  readonly scope: readonly string[];
  /** Authorization parameters the server needs for a refresh token (`prompt=consent`, ...), if any. */
  readonly authorizationParams?: Readonly<Record<string, string>>;
  readonly user: InteropUser;
  /**
   * An API that answers a GET with the access token as a bearer: its base URL and a path that returns JSON
   * whose `sub` is the user's (most servers: the userinfo endpoint).
   */
  readonly api: { baseUrl: string; path: string };
  /** What RFC 7009 revocation ends at this server (checked after `logout()`), or "none" without revocation. */
  readonly revokes: "refresh_token" | "both" | "none";
  /** Provider options that work around this server's quirks (each one is also among `quirks`). */
  readonly options?: Readonly<Partial<OAuth2Options>>;
  /** What the server cannot do at all, each with why: the matching check is reported as not applicable. */
  readonly unsupported?: Readonly<Partial<Record<"deny" | "wrongSecret" | "deadRefreshToken", string>>>;
  /**
   * Plays the user at the server: logs in as `user` and answers the consent screen, following the server's own
   * pages (forms, cookies, redirects) as a browser would. Returns the URL the server sends the browser to next,
   * the app's callback with `code`/`state` or `error`, without requesting it.
   */
  authorize(authorizationUrl: URL, consent: Consent): Promise<URL>;
  /** Server-side quirks seen, each with the client option that works around it (for docs/interop.md). */
  readonly quirks: readonly string[];
  close(): Promise<void>;
}

/** An OAuth 1.0a server written by others, running on 127.0.0.1 for one test file. */
export interface InteropOAuth1Server {
  readonly name: string;
  readonly version: string;
  readonly requestTokenUrl: string;
  readonly authorizationUrl: string;
  readonly accessTokenUrl: string;
  readonly clientKey: string;
  readonly clientSecret: string;
  /** Signature methods the server verifies. */
  readonly signatureMethods: readonly ("HMAC-SHA1" | "HMAC-SHA256" | "PLAINTEXT")[];
  /** A protected resource that checks the signature and answers JSON `{ user, method, params }`. */
  readonly api: { baseUrl: string; path: string };
  readonly user: { username: string };
  /** Approves or denies the request token at the server; returns the callback URL the server redirects to. */
  authorize(authorizationUrl: URL, consent: Consent): Promise<URL>;
  readonly quirks: readonly string[];
  close(): Promise<void>;
}

export interface StartOptions {
  /** The app's callback URLs the server must accept (register them exactly). */
  redirectUris: readonly string[];
}
