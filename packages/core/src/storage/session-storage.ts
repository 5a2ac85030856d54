// The default store: each provider's token sealed (encrypted and signed) in its own cookie of the session.
import { DanceError } from "../errors.js";
import { CookieBudgetError } from "../session/cookie-budget.js";
import type { SessionCookies } from "../session/session-cookies.js";
import type { Token } from "../token.js";
import type { TokenContext, TokenStorage } from "./token-storage.js";

export interface SessionStorageOptions {
  /** Session key the token is kept under; `{provider}` is replaced by the provider's name. Default `token.{provider}`. */
  key?: string;
  /** Seconds the token cookie lives. Default 30 days. */
  maxAge?: number;
  /**
   * The most bytes of Set-Cookie one provider's token may take (split over cookies of under 4 KB each). A larger
   * token is refused with `storage_failed` rather than sent. Default 6 KiB: with the app's own cookies the
   * Cookie header stays under the 8 KB per header line that nginx, Apache and many load balancers accept.
   */
  maxBytes?: number;
}

const THIRTY_DAYS = 30 * 24 * 60 * 60;
const DEFAULT_MAX_BYTES = 6 * 1024;

/**
 * Keeps the token in the browser, inside a sealed cookie that only the server can read.
 * Large tokens are split across several cookies and reassembled.
 */
export class SessionStorage implements TokenStorage {
  readonly #key: string;
  readonly #maxAge: number;
  readonly #maxBytes: number;

  constructor(options: SessionStorageOptions = {}) {
    this.#key = options.key ?? "token.{provider}";
    this.#maxAge = options.maxAge ?? THIRTY_DAYS;
    this.#maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (!Number.isInteger(this.#maxBytes) || this.#maxBytes <= 0) {
      throw new DanceError(
        "invalid_options",
        "Invalid options: SessionStorage maxBytes must be a positive integer",
        {
          step: "options",
        },
      );
    }
  }

  get(ctx: TokenContext): Promise<Token | undefined> {
    return sessionOf(ctx).get<Token>(this.#keyFor(ctx), this.#maxAge);
  }

  /** @throws DanceError `storage_failed` when the token is too large for cookies (see `maxBytes`). */
  async set(ctx: TokenContext, token: Token): Promise<void> {
    try {
      await sessionOf(ctx).set(this.#keyFor(ctx), token, { maxAge: this.#maxAge, maxBytes: this.#maxBytes });
    } catch (error) {
      if (!(error instanceof CookieBudgetError)) throw error;
      throw new DanceError(
        "storage_failed",
        `The ${ctx.provider} token needs ${error.bytes} bytes of cookies, more than SessionStorage's ${error.limit} ` +
          "(maxBytes): keep tokens on the server instead, for example with KnexStorage from @oauth-dance/store-knex",
        { provider: ctx.provider, step: "store", cause: error },
      );
    }
  }

  async delete(ctx: TokenContext): Promise<void> {
    sessionOf(ctx).delete(this.#keyFor(ctx));
  }

  #keyFor(ctx: TokenContext): string {
    return this.#key.replaceAll("{provider}", ctx.provider);
  }
}

function sessionOf(ctx: TokenContext): SessionCookies {
  if (ctx.session) return ctx.session;
  throw new DanceError(
    "storage_failed",
    "SessionStorage keeps tokens in the browser's cookies: it needs a request",
    {
      provider: ctx.provider,
    },
  );
}
