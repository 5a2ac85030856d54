// What each storage conformance case runs on: the store under test, and the visitors who ask it for tokens.
import {
  createDance,
  createDanceRequest,
  type Dance,
  oauth2,
  type ProviderHandle,
  type RequestContext,
  type Token,
  type TokenContext,
  type TokenStorage,
} from "../index.js";

/**
 * One fresh store for one test of the storage conformance suite, as `open()` returns it.
 *
 * @example
 * ```ts
 * const store: StoreUnderTest = { storage: new MemoryStorage(), close: async () => {} };
 * ```
 */
export interface StoreUnderTest {
  /** The store the suite asks for tokens. */
  storage: TokenStorage;
  /**
   * How many rows hold (provider, user)'s token, `user` undefined meaning the visitor with no app user; only for
   * stores that keep rows. Without it, say why in {@link Unsupported.rows}.
   */
  countRows?: (provider: string, user: string | undefined) => Promise<number>;
  /** Called after the test: drop the table, close the connection. */
  close(): Promise<void>;
}

/**
 * What a store cannot do, each with the reason its tests are skipped (the reason appears in the skipped test's
 * title).
 *
 * @example
 * ```ts
 * const unsupported: Unsupported = { compareAndSet: "each browser keeps its own copy", rows: "no rows" };
 * ```
 */
export interface Unsupported {
  /** The store has no `getVersioned`, `compareAndSet` and `compareAndDelete`: skips the version and race tests. */
  compareAndSet?: string;
  /** The store keeps no rows to count ({@link StoreUnderTest.countRows}): skips the one-row-per-user tests. */
  rows?: string;
  /** The store keeps one token per user and provider, not one per account (no `accounts`): skips those tests. */
  accounts?: string;
}

/** A test that is `it` for a store that can do it, and a skip naming the reason for one that cannot. */
export type Case = (title: string, fn: () => Promise<void>, timeout?: number) => void;

/** What a case reads while it runs: the current test's store, and the cases a store may be unable to run. */
export interface StorageBench {
  readonly store: StoreUnderTest;
  readonly storage: TokenStorage;
  readonly visitors: Visitors;
  readonly withCas: Case;
  readonly withRows: Case;
  readonly withAccounts: Case;
  /** Runs where the store has both `accounts` and compare-and-set. */
  readonly withAccountsAndCas: Case;
}

/** `getVersioned` of the bench's store, or a failure that says to implement it or name it unsupported. */
export function versioned(bench: StorageBench, user: string | undefined) {
  const { storage, visitors } = bench;
  return method(storage, "getVersioned").call(storage, visitors.context(user));
}

/** `compareAndSet` of the bench's store, as `versioned` does. */
export function cas(bench: StorageBench, user: string | undefined, version: number, token: Token) {
  const { storage, visitors } = bench;
  return method(storage, "compareAndSet").call(storage, visitors.context(user), version, token);
}

/** `countRows` of the store under test, or a failure that says to pass it or name it unsupported. */
export function countRows(bench: StorageBench, provider: string, user: string | undefined): Promise<number> {
  const { countRows } = bench.store;
  if (!countRows) throw new Error("the store has no countRows: pass one, or say why in unsupported.rows");
  return countRows(provider, user);
}

function method<K extends "getVersioned" | "compareAndSet" | "compareAndDelete">(
  storage: TokenStorage,
  name: K,
): NonNullable<TokenStorage[K]> {
  const found = storage[name];
  if (typeof found !== "function") {
    throw new Error(`the store has no ${name}: implement it, or say why in unsupported.compareAndSet`);
  }
  return found as NonNullable<TokenStorage[K]>;
}

/** The dance's secret for the visitors' session cookies. */
const SECRET = "storage-suite-secret-of-at-least-32-chars";
const ANONYMOUS = "\u0000anonymous";

const provider = (name: string) =>
  oauth2({
    clientId: `${name}-client`,
    clientSecret: `${name}-secret`,
    authorizationUrl: `https://${name}.example/authorize`,
    tokenUrl: `https://${name}.example/token`,
  });

/**
 * Every store is asked the way the dance asks it: with a request context whose session is the visitor's cookies.
 * Each app user is a visitor with their own cookie jar (so SessionStorage sees one browser per user), and
 * `config.userId` names the user (so per-user stores see who it is). `nextRequest()` sends the Set-Cookie values
 * back as the next request's cookies, as a browser would.
 */
export class Visitors {
  readonly dance: Dance;
  /** The dance's clock, in milliseconds. */
  now = Date.UTC(2030, 0, 1);
  readonly #jars = new Map<string, Record<string, string>>();
  readonly #requests = new Map<string, RequestContext>();

  constructor(storage: TokenStorage) {
    this.dance = createDance({
      secret: SECRET,
      providers: { github: provider("github"), gitlab: provider("gitlab") },
      storage,
      now: () => this.now,
    });
  }

  /** What a store is given for `user` (undefined: a visitor with no app user) and `provider`. */
  context(user: string | undefined, provider = "github"): TokenContext {
    const request = this.#request(user);
    return {
      provider,
      config: user === undefined ? {} : { userId: user },
      request: request.request,
      native: undefined,
      session: request.session,
    };
  }

  /** The provider's handle in the visitor's current request, with `config.userId` set as an app would. */
  handle(user: string | undefined, provider = "github"): ProviderHandle {
    const handle = this.#request(user).handle(provider);
    if (user !== undefined) handle.config.userId = user;
    return handle;
  }

  /** Ends every visitor's current request: its cookies go into the jar for the next one. */
  nextRequest(): void {
    for (const [user, request] of this.#requests) {
      const jar = this.#jar(user);
      for (const line of request.takeCookies()) {
        const [pair = ""] = line.split(";");
        const eq = pair.indexOf("=");
        const name = pair.slice(0, eq);
        if (/;\s*Max-Age=0/i.test(line)) delete jar[name];
        else jar[name] = pair.slice(eq + 1);
      }
    }
    this.#requests.clear();
  }

  #request(user: string | undefined): RequestContext {
    const key = user ?? ANONYMOUS;
    let request = this.#requests.get(key);
    if (!request) {
      const cookie = Object.entries(this.#jar(key))
        .map(([name, value]) => `${name}=${value}`)
        .join("; ");
      request = this.dance.createContext(
        createDanceRequest({ method: "GET", url: "http://127.0.0.1/", headers: cookie ? { cookie } : {} }),
      );
      this.#requests.set(key, request);
    }
    return request;
  }

  #jar(key: string): Record<string, string> {
    let jar = this.#jars.get(key);
    if (!jar) {
      jar = {};
      this.#jars.set(key, jar);
    }
    return jar;
  }
}
