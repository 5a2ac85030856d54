/**
 * `@oauth-dance/core/testing/storage`: the storage conformance suite, what every `TokenStorage` must do.
 * `MemoryStorage`, `SessionStorage` and `KnexStorage` (on SQLite, PostgreSQL and MariaDB) all pass it; run it
 * against your own store. `describeClientRegistrationStoreConformance` does the same for stores of registered
 * clients (`oauth2({ register })`), and `describeLogoutListConformance` for shared logout lists (back-channel logout).
 *
 * This entry needs [vitest](https://vitest.dev) (an optional peer dependency of `@oauth-dance/core`): it registers
 * its tests with vitest's `describe` and `it`. `@oauth-dance/core/testing` does not.
 *
 * @module
 */
import { afterEach, beforeEach, describe, it } from "vitest";
import type { TokenStorage } from "../index.js";
import { describeAccountCases } from "./storage-account-cases.js";
import { describeConcurrencyCases } from "./storage-concurrency-cases.js";
import {
  type Case,
  type StorageBench,
  type StoreUnderTest,
  type Unsupported,
  Visitors,
} from "./storage-fixtures.js";
import { describeTokenCases } from "./storage-token-cases.js";

export {
  describeClientRegistrationStoreConformance,
  type RegistrationStoreUnderTest,
} from "./client-registration-conformance.js";
export {
  describeLogoutListConformance,
  type LogoutListUnderTest,
} from "./logout-list-conformance.js";
export type { StoreUnderTest, Unsupported } from "./storage-fixtures.js";

/**
 * Registers the storage conformance suite, in a vitest `describe` block titled `${name}: storage conformance`.
 * Call it at the top level of a test file. Each test asks the store the way the dance does (a request context
 * whose session holds the visitor's cookies, `config.userId` naming the app user, or no user at all) and checks
 * what a store must do: give back what it was given, keep users and providers apart, read its own writes, survive
 * 200 parallel writes, and, when it has `getVersioned`/`compareAndSet`/`compareAndDelete`, let exactly one of
 * racing refreshes win; when it has `accounts`, keep each account of a user's apart. A store without `accounts`
 * names it in `unsupported.accounts`.
 *
 * Needs vitest (an optional peer dependency of `@oauth-dance/core`).
 *
 * @param name - The store's name, at the start of every test's title.
 * @param open - Called before each test: returns a fresh, empty store (its own table, key prefix or database)
 *   and how to close it. `close()` is called after the test.
 * @param unsupported - What the store cannot do, each with the reason its tests are skipped. A store without
 *   compare-and-set must name it here, and so must a store that passes no `countRows`.
 *
 * @example
 * ```ts
 * // my-storage.test.ts
 * import { describeStorageConformance } from "@oauth-dance/core/testing/storage";
 * import { MyStorage } from "./my-storage.js";
 *
 * describeStorageConformance(
 *   "MyStorage",
 *   async () => {
 *     const storage = new MyStorage({ prefix: crypto.randomUUID() });
 *     return { storage, close: () => storage.clear() };
 *   },
 *   { rows: "MyStorage keeps one key per provider and user, not rows" },
 * );
 * ```
 */
export function describeStorageConformance(
  name: string,
  open: () => Promise<StoreUnderTest>,
  unsupported: Unsupported = {},
): void {
  describe(`${name}: storage conformance`, () => {
    let store: StoreUnderTest;
    let visitors: Visitors;
    beforeEach(async () => {
      store = await open();
      visitors = new Visitors(store.storage);
    });
    afterEach(() => store.close());

    const bench: StorageBench = {
      get store() {
        return store;
      },
      get storage(): TokenStorage {
        return store.storage;
      },
      get visitors() {
        return visitors;
      },
      withCas: unlessUnsupported(unsupported.compareAndSet),
      withRows: unlessUnsupported(unsupported.rows),
      withAccounts: unlessUnsupported(unsupported.accounts),
      withAccountsAndCas: unlessUnsupported(unsupported.accounts ?? unsupported.compareAndSet),
    };
    describeTokenCases(bench);
    describeConcurrencyCases(bench);
    describeAccountCases(bench);
  });
}

/** `it`, or, when the store cannot do it, a skipped test whose title says why. */
function unlessUnsupported(reason: string | undefined): Case {
  if (!reason) return it;
  return (title) => it.skip(`${title} [skipped: ${reason}]`);
}
