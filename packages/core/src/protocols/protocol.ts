// The seam between the generic routes and handle and one protocol (OAuth 2 or OAuth 1.0a): all that differs.
import type { DanceError } from "../errors.js";
import type { ClientCertificate } from "../http/client-certificate.js";
import type { Sealer } from "../session/seal.js";
import type { Token } from "../token.js";
import type { LogoutTokenChecks, VerifiedLogout } from "./logout-token-checks.js";

/** What every protocol client calls providers with. */
export interface ClientDeps {
  /** Seals what a token keeps that no store may read (a DPoP private key), with the dance's secrets. */
  sealer: Sealer;
  /** The protocol fetch (`limitResponseSize`), which abandons a call after `timeout` unless given a signal. */
  fetch?: typeof fetch | undefined;
  /** Seconds before a call to the provider is abandoned. */
  timeout: number;
  /** The dance's clock (milliseconds), for what expires at the provider (a registered client's secret). */
  now?: (() => number) | undefined;
  /**
   * The fetches that present a TLS client certificate (`mtls`): for protocol calls and for API calls, with their
   * size limits; undefined where the runtime cannot present one.
   */
  certificateFetch?: (
    certificate: ClientCertificate,
  ) => { protocol: typeof fetch; api: typeof fetch } | undefined;
}

/** What the login route keeps, sealed, until the callback. */
export interface StartedDance {
  /** Where to send the browser. */
  url: URL;
  /** The value the provider echoes on the callback: the OAuth 2 `state`, or the OAuth 1 request token. */
  key: string;
  /** What the protocol needs to finish: PKCE verifier, nonce, request-token secret. */
  secrets: Record<string, string>;
}

/** What a dance in flight carries back to the protocol at the callback. */
export interface DanceInFlight {
  key: string;
  callbackUrl: string;
  secrets: Record<string, string>;
}

/** A refusal the provider reported on the callback (OAuth 2 `error=`, OAuth 1 `denied=`). */
export interface CallbackRefusal {
  error: string;
  description?: string | undefined;
  uri?: string | undefined;
}

/** The options every protocol has, which the generic layers read. */
export interface CommonOptions {
  /** The API base that `handle.api` resolves relative URLs against. */
  baseUrl?: string | undefined;
  /** Headers every `handle.api` request carries. */
  apiHeaders?: Readonly<Record<string, string>> | undefined;
  redirectUrl?: string | undefined;
  redirectTo?: string | undefined;
  callbackUrl?: string | undefined;
}

/**
 * A provider's client for one request, whichever protocol it speaks: everything the routes and the handle ask of
 * a protocol. Nothing outside `protocols/` tells the protocols apart.
 */
export interface ProtocolClient {
  readonly name: string;
  readonly options: Readonly<CommonOptions>;

  /**
   * Builds the authorization redirect for a dance that will come back to `callbackUrl`, asking for `scope` when
   * given instead of the configured scope (a protocol without scopes ignores it).
   */
  start(callbackUrl: string, scope?: readonly string[]): Promise<StartedDance>;
  /** The scopes a login asks for when nothing more is asked, and those it may add; empty for OAuth 1.0a. */
  readonly scopes: { configured: readonly string[]; optional: readonly string[]; incremental: boolean };
  /**
   * Where the browser goes for a started dance, once the `beforeLogin` hook has seen (and perhaps changed) its URL:
   * the URL itself, or its parameters signed into a request object or pushed to the server first.
   */
  authorizationRedirect(url: URL): Promise<URL>;
  /** The callback's echo of `StartedDance.key`. */
  callbackKey(params: URLSearchParams): string | null;
  /**
   * The refusal the callback reports, if any; a `uri` is kept only when it is https on the provider's own
   * origin, since the browser may be shown it.
   */
  refusal(params: URLSearchParams): Promise<CallbackRefusal | undefined>;
  /** Exchanges what the callback carries for a token. */
  finish(dance: DanceInFlight, params: URLSearchParams): Promise<Token>;

  /** Whether a token can be used for API calls (OAuth 2: an access token; OAuth 1: token and secret). */
  isUsable(token: Token | undefined): token is Token;
  /** Whether this token is refreshed when it expires (never, for OAuth 1). */
  canRefresh(token: Token): boolean;
  /** Seconds before expiry at which a refreshable token counts as expired. */
  readonly refreshSkew: number;
  /** The refresh grant: the new token, or a `refresh_failed` DanceError. */
  refresh(token: Token): Promise<Token>;
  /** Whether a refresh failure means the refresh token is dead, so the stored token should go. */
  isDeadRefreshToken(error: DanceError): boolean;
  /** Ends the token at the provider (RFC 7009) where it can; false when the provider offers no way to. */
  revoke(token: Token): Promise<boolean>;
  /**
   * Sends the API request authenticated with the token (a bearer header, a query parameter, a DPoP proof, an
   * OAuth 1 signature) through `send`, which may be called more than once (a DPoP nonce retry).
   */
  sendWithToken(
    request: Request,
    token: Token,
    send: (request: Request) => Promise<Response>,
  ): Promise<Response>;
  /** Where the user's claims can be read, when the provider has a userinfo endpoint. */
  userinfoUrl(): Promise<string | undefined>;
  /**
   * The provider's end-session URL with these parameters (OpenID Connect RP-Initiated Logout: `id_token_hint`,
   * `post_logout_redirect_uri`, `state`; the client id is added), or undefined when the provider has none.
   */
  endSessionUrl(params: Readonly<Record<string, string>>): Promise<URL | undefined>;
  /**
   * Checks a logout token the provider POSTed (OpenID Connect Back-Channel Logout §2.6) and says whom it logs out.
   *
   * @throws LogoutTokenRefused naming the rule it broke (always, for a protocol without back-channel logout).
   */
  verifyLogoutToken(token: string, checks: LogoutTokenChecks): Promise<VerifiedLogout>;
}
