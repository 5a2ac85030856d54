// Which provider accounts and sessions an OpenID Connect provider logged out (Back-Channel Logout), and when.
import { LRUCache } from "lru-cache";

/** One logout the provider announced: its account (`sub`) and/or session (`sid`), at `at` (seconds). */
export interface LogoutEntry {
  /** The provider's name in `createDance({ providers })`. */
  provider: string;
  /** The issuer that sent the logout token. */
  issuer: string;
  sub?: string | undefined;
  sid?: string | undefined;
  /** When the logout was received, in seconds since the epoch. */
  at: number;
}

/** Which account or session of an ID token to look up. */
export interface LogoutQuery {
  provider: string;
  issuer: string;
  sub?: string | undefined;
  sid?: string | undefined;
}

/**
 * Where back-channel logouts are recorded, so that a token issued before one reads as absent on its next use.
 * Every app instance must see the same list: with several instances, give them a shared one (a database table, a
 * Redis hash); the default `MemoryLogoutList` only knows the logouts this process received.
 */
export interface LogoutList {
  /** Records a logout. */
  add(entry: LogoutEntry): void | Promise<void>;
  /** The latest logout (seconds) recorded for the query's `sub` or `sid`, or undefined when there is none. */
  find(query: LogoutQuery): number | undefined | Promise<number | undefined>;
}

/** Logouts a `MemoryLogoutList` keeps by default (each `sub` and `sid` counts as one). */
const DEFAULT_MAX_ENTRIES = 10_000;

/**
 * Logouts kept in this process's memory, the most recent `max` of them (default 10 000): enough for one
 * process; several app instances need a shared `LogoutList`.
 */
export class MemoryLogoutList implements LogoutList {
  readonly #entries: LRUCache<string, number>;

  constructor({ max = DEFAULT_MAX_ENTRIES }: { max?: number } = {}) {
    this.#entries = new LRUCache({ max });
  }

  add(entry: LogoutEntry): void {
    for (const key of keysOf(entry)) {
      this.#entries.set(key, Math.max(this.#entries.get(key) ?? 0, entry.at));
    }
  }

  find(query: LogoutQuery): number | undefined {
    const times = keysOf(query).flatMap((key) => this.#entries.get(key) ?? []);
    return times.length > 0 ? Math.max(...times) : undefined;
  }
}

/**
 * Whether a logout was recorded for an ID token's account or session at or after it was issued (`iat`, seconds).
 */
export async function isLoggedOut(list: LogoutList, query: LogoutQuery, issuedAt: number): Promise<boolean> {
  if (query.sub === undefined && query.sid === undefined) return false;
  const at = await list.find(query);
  return at !== undefined && at >= issuedAt;
}

function keysOf({ provider, issuer, sub, sid }: LogoutQuery): string[] {
  const keys: string[] = [];
  // JSON keeps a provider or issuer with odd characters from running into the next field.
  if (sub !== undefined) keys.push(JSON.stringify([provider, issuer, "sub", sub]));
  if (sid !== undefined) keys.push(JSON.stringify([provider, issuer, "sid", sid]));
  return keys;
}
