// The one interface every token store implements, and the context a store is asked with.
import type { DanceRequest } from "../request.js";
import type { SessionCookies } from "../session/session-cookies.js";
import type { Token } from "../token.js";

/** Which token a store is asked about: the provider, the handle's per-request config, and the request itself. */
export interface TokenContext {
  /** The provider's name in `createDance({ providers })`. */
  provider: string;
  /** The handle's per-request record (for example `{ userId }`); a per-user store reads its user from here first. */
  config: Readonly<Record<string, unknown>>;
  /** The request being served. */
  request: DanceRequest;
  /** The framework's own request object (Express `req`, Hono `Context`, Koa `ctx`). */
  native: unknown;
  /** The request's sealed-cookie session. */
  session: SessionCookies;
}

/** Where tokens live between requests. Methods may throw; the dance reports that as `storage_failed`. */
export interface TokenStorage {
  get(ctx: TokenContext): Promise<Token | undefined>;
  set(ctx: TokenContext, token: Token): Promise<void>;
  /** Deletes the token; deleting an absent token is not an error. */
  delete(ctx: TokenContext): Promise<void>;
}
