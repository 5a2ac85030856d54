// The one error class of the library: a closed set of codes, a human message, and the provider's own words.

/** Every reason a dance or an API call can fail, as a closed union. */
export const DanceErrorCode = {
  /** An option passed to `createDance`, `oauth2` or a preset is invalid. */
  InvalidOptions: "invalid_options",
  /** A provider chosen per request, or looked up by `resolveProvider`, could not be had: the app's function threw. */
  ProviderUnavailable: "provider_unavailable",
  /** A value that `fromConfig` should supply is missing at request time. */
  MissingConfig: "missing_config",
  /** The provider's OpenID Connect discovery document could not be fetched or read. */
  DiscoveryFailed: "discovery_failed",
  /**
   * Dynamic client registration (`register`, RFC 7591) failed: the server lists no registration endpoint, or it
   * refused the client (its `error` and description are kept), or could not be reached.
   */
  ClientRegistrationFailed: "client_registration_failed",
  /** The server refused a pushed authorization request (RFC 9126), or the request object could not be signed. */
  AuthorizationRequestFailed: "authorization_request_failed",
  /** An OAuth 1 provider refused to issue a request token, or answered with something that is not one. */
  RequestTokenFailed: "request_token_failed",
  /** A login URL asked for a scope the provider's options do not allow it to (`optionalScopes`). */
  ScopeNotAllowed: "scope_not_allowed",
  /** The callback's `state` matches no dance this browser started (stale tab, replay, forgery). */
  StateMismatch: "state_mismatch",
  /** The provider sent `error=` to the callback (for example `access_denied`). */
  ProviderError: "provider_error",
  /** The callback carries neither `code` nor `error` (OAuth 1: no `oauth_verifier`). */
  MissingCode: "missing_code",
  /** The token endpoint refused the code or answered with something that is not a token. */
  TokenExchangeFailed: "token_exchange_failed",
  /** A refresh of an expired token failed. */
  RefreshFailed: "refresh_failed",
  /** `logout()` could not revoke the token at the provider (it is forgotten locally all the same). */
  RevocationFailed: "revocation_failed",
  /** The token store could not read, write or delete a token. */
  StorageFailed: "storage_failed",
  /** An API call was made for a provider the user has no token for. */
  NotAuthorized: "not_authorized",
  /** A hook threw. */
  HookFailed: "hook_failed",
  /** The `authorized` hook refused the account (`{ refuse }`): not linked, nothing stored. */
  AccountRefused: "account_refused",
  /** `handle.profile()` found no user endpoint, or the provider's answer is not a profile. */
  ProfileFailed: "profile_failed",
} as const;

export type DanceErrorCode = (typeof DanceErrorCode)[keyof typeof DanceErrorCode];

/** The step of the dance an error happened in. */
export type DanceStep =
  | "options"
  | "login"
  | "callback"
  | "exchange"
  | "store"
  | "api"
  | "refresh"
  | "logout"
  | "profile";

export interface DanceErrorOptions {
  provider?: string | undefined;
  step?: DanceStep | undefined;
  /** RFC 6749 `error`, as the provider sent it. */
  error?: string | undefined;
  /** RFC 6749 `error_description`, as the provider sent it. */
  errorDescription?: string | undefined;
  /** RFC 6749 `error_uri`, as the provider sent it. */
  errorUri?: string | undefined;
  /** The HTTP status the provider answered with, when it answered. */
  status?: number | undefined;
  cause?: unknown;
}

/** The most characters kept of each piece of provider text (RFC 6749 error codes are a few words). */
const MAX_ERROR_CODE = 100;
const MAX_DESCRIPTION = 500;
const MAX_URI = 500;
const MAX_MESSAGE = 700;

/** The text with control characters made spaces, cut to `max` characters. */
function clip<T extends string | undefined>(text: T, max: number): T {
  if (text === undefined) return text;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, " ");
  return (clean.length > max ? `${clean.slice(0, max - 1)}…` : clean) as T;
}

/**
 * The error every part of oauth-dance throws or hands to the `error` hook.
 * Messages never contain secrets, tokens, codes or cookies.
 */
export class DanceError extends Error {
  override readonly name = "DanceError";
  readonly code: DanceErrorCode;
  readonly provider: string | undefined;
  readonly step: DanceStep | undefined;
  readonly error: string | undefined;
  readonly errorDescription: string | undefined;
  readonly errorUri: string | undefined;
  /** The HTTP status the provider answered with (token, refresh, revocation), when it answered at all. */
  readonly status: number | undefined;

  /**
   * Provider text (`error`, `errorDescription`, `errorUri`, and whatever of it the message quotes) is clipped
   * and stripped of control characters here, so no provider can make an error, a log line or the error cookie
   * as large as it likes.
   */
  constructor(code: DanceErrorCode, message: string, options: DanceErrorOptions = {}) {
    super(clip(message, MAX_MESSAGE), options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.provider = options.provider;
    this.step = options.step;
    this.error = clip(options.error, MAX_ERROR_CODE);
    this.errorDescription = clip(options.errorDescription, MAX_DESCRIPTION);
    // A clipped URI would point somewhere else: one too long is dropped.
    this.errorUri =
      options.errorUri !== undefined && options.errorUri.length <= MAX_URI
        ? clip(options.errorUri, MAX_URI)
        : undefined;
    this.status = options.status;
  }

  /** A plain, serialisable summary (what the error flash cookie and logs carry). */
  toJSON(): DanceErrorInfo {
    const info: DanceErrorInfo = { code: this.code, message: this.message };
    if (this.provider !== undefined) info.provider = this.provider;
    if (this.error !== undefined) info.error = this.error;
    if (this.errorDescription !== undefined) info.errorDescription = this.errorDescription;
    if (this.errorUri !== undefined) info.errorUri = this.errorUri;
    return info;
  }
}

/** What an app reads back after a failed dance, through `handle.takeError()`. */
export interface DanceErrorInfo {
  code: DanceErrorCode;
  message: string;
  provider?: string;
  error?: string;
  errorDescription?: string;
  errorUri?: string;
}

export function isDanceError(value: unknown): value is DanceError {
  return value instanceof DanceError;
}
