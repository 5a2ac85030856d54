// One provider's token for one request: read once from the store, kept for the request, written back through it.
import { DanceError, type DanceStep } from "../errors.js";
import type { ClientBinding } from "../protocols/provider-runtime.js";
import { type Token, withExpiresAt } from "../token.js";
import { ACCOUNT_FIELD, accountOf, withAccount } from "./token-account.js";
import { bindToken, isBoundTo } from "./token-binding.js";
import type { StoredAccount, TokenContext, TokenStorage } from "./token-storage.js";

/** Why the token changed, as the `tokenUpdated` hook is told. */
export type TokenChange = "stored" | "refreshed" | "deleted";

/** Marks a stored token as being refreshed by one instance until this time (ms); others wait for the result. */
export const LEASE_FIELD = "oauth_dance_refreshing_until";

export interface TokenAccessOptions {
  storage: TokenStorage;
  /** Which token: provider, the handle's config, the request. Asked at each store call (config may change). */
  context: () => TokenContext;
  now: () => number;
  /** Told of every change that reached the store. */
  changed: (token: Token | undefined, change: TokenChange) => Promise<void>;
  /**
   * For providers chosen per request: the issuer and client of this request's provider. A stored token issued
   * under another reads as no token, and every token stored is marked with it.
   */
  binding?: (() => Promise<ClientBinding | undefined>) | undefined;
  /**
   * Whether the provider announced a back-channel logout of the token's account or session since the token was
   * issued: such a token reads as absent, and is deleted from the store.
   */
  loggedOut?: ((token: Token) => Promise<boolean>) | undefined;
  /**
   * The one account of the user's this access is for (`handle.account(id)`). Without it, the account stored last,
   * which the access keeps to once it has read or stored a token, so a refresh writes back to the same account.
   */
  account?: string | undefined;
}

/**
 * Shared by the routes and the provider's handle within a request, so a token the callback received is the one
 * the `authorized` hook's handle calls the API with, before anything is stored. Store failures become
 * `storage_failed` with the step they happened in.
 */
export class TokenAccess {
  readonly #options: TokenAccessOptions;
  /** The token as stored (`expires_at` set), loaded once per request. */
  #current: Promise<Token | undefined> | undefined;
  /** The account the current token is of, once known: every later store call is about that account. */
  #account: string | undefined;

  constructor(options: TokenAccessOptions) {
    this.#options = options;
  }

  get storage(): TokenStorage {
    return this.#options.storage;
  }

  /** Which token: the options' context, about this access's account once it is known. */
  context(): TokenContext {
    const ctx = this.#options.context();
    const account = this.#options.account ?? this.#account;
    return account === undefined ? ctx : { ...ctx, account };
  }

  /**
   * The token, read from the store on first use in the request (a refresh lease marker taken off); for a provider
   * chosen per request, only a token issued under this request's issuer and client; never one whose account or
   * session the provider logged out since (back-channel logout), which is deleted instead.
   */
  read(): Promise<Token | undefined> {
    this.#current ??= this.#call("api", () => this.storage.get(this.context())).then((token) => {
      const kept = token && withoutLease(token);
      if (kept) this.#keepTo(kept);
      // Most providers are fixed and take no back-channel logouts: their token needs no further look.
      return kept && (this.#options.binding || this.#options.loggedOut) ? this.#stillValid(kept) : kept;
    });
    return this.#current;
  }

  /**
   * Every account's token of this user and provider, the one stored last first: the store's `accounts`, or for a
   * store that keeps one token per user, that token. Tokens this request may not use (another issuer's, or of an
   * account logged out since) are left out.
   */
  async accounts(): Promise<StoredAccount[]> {
    const { storage } = this;
    if (!storage.accounts) {
      const token = await this.read();
      return token ? [{ account: accountOf(token)?.id ?? "", token }] : [];
    }
    const listed = await this.#call("api", async () => (await storage.accounts?.(this.context())) ?? []);
    const usable: StoredAccount[] = [];
    for (const { account, token } of listed) {
      const kept = await this.#usable(withoutLease(token));
      if (kept) usable.push({ account, token: kept });
    }
    return usable;
  }

  /**
   * The token as it is to be stored: marked with its issuer and client, for a provider chosen per request, and
   * with the account of the token it replaces (a refresh), when it names none itself.
   */
  async bind(token: Token): Promise<Token> {
    const binding = await this.#options.binding?.();
    const bound = binding ? bindToken(token, binding) : token;
    if (bound[ACCOUNT_FIELD] !== undefined) return bound;
    const previous = await this.#current?.catch(() => undefined);
    const account = previous && accountOf(previous);
    return account ? withAccount(bound, account) : bound;
  }

  /** Uses a token for the rest of the request without storing it. */
  use(token: Token): void {
    this.#keepTo(token);
    this.#current = Promise.resolve(withExpiresAt(token, this.#options.now()));
  }

  /** Stores a token as the provider sent it (`expires_at` computed from `expires_in`) and uses it. */
  async store(token: Token, change: "stored" | "refreshed" = "stored"): Promise<Token> {
    const stored = await this.bind(withExpiresAt(token, this.#options.now()));
    await this.#call(change === "stored" ? "store" : "refresh", () =>
      this.storage.set(this.context(), stored),
    );
    return this.#changedTo(stored, change);
  }

  /**
   * Uses a token another writer already stored (a refresh through a compare-and-set store).
   *
   * @throws DanceError `not_authorized` when it was issued under another issuer (a tenant switch in between).
   */
  async adopt(token: Token): Promise<Token> {
    if (!(await this.#ifBound(token))) {
      this.forget();
      const { provider } = this.context();
      throw new DanceError(
        "not_authorized",
        `No ${provider} token for this request: send the user to the login URL`,
        {
          provider,
          step: "refresh",
        },
      );
    }
    return this.#changedTo(token, "refreshed");
  }

  /** Deletes the token from the store. */
  async delete(): Promise<void> {
    await this.#call("logout", () => this.storage.delete(this.context()));
    this.#current = Promise.resolve(undefined);
    this.#account = undefined;
    await this.#options.changed(undefined, "deleted");
  }

  /** Forgets the token for the rest of the request (it is gone from the store, or the config changed). */
  forget(): void {
    this.#current = Promise.resolve(undefined);
  }

  /** Reads the store again on next use (the handle's config changed, so it may be another user's token). */
  reload(): void {
    this.#current = undefined;
    this.#account = undefined;
  }

  /** The token, unless it was issued under another issuer or its account was logged out since (then deleted). */
  async #stillValid(token: Token): Promise<Token | undefined> {
    const usable = await this.#usable(token);
    // Best effort: a store that cannot delete it now is asked again on the next read.
    if (!usable && (await this.#ifBound(token)))
      await this.storage.delete(this.context()).catch(() => undefined);
    return usable;
  }

  /** The token, unless it was issued under another issuer or its account was logged out since. */
  async #usable(token: Token): Promise<Token | undefined> {
    const bound = await this.#ifBound(token);
    const { loggedOut } = this.#options;
    if (!bound || !loggedOut || !(await this.#call("api", () => loggedOut(bound)))) return bound;
    return undefined;
  }

  async #ifBound(token: Token): Promise<Token | undefined> {
    if (!this.#options.binding) return token;
    const binding = await this.#options.binding();
    return binding && !isBoundTo(token, binding) ? undefined : token;
  }

  /** From now on, store calls are about the token's account (a token with none: the one stored last). */
  #keepTo(token: Token): void {
    this.#account = accountOf(token)?.id;
  }

  async #changedTo(token: Token, change: TokenChange): Promise<Token> {
    this.#keepTo(token);
    this.#current = Promise.resolve(token);
    await this.#options.changed(token, change);
    return token;
  }

  async #call<T>(step: DanceStep, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (cause) {
      if (cause instanceof DanceError) throw cause;
      const provider = this.context().provider;
      throw new DanceError("storage_failed", `The token store failed for ${provider}`, {
        provider,
        step,
        cause,
      });
    }
  }
}

/** Removes the lease marker a token may carry in the store. */
export function withoutLease(token: Token): Token {
  if (!(LEASE_FIELD in token)) return token;
  const { [LEASE_FIELD]: _lease, ...rest } = token;
  return rest;
}
