// What any protocol's logout-token check shares: the refusal, the result, the clock and the replay memory.
import { LRUCache } from "lru-cache";

/** Seconds a logout token may be old (`iat`) by default. */
export const DEFAULT_LOGOUT_TOKEN_MAX_AGE = 300;
/** Logout tokens whose `jti` is remembered at once; the oldest is forgotten first. */
const MAX_REMEMBERED_JTIS = 10_000;

/** A logout token refused, with a short reason that names the rule, never the token's own text. */
export class LogoutTokenRefused extends Error {
  override readonly name = "LogoutTokenRefused";
}

/** Whom a verified logout token logs out. */
export interface VerifiedLogout {
  issuer: string;
  sub?: string | undefined;
  sid?: string | undefined;
  /** When the token was issued (seconds). */
  issuedAt: number;
}

/** What the dance checks every logout token with: its clock, the age limit, and the `jti`s already seen. */
export interface LogoutTokenChecks {
  /** Milliseconds since the epoch. */
  now: () => number;
  /** Seconds. Default 300. */
  maxAge?: number | undefined;
  replays: LogoutTokenReplays;
}

/**
 * The `jti`s of logout tokens already accepted, per issuer, each kept until a token carrying it could no longer
 * be accepted anyway (too old, or expired); at most 10 000 at once.
 */
export class LogoutTokenReplays {
  readonly #seen: LRUCache<string, true>;

  constructor(now: () => number, max = MAX_REMEMBERED_JTIS) {
    this.#seen = new LRUCache({ max, ttlResolution: 0, perf: { now } });
  }

  /** Records the `jti` unless it was seen; true when it was (a replay). `until`: ms after which it is moot. */
  replayed(issuer: string, jti: string, until: number, now: number): boolean {
    const key = JSON.stringify([issuer, jti]);
    if (this.#seen.has(key)) return true;
    this.#seen.set(key, true, { ttl: Math.max(until - now, 1) });
    return false;
  }
}
