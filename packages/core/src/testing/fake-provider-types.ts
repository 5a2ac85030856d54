// What fakeProvider() returns: the fake's endpoints and fetch, its users, and what it was asked and gave out.
import type { Token } from "../token.js";

/** A user of the fake provider: `id` plus whatever the provider's API should say about them. */
export interface FakeUser {
  /** The user's id at the provider: `sub` of the ID token and of userinfo. */
  id: string;
  [field: string]: unknown;
}

/** What to spread into `oauth2()` or a preset so that it talks to the fake. */
export interface FakeProviderEndpoints {
  issuer: string;
  authorizationUrl: string;
  tokenUrl: string;
  userinfoUrl: string;
  revocationUrl: string;
  baseUrl: string;
}

/** How many requests each endpoint has answered. */
export interface FakeProviderCalls {
  authorize: number;
  token: number;
  refresh: number;
  userinfo: number;
  api: number;
  revoke: number;
}

/** The part of the fake a request reached, by its path. */
export type FakeEndpoint =
  | "discovery"
  | "jwks"
  | "authorize"
  | "token"
  | "revoke"
  | "userinfo"
  | "api"
  | "unknown";

/** A request that reached the fake's origin, as the fake read it. */
export interface FakeRequest {
  endpoint: FakeEndpoint;
  method: string;
  url: string;
  /** A copy of the request's headers: `headers.get("authorization")` tells how the client authenticated. */
  headers: Headers;
  /** The body as sent; "" without one. */
  body: string;
  /** The body's fields: a form's, or a JSON object's members as strings. Empty when the body is neither. */
  form: URLSearchParams;
}

/** A request the fake answered, with the status it answered. */
export interface FakeRequestRecord extends FakeRequest {
  status: number;
}

/** A token the fake gave out. */
export interface FakeIssuedToken {
  /** How: for an authorization code, for a refresh token, or by `issueToken()`. */
  grant: "authorization_code" | "refresh_token" | "issueToken";
  /** The id of the user it speaks for. */
  user: string;
  /** The token as the fake answered it (a copy: what the client does with its own is not seen here). */
  token: Token;
}

/**
 * The authorization codes the fake granted and what became of them. The token endpoint takes each code once, only
 * from the client it was granted to, with the exact redirect_uri of its authorization request and the PKCE verifier
 * of its challenge (none when it had none); a code it has read is spent, whatever it answered.
 */
export interface FakeProviderCodes {
  /** Codes the token endpoint read, in order, whatever it answered (not those `onTokenRequest` answered). */
  readonly presented: readonly string[];
  /** Codes it exchanged for a token, in order. */
  readonly redeemed: readonly string[];
  /** Whether a code the fake granted can still be exchanged: the token endpoint has not read it yet. */
  isLive(code: string): boolean;
}

export interface FakeProvider {
  readonly origin: string;
  /** `github({ clientId, clientSecret, ...fake.endpoints })`. */
  readonly endpoints: FakeProviderEndpoints;
  /** Pass it as `createDance({ fetch: fake.fetch })`. Safe to pass around unbound. */
  readonly fetch: typeof fetch;
  readonly users: readonly FakeUser[];
  readonly calls: Readonly<FakeProviderCalls>;
  /**
   * Every request the fake answered at its origin, in the order it answered them (not those a `fallback` served,
   * nor `authorize()` calls): what an app sent, for assertions such as "the refresh carried `audience`".
   */
  readonly requests: readonly FakeRequestRecord[];
  /** Every token the fake gave out, in order: tell the one an app stored or sent from any other. */
  readonly issued: readonly FakeIssuedToken[];
  /** The codes granted, presented and redeemed. */
  readonly codes: FakeProviderCodes;
  /**
   * Plays the user's part on the authorization page: returns the URL the provider sends the browser back to,
   * with a code (or `error=access_denied` when `deny` is set). `user` defaults to the first user.
   *
   * @throws Error when the authorization URL is not one the fake would accept (unknown client, no redirect_uri).
   */
  authorize(authorizationUrl: string | URL, options?: { user?: string; deny?: boolean }): string;
  /** A token for a user as if they had danced, valid at the fake's API: for `new MemoryStorage(token)`. */
  issueToken(user?: string, options?: { scope?: string }): Token;
  /** Expires every access token now: API calls answer 401 until the client refreshes. */
  expireAccessTokens(): void;
  /** Forgets every token, as when the user revokes the app at the provider: API calls and refreshes fail. */
  revokeAll(): void;
}
