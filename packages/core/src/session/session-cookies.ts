// The per-request session: sealed values read from the request's cookies and the Set-Cookie values to send back.
import { type CookieFlags, serializeCookie } from "../http/cookies.js";
import { CookieBudgetError, setCookieBytes } from "./cookie-budget.js";
import type { Sealer } from "./seal.js";

/** Browsers keep about 4096 bytes per cookie, name and attributes included: values above this are split. */
const CHUNK_SIZE = 3800;
/** Never read more chunks than this, whatever the request claims. */
const MAX_CHUNKS = 16;

/** What a session seal holds: the value, and the key (purpose and name) it was sealed for. */
interface BoundValue {
  key: string;
  value: unknown;
}

export interface SessionWriteOptions {
  /** Seconds until the cookie and its seal expire. */
  maxAge: number;
  sameSite?: CookieFlags["sameSite"];
  /** The most bytes the value's Set-Cookie lines may weigh; over it, `set` throws `CookieBudgetError`. */
  maxBytes?: number;
}

/**
 * The session state a request carries, as sealed cookies under one name prefix.
 * Reads see this request's own writes; nothing is sent until `takeSetCookies()` hands the values out.
 */
export class SessionCookies {
  readonly #incoming: Record<string, string>;
  readonly #sealer: Sealer;
  readonly #flags: CookieFlags;
  readonly #prefix: string;
  /** Values written (or deleted, as null) during this request, by key. */
  readonly #written = new Map<string, unknown>();
  /** Set-Cookie values by cookie name: the last write of a name wins. */
  readonly #outgoing = new Map<string, string>();
  /** Names that have chunk cookies (`name.0`, ...) in the request or in this response; found on first need. */
  #chunked: Set<string> | undefined;

  constructor(incoming: Record<string, string>, sealer: Sealer, flags: CookieFlags, prefix: string) {
    this.#incoming = incoming;
    this.#sealer = sealer;
    this.#flags = flags;
    this.#prefix = prefix;
  }

  /** The cookie name a key is stored under. */
  cookieName(key: string): string {
    return `${this.#prefix}.${key}`;
  }

  /** Whether the request carried a cookie for this key (sealed or chunked), without unsealing it. */
  has(key: string): boolean {
    const name = this.cookieName(key);
    return name in this.#incoming || `${name}.0` in this.#incoming;
  }

  /**
   * The value sealed under this key. A seal made for another key (another provider's token, a token copied into
   * a dance cookie, anything renamed) reads as nothing: each seal carries the key it was made for.
   */
  /** The keys starting with `start` that the request carried cookies for (a chunked value counts once). */
  keysIn(start: string): string[] {
    const prefix = `${this.#prefix}.`;
    const keys = new Set<string>();
    for (const name of Object.keys(this.#incoming)) {
      if (!name.startsWith(prefix + start)) continue;
      const key = name.slice(prefix.length);
      // `key.0`, `key.1`, ... are the chunks of one value.
      const chunkOf = key.replace(/\.\d+$/, "");
      keys.add(chunkOf !== key && `${prefix}${chunkOf}.0` in this.#incoming ? chunkOf : key);
    }
    return [...keys];
  }

  async get<T>(key: string, ttlSeconds: number): Promise<T | undefined> {
    if (this.#written.has(key)) return (this.#written.get(key) ?? undefined) as T | undefined;
    const sealed = this.#readRaw(this.cookieName(key));
    if (sealed === undefined) return undefined;
    const bound = await this.#sealer.unseal<Partial<BoundValue>>(sealed, ttlSeconds);
    return bound?.key === key ? (bound.value as T) : undefined;
  }

  async set(key: string, value: unknown, options: SessionWriteOptions): Promise<void> {
    const bound: BoundValue = { key, value };
    const sealed = await this.#sealer.seal(bound, options.maxAge);
    const name = this.cookieName(key);
    const flags = options.sameSite ? { ...this.#flags, sameSite: options.sameSite } : this.#flags;
    const chunks = sealed.length <= CHUNK_SIZE ? [sealed] : splitIntoChunks(sealed);
    const lines = chunks.map((chunk, i) =>
      serializeCookie(chunks.length === 1 ? name : `${name}.${i}`, chunk, flags, options.maxAge),
    );
    // Checked before anything is written: a value that cannot be sent (or read back) leaves the session as it was.
    const bytes = setCookieBytes(lines);
    const limit = Math.min(options.maxBytes ?? Number.POSITIVE_INFINITY, MAX_CHUNKS * CHUNK_SIZE);
    if (chunks.length > MAX_CHUNKS || bytes > limit) throw new CookieBudgetError(bytes, limit);
    this.#written.set(key, value);
    if (chunks.length === 1) {
      this.#outgoing.set(name, lines[0] as string);
      this.#expireChunks(name, 0, flags);
    } else {
      lines.forEach((line, i) => {
        this.#outgoing.set(`${name}.${i}`, line);
      });
      this.#chunkedNames().add(name);
      if (name in this.#incoming) this.#outgoing.set(name, serializeCookie(name, "", flags, 0));
      this.#expireChunks(name, chunks.length, flags);
    }
  }

  /** Deletes a key; deleting what is not there is a no-op. */
  delete(key: string, sameSite?: CookieFlags["sameSite"]): void {
    const flags = sameSite ? { ...this.#flags, sameSite } : this.#flags;
    this.#written.set(key, null);
    const name = this.cookieName(key);
    if (name in this.#incoming || this.#outgoing.has(name)) {
      this.#outgoing.set(name, serializeCookie(name, "", flags, 0));
    } else {
      this.#outgoing.delete(name);
    }
    this.#expireChunks(name, 0, flags);
  }

  /** The Set-Cookie values this request has produced so far; each is handed out once. */
  takeSetCookies(): string[] {
    const values = [...this.#outgoing.values()];
    this.#outgoing.clear();
    return values;
  }

  #readRaw(name: string): string | undefined {
    const whole = this.#incoming[name];
    if (whole !== undefined) return whole;
    let joined = "";
    for (let i = 0; i < MAX_CHUNKS; i++) {
      const chunk = this.#incoming[`${name}.${i}`];
      if (chunk === undefined) break;
      joined += chunk;
    }
    return joined || undefined;
  }

  /** Expires chunk cookies from index `from` on that the request carried or this request wrote. */
  #expireChunks(name: string, from: number, flags: CookieFlags): void {
    // Most values fit one cookie: then there is nothing to look for.
    if (!this.#chunkedNames().has(name)) return;
    for (let i = from; i < MAX_CHUNKS; i++) {
      const chunkName = `${name}.${i}`;
      const present = chunkName in this.#incoming;
      if (present) this.#outgoing.set(chunkName, serializeCookie(chunkName, "", flags, 0));
      else if (this.#outgoing.has(chunkName)) this.#outgoing.delete(chunkName);
      else if (i > from) break;
    }
  }

  #chunkedNames(): Set<string> {
    if (this.#chunked === undefined) {
      this.#chunked = new Set();
      for (const cookie of Object.keys(this.#incoming)) {
        const match = /^(.+)\.\d+$/.exec(cookie);
        if (match) this.#chunked.add(match[1] as string);
      }
    }
    return this.#chunked;
  }
}

function splitIntoChunks(value: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < value.length; i += CHUNK_SIZE) chunks.push(value.slice(i, i + CHUNK_SIZE));
  return chunks;
}
