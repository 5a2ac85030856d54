// The default store: each provider's token sealed (encrypted and signed) in its own cookie of the session.
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
    return ctx.session.get<Token>(this.#keyFor(ctx), this.#maxAge);
  }

  set(ctx: TokenContext, token: Token): Promise<void> {
    return ctx.session.set(this.#keyFor(ctx), token, { maxAge: this.#maxAge });
  }

  async delete(ctx: TokenContext): Promise<void> {
    ctx.session.delete(this.#keyFor(ctx));
  }

  #keyFor(ctx: TokenContext): string {
    return this.#key.replaceAll("{provider}", ctx.provider);
  }
}
