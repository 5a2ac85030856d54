// The seam between the generic login/callback routes and one protocol (OAuth 2 or OAuth 1.0a).
import type { PendingDance } from "../routes/pending-dance.js";
import type { Token } from "../token.js";

/** What the login route keeps, sealed, until the callback. */
export interface StartedDance {
  /** Where to send the browser. */
  url: URL;
  /** The value the provider echoes on the callback: the OAuth 2 `state`, or the OAuth 1 request token. */
  key: string;
  /** What the protocol needs to finish: PKCE verifier, nonce, request-token secret. */
  secrets: Record<string, string>;
}

/** A refusal the provider reported on the callback (OAuth 2 `error=`, OAuth 1 `denied=`). */
export interface CallbackRefusal {
  error: string;
  description?: string | undefined;
  uri?: string | undefined;
}

export interface DanceFlow<Client> {
  start(client: Client, callbackUrl: string): Promise<StartedDance>;
  /** The callback's echo of `StartedDance.key`. */
  callbackKey(params: URLSearchParams): string | null;
  /**
   * The refusal the callback reports, if any; a `uri` is kept only when it is https on the provider's own
   * origin, since the browser may be shown it.
   */
  refusal(client: Client, params: URLSearchParams): Promise<CallbackRefusal | undefined>;
  /** Exchanges what the callback carries for a token. */
  finish(client: Client, pending: PendingDance, params: URLSearchParams): Promise<Token>;
}
