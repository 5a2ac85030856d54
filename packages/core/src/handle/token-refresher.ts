// Refreshing a token once, however many requests (and app instances sharing a store) need it at the same moment.
import { DanceError } from "../errors.js";
import type { ProtocolClient } from "../protocols/protocol.js";
import { LEASE_FIELD, withoutLease } from "../storage/token-access.js";
import type { TokenContext, TokenStorage } from "../storage/token-storage.js";
import { DanceTelemetry } from "../telemetry.js";
import { type Token, withExpiresAt } from "../token.js";

/** The refresh grant of one provider. */
type Refresh = (token: Token) => Promise<Token>;

const LEASE_MS = 15_000;
const POLL_MS = 50;
/**
 * How long a finished refresh is remembered by the token it replaced: requests that left the browser before the
 * new cookie arrived still carry the old token, and must get the new one rather than refresh again.
 */
const REMEMBER_MS = 30_000;
const MAX_REMEMBERED = 1000;

export interface RefreshOutcome {
  token: Token;
  /** Whether the caller still has to store the token (stores without compare-and-set). */
  mustStore: boolean;
}

/**
 * One per dance. Within the process, callers holding the same refresh token share one refresh. Across
 * processes, stores with compare-and-set take a lease on the row first, so only one instance calls the provider
 * and the rest read its result; stores without it are single-flight within the process only. With
 * compare-and-set, a refresh token found dead is deleted here, version-checked; without it, each caller's
 * handle deletes it from its own request.
 */
export class TokenRefresher {
  readonly #inFlight = new Map<string, Promise<RefreshOutcome>>();
  readonly #telemetry: DanceTelemetry;

  constructor(telemetry: DanceTelemetry = new DanceTelemetry()) {
    this.#telemetry = telemetry;
  }

  /** `bind` marks the new token as the store must keep it (its issuer, for a provider chosen per request). */
  refresh(
    oauth: ProtocolClient,
    storage: TokenStorage,
    ctx: TokenContext,
    stale: Token,
    now: () => number,
    bind: (token: Token) => Promise<Token> = async (token) => token,
  ): Promise<RefreshOutcome> {
    // Keyed by the access token too: a provider that keeps the refresh token hands the same one back, and a
    // caller holding the token this flight produced must get a refresh of its own, not that token again.
    const key = `${oauth.name}\u0000${stale.refresh_token}\u0000${stale.access_token}`;
    let flight = this.#inFlight.get(key);
    if (!flight) {
      flight = hasCompareAndSet(storage)
        ? refreshThroughStore(oauth, this.#grant(oauth), storage, ctx, stale, now, bind).then((token) => ({
            token,
            mustStore: false,
          }))
        : this.#grant(oauth)(stale).then((token) => ({
            token: withExpiresAt(token, now()),
            mustStore: true,
          }));
      if (this.#inFlight.size >= MAX_REMEMBERED) this.#inFlight.clear();
      this.#inFlight.set(key, flight);
      const forget = () => this.#inFlight.get(key) === flight && this.#inFlight.delete(key);
      flight.then(() => (setTimeout(forget, REMEMBER_MS) as { unref?: () => void }).unref?.(), forget);
    }
    return flight;
  }

  /** The provider's refresh grant, in a span, counted and timed. */
  #grant(oauth: ProtocolClient): Refresh {
    return (token) =>
      this.#telemetry
        .providerCall("refresh", oauth.name, () => oauth.refresh(token))
        .then(
          (fresh) => {
            this.#telemetry.refreshed(oauth.name, "refreshed");
            return fresh;
          },
          (error: unknown) => {
            this.#telemetry.refreshed(oauth.name, "failed");
            throw error;
          },
        );
  }
}

/** Whether a store can take leases (compare-and-set): then refreshes and their failures go through it. */
export function hasCompareAndSet(storage: TokenStorage): boolean {
  return Boolean(storage.getVersioned && storage.compareAndSet);
}

async function refreshThroughStore(
  oauth: ProtocolClient,
  grant: Refresh,
  storage: TokenStorage,
  ctx: TokenContext,
  stale: Token,
  now: () => number,
  bind: (token: Token) => Promise<Token>,
): Promise<Token> {
  const getVersioned = (storage.getVersioned as NonNullable<TokenStorage["getVersioned"]>).bind(storage);
  const compareAndSet = (storage.compareAndSet as NonNullable<TokenStorage["compareAndSet"]>).bind(storage);
  const giveUpAt = Date.now() + 2 * LEASE_MS;
  for (;;) {
    const current = await getVersioned(ctx);
    if (!current) {
      throw new DanceError(
        "refresh_failed",
        `The ${oauth.name} token was removed while it was being refreshed`,
        {
          provider: oauth.name,
          step: "refresh",
        },
      );
    }
    // Someone else already refreshed: use their token.
    if (current.token.access_token !== stale.access_token) return withoutLease(current.token);
    const lease = Number(current.token[LEASE_FIELD] ?? 0);
    if (lease > Date.now()) {
      if (Date.now() > giveUpAt) {
        throw new DanceError(
          "refresh_failed",
          `Timed out waiting for another instance to refresh the ${oauth.name} token`,
          {
            provider: oauth.name,
            step: "refresh",
          },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      continue;
    }
    const leased = { ...current.token, [LEASE_FIELD]: Date.now() + LEASE_MS };
    if (!(await compareAndSet(ctx, current.version, leased))) continue;
    const claimed = await getVersioned(ctx);
    if (!claimed || claimed.token[LEASE_FIELD] !== leased[LEASE_FIELD]) continue;
    let fresh: Token;
    try {
      fresh = await bind(withExpiresAt(await grant(withoutLease(current.token)), now()));
    } catch (error) {
      if (error instanceof DanceError && oauth.isDeadRefreshToken(error)) {
        // Only the version refreshed goes: a token stored since (a new login elsewhere) stays.
        if (storage.compareAndDelete) await storage.compareAndDelete(ctx, claimed.version).catch(() => false);
        else await storage.delete(ctx).catch(() => undefined);
      } else {
        // Hand the lease back so the next attempt need not wait for it to run out.
        await compareAndSet(ctx, claimed.version, withoutLease(current.token)).catch(() => false);
      }
      throw error;
    }
    if (await compareAndSet(ctx, claimed.version, fresh)) return fresh;
    // The lease ran out and another instance took over: read what it stored.
  }
}
