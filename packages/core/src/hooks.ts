// The hooks an app gives `createDance` (Flask-Dance's signals), and the events they receive.
import type { DanceError } from "./errors.js";
import type { ProviderHandle } from "./handle/provider-handle.js";
import type { DanceRequest } from "./http/request.js";
import type { DanceResponse } from "./http/result.js";
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
}

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
   * After the code was exchanged, before the token is stored. Return `false` to not store it; return a response
   * to answer with it instead of the redirect (the token is then not stored either); throw to fail the dance.
   */
  authorized?:
    | ((
        event: AuthorizedEvent,
      ) => undefined | boolean | DanceResponse | Promise<undefined | boolean | DanceResponse>)
    | undefined;
  /** A token was stored, refreshed or deleted: for apps that mirror tokens elsewhere. */
  tokenUpdated?: ((event: TokenUpdatedEvent) => void | Promise<void>) | undefined;
  /** A dance (or a token refresh) failed. Return a response to answer with it; otherwise the browser is redirected with the error recorded. */
  // biome-ignore lint/suspicious/noConfusingVoidType: hooks that return nothing are the common case.
  error?: ((event: ErrorEvent) => void | DanceResponse | Promise<void | DanceResponse>) | undefined;
}
