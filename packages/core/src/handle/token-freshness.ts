// Keeping a handle's token fresh: whether it is usable now, and the refresh (shared, reported) when it is not.
import { DanceError } from "../errors.js";
import type { ProtocolClient } from "../protocols/protocol.js";
import type { TokenAccess } from "../storage/token-access.js";
import type { Token } from "../token.js";
import { hasCompareAndSet, type TokenRefresher } from "./token-refresher.js";

export interface FreshnessScope {
  provider: string;
  tokens: TokenAccess;
  client(): Promise<ProtocolClient>;
  refresher: TokenRefresher;
  now: () => number;
  /** Tells the app a refresh failed (the error hook, the log). */
  refreshFailed(error: DanceError): Promise<void>;
}

/** One handle's token, refreshed before it expires or when the provider says it has. */
export class TokenFreshness {
  readonly #scope: FreshnessScope;

  constructor(scope: FreshnessScope) {
    this.#scope = scope;
  }

  /** Whether there is a usable token, not expired unless it can be refreshed. */
  async authorized(): Promise<boolean> {
    const client = await this.#scope.client();
    const token = await this.#scope.tokens.read();
    if (!client.isUsable(token)) return false;
    return !isExpired(token, this.#scope.now(), 0) || client.canRefresh(token);
  }

  /**
   * The token to call the API with: refreshed first when it expires within the provider's skew.
   *
   * @throws DanceError `not_authorized` without a usable token; `refresh_failed` when the refresh fails.
   */
  async forCall(): Promise<Token> {
    const { provider, tokens, now } = this.#scope;
    const client = await this.#scope.client();
    const token = await tokens.read();
    if (!client.isUsable(token)) {
      throw new DanceError(
        "not_authorized",
        `No ${provider} token for this request: send the user to the login URL`,
        {
          provider,
          step: "api",
        },
      );
    }
    if (!client.canRefresh(token) || !isExpired(token, now(), client.refreshSkew)) return token;
    return this.refresh(token);
  }

  /** Refreshes the token (one refresh however many callers), storing the result; a dead refresh token is dropped. */
  async refresh(stale: Token): Promise<Token> {
    const { provider, tokens, refresher, now } = this.#scope;
    const client = await this.#scope.client();
    try {
      const { token, mustStore } = await refresher.refresh(
        client,
        tokens.storage,
        tokens.context(),
        stale,
        now,
        (fresh) => tokens.bind(fresh),
      );
      return mustStore ? await tokens.store(token, "refreshed") : await tokens.adopt(token);
    } catch (cause) {
      const error =
        cause instanceof DanceError
          ? cause
          : new DanceError("refresh_failed", `Refreshing the ${provider} token failed`, { provider, cause });
      if (client.isDeadRefreshToken(error)) {
        // The user has to log in again. A compare-and-set store already lost the token (the refresher deletes
        // only the version it refreshed); any other store loses it here, from this request.
        if (!hasCompareAndSet(tokens.storage))
          await tokens.storage.delete(tokens.context()).catch(() => undefined);
        tokens.forget();
      }
      await this.#scope.refreshFailed(error);
      throw error;
    }
  }
}

/**
 * Whether the token expires within `skew` seconds. The skew never exceeds half the token's lifetime, so a token
 * that lives shorter than the skew is not refreshed on every call.
 */
export function isExpired(token: Token, nowMs: number, skew: number): boolean {
  if (typeof token.expires_at !== "number") return false;
  const lifetime = Number(token.expires_in);
  const margin = Number.isFinite(lifetime) && lifetime > 0 ? Math.min(skew, lifetime / 2) : skew;
  return token.expires_at - nowMs / 1000 <= margin;
}
