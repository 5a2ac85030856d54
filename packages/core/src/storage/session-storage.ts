// The default store: each provider's token sealed (encrypted and signed) in its own cookie of the session.
import { DanceError } from "../errors.js";
import type { SessionCookies } from "../session/session-cookies.js";
import type { Token } from "../token.js";
import type { TokenContext, TokenStorage } from "./token-storage.js";

export interface SessionStorageOptions {
  /** Session key the token is kept under; `{provider}` is replaced by the provider's name. Default `token.{provider}`. */
  key?: string;
  /** Seconds the token cookie lives. Default 30 days. */
  maxAge?: number;
}

const THIRTY_DAYS = 30 * 24 * 60 * 60;

/**
 * Keeps the token in the browser, inside a sealed cookie that only the server can read.
 * Large tokens are split across several cookies and reassembled.
 */
export class SessionStorage implements TokenStorage {
  readonly #key: string;
  readonly #maxAge: number;

  constructor(options: SessionStorageOptions = {}) {
    this.#key = options.key ?? "token.{provider}";
    this.#maxAge = options.maxAge ?? THIRTY_DAYS;
  }

  get(ctx: TokenContext): Promise<Token | undefined> {
    return sessionOf(ctx).get<Token>(this.#keyFor(ctx), this.#maxAge);
  }

  set(ctx: TokenContext, token: Token): Promise<void> {
    return sessionOf(ctx).set(this.#keyFor(ctx), token, { maxAge: this.#maxAge });
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
