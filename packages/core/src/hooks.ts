// The hooks an app gives `createDance` (Flask-Dance's signals), and the events they receive.
import type { DanceError } from "./errors.js";
import type { Profile } from "./handle/profile.js";
import type { ProviderHandle } from "./handle/provider-handle.js";
import type { DanceRequest } from "./http/request.js";
import type { DanceResponse } from "./http/result.js";
import type { UserId } from "./storage/resolve-user.js";
import type { ProviderAccount } from "./storage/token-account.js";
import type { Token } from "./token.js";

export interface BeforeLoginEvent {
  provider: string;
  /** The authorization URL the browser is about to be sent to; a hook may add parameters to it. */
  url: URL;
  request: DanceRequest;
  native: unknown;
}

export interface AuthorizedEvent {
  provider: string;
  token: Token;
  request: DanceRequest;
  native: unknown;
  /** The provider's handle for this request: `handle.api` already carries the new token. */
  handle: ProviderHandle;
  /**
   * The app's current user, as the store would find them: the handle's `config.userId` (or `config.user`), else
   * the store's `user` function; undefined for a visitor not logged in to the app.
   */
  user: string | undefined;
  /** The account at the provider, for a provider with `multipleAccounts` (known before the hook runs). */
  account: ProviderAccount | undefined;
  /** Who the user is at the provider (`handle.profile()`, loaded once). */
  profile<Raw = Record<string, unknown>>(): Promise<Profile<Raw>>;
}

/**
 * What the `authorized` hook may answer, besides a response: `{ user }` stores the token for that app user (the
 * one the account is linked to, or a user just created for it), `{ refuse }` fails the dance with
 * `account_refused` and that message, storing nothing.
 */
export type AuthorizedVerdict = { user: UserId } | { refuse: string };

/** What the `authorized` hook may return (see `DanceHooks.authorized`). */
// biome-ignore lint/suspicious/noConfusingVoidType: an async hook that returns nothing is the common case.
export type AuthorizedAnswer = void | boolean | DanceResponse | AuthorizedVerdict;

export interface ErrorEvent {
  provider: string;
  error: DanceError;
  request: DanceRequest;
  native: unknown;
}

export interface TokenUpdatedEvent {
  provider: string;
  /** The token now stored; undefined after a logout. */
  token: Token | undefined;
  /** Why: stored after a dance or `setToken`, refreshed by the API client, or deleted by `logout`. */
  reason: "stored" | "refreshed" | "deleted";
  request: DanceRequest;
  native: unknown;
  handle: ProviderHandle;
}

/** Flask-Dance's signals as hooks. Each may be async. */
export interface DanceHooks {
  /** Just before the redirect to the provider. */
  beforeLogin?: ((event: BeforeLoginEvent) => void | Promise<void>) | undefined;
  /**
   * After the code was exchanged, before the token is stored: where an app links the account to its user. Return
   * nothing to store the token for `event.user`; `{ user }` to store it for another (the account's linked user,
   * or a new one); `{ refuse: message }` to fail the dance with `account_refused`; `false` to not store it; a
   * response to answer with it instead of the redirect (the token is then not stored either); throw to fail.
   */
  authorized?: ((event: AuthorizedEvent) => AuthorizedAnswer | Promise<AuthorizedAnswer>) | undefined;
  /** A token was stored, refreshed or deleted: for apps that mirror tokens elsewhere. */
  tokenUpdated?: ((event: TokenUpdatedEvent) => void | Promise<void>) | undefined;
  /** A dance (or a token refresh) failed. Return a response to answer with it; otherwise the browser is redirected with the error recorded. */
  // biome-ignore lint/suspicious/noConfusingVoidType: hooks that return nothing are the common case.
  error?: ((event: ErrorEvent) => void | DanceResponse | Promise<void | DanceResponse>) | undefined;
}
