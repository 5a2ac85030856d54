// The storage conformance suite: what every TokenStorage must do, run against each store and each database.
import type { Token, TokenStorage } from "@oauth-dance/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Visitors } from "./visitors.js";

/** One fresh store for one test. */
export interface StoreUnderTest {
  storage: TokenStorage;
  /** How many rows hold (provider, user)'s token; only for stores that keep rows. */
  countRows?: (provider: string, user: string | undefined) => Promise<number>;
  close(): Promise<void>;
}

/** What a store cannot do, each with the reason its tests are skipped. */
export interface Unsupported {
  compareAndSet?: string;
  rows?: string;
}

const PARALLEL = 200;
/** The parallel tests get more than the default 20 s: a loaded CI machine can take a while for 200 round trips. */
const PARALLEL_TIMEOUT = 60_000;

/**
 * Registers the suite under `name`. `open` is called before each test and `close` after it, so each test has its
 * own store (its own table, for SQL stores).
 */
export function describeStorageConformance(
  name: string,
  open: () => Promise<StoreUnderTest>,
  unsupported: Unsupported = {},
): void {
  describe(`${name}: storage conformance`, () => {
    let store: StoreUnderTest;
    let visitors: Visitors;
    let storage: TokenStorage;
    beforeEach(async () => {
      store = await open();
      storage = store.storage;
      visitors = new Visitors(storage);
    });
    afterEach(() => store.close());

    const withCas = unsupported.compareAndSet
      ? (title: string, _fn: () => Promise<void>, _timeout?: number) =>
          it.skip(`${title} [skipped: ${unsupported.compareAndSet}]`)
      : it;
    const withRows = unsupported.rows
      ? (title: string, _fn: () => Promise<void>, _timeout?: number) =>
          it.skip(`${title} [skipped: ${unsupported.rows}]`)
      : it;
    const cas = (user: string | undefined, version: number, token: Token) =>
      (storage.compareAndSet as NonNullable<TokenStorage["compareAndSet"]>).call(
        storage,
        visitors.context(user),
        version,
        token,
      );
    const versioned = async (user: string | undefined) => {
      const found = await (storage.getVersioned as NonNullable<TokenStorage["getVersioned"]>).call(
        storage,
        visitors.context(user),
      );
      return found;
    };

    it("finds no token before one is stored", async () => {
      expect(await storage.get(visitors.context("alice"))).toBeUndefined();
    });

    it("returns the stored token field for field in a later request", async () => {
      const token: Token = {
        access_token: "gho_16C7e42F292c6912E7710c838347Ae178B4a",
        token_type: "bearer",
        refresh_token: "ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498",
        expires_at: 1_900_000_000,
        scope: "read:user user:email",
        nested: { list: [1, "two", null, true], unicode: "ünïcødé ✓ 名前" },
      };
      await storage.set(visitors.context("alice"), token);
      visitors.nextRequest();
      expect(await storage.get(visitors.context("alice"))).toEqual(token);
    });

    it("overwrites: the last token stored wins", async () => {
      for (const access_token of ["one", "two", "three"]) {
        await storage.set(visitors.context("alice"), { access_token });
        visitors.nextRequest();
      }
      expect(await storage.get(visitors.context("alice"))).toEqual({ access_token: "three" });
    });

    withRows("keeps one row per provider and user however often the token is overwritten", async () => {
      for (const access_token of ["one", "two", "three"])
        await storage.set(visitors.context("alice"), { access_token });
      await storage.set(visitors.context(undefined), { access_token: "anonymous" });
      await storage.set(visitors.context(undefined), { access_token: "anonymous again" });
      expect(await store.countRows?.("github", "alice")).toBe(1);
      expect(await store.countRows?.("github", undefined)).toBe(1);
    });

    it("deletes the token; deleting it again, or deleting one never stored, is not an error", async () => {
      await storage.set(visitors.context("alice"), { access_token: "a" });
      visitors.nextRequest();
      await storage.delete(visitors.context("alice"));
      await storage.delete(visitors.context("alice"));
      await storage.delete(visitors.context("never-stored"));
      visitors.nextRequest();
      expect(await storage.get(visitors.context("alice"))).toBeUndefined();
    });

    it("keeps users apart, even ids that differ only by case, accent or a trailing space", async () => {
      const users = ["alice", "Alice", "alice ", "ålice", "42", "bob"];
      for (const user of users)
        await storage.set(visitors.context(user), { access_token: `token of ${user}` });
      visitors.nextRequest();
      for (const user of users) {
        expect(await storage.get(visitors.context(user))).toEqual({ access_token: `token of ${user}` });
      }
      await storage.delete(visitors.context("alice"));
      visitors.nextRequest();
      expect(await storage.get(visitors.context("alice"))).toBeUndefined();
      for (const user of users.slice(1)) {
        expect(await storage.get(visitors.context(user))).toEqual({ access_token: `token of ${user}` });
      }
    });

    it("keeps one user's providers apart", async () => {
      await storage.set(visitors.context("alice", "github"), { access_token: "github's" });
      await storage.set(visitors.context("alice", "gitlab"), { access_token: "gitlab's" });
      await storage.delete(visitors.context("alice", "github"));
      visitors.nextRequest();
      expect(await storage.get(visitors.context("alice", "github"))).toBeUndefined();
      expect(await storage.get(visitors.context("alice", "gitlab"))).toEqual({ access_token: "gitlab's" });
    });

    it("keeps a token for a visitor with no app user apart from every user's token", async () => {
      await storage.set(visitors.context(undefined), { access_token: "anonymous" });
      await storage.set(visitors.context("alice"), { access_token: "alice's" });
      visitors.nextRequest();
      expect(await storage.get(visitors.context(undefined))).toEqual({ access_token: "anonymous" });
      await storage.delete(visitors.context(undefined));
      visitors.nextRequest();
      expect(await storage.get(visitors.context(undefined))).toBeUndefined();
      expect(await storage.get(visitors.context("alice"))).toEqual({ access_token: "alice's" });
    });

    it("keeps expires_at, which the handle computes from expires_in and turns back into time left", async () => {
      await visitors.handle("alice").setToken({ access_token: "a", expires_in: 3600 });
      visitors.nextRequest();
      const stored = await storage.get(visitors.context("alice"));
      expect(stored?.expires_at).toBe(visitors.now / 1000 + 3600);
      visitors.nextRequest();
      visitors.now += 600_000;
      expect((await visitors.handle("alice").token())?.expires_in).toBe(3000);
      visitors.nextRequest();
      visitors.now += 3_700_000;
      expect((await visitors.handle("alice").token())?.expires_in).toBe(-700);
    });

    it("reads its own writes at once, so no cache serves a token after it changed", async () => {
      expect(await storage.get(visitors.context("alice"))).toBeUndefined();
      expect(await storage.get(visitors.context("bob"))).toBeUndefined();
      await storage.set(visitors.context("alice"), { access_token: "a1" });
      expect(await storage.get(visitors.context("alice"))).toEqual({ access_token: "a1" });
      expect(await storage.get(visitors.context("bob"))).toBeUndefined();
      await storage.set(visitors.context("alice"), { access_token: "a2" });
      expect(await storage.get(visitors.context("alice"))).toEqual({ access_token: "a2" });
      await storage.delete(visitors.context("alice"));
      expect(await storage.get(visitors.context("alice"))).toBeUndefined();
    });

    it("keeps what was stored when the caller later changes the token it wrote or read", async () => {
      const token: Token = { access_token: "a", scope: "read" };
      await storage.set(visitors.context("alice"), token);
      token.access_token = "changed after set";
      visitors.nextRequest();
      const read = (await storage.get(visitors.context("alice"))) as Token;
      read.scope = "changed after get";
      visitors.nextRequest();
      expect(await storage.get(visitors.context("alice"))).toEqual({ access_token: "a", scope: "read" });
    });

    withCas("reads the token with a version that changes on every write", async () => {
      await storage.set(visitors.context("alice"), { access_token: "a" });
      const first = await versioned("alice");
      expect(first?.token).toEqual({ access_token: "a" });
      await storage.set(visitors.context("alice"), { access_token: "b" });
      const second = await versioned("alice");
      expect(second?.token).toEqual({ access_token: "b" });
      expect(second?.version).not.toBe(first?.version);
      expect(await versioned("bob")).toBeUndefined();
    });

    withCas(
      "compareAndSet writes with the current version once, then refuses that stale version",
      async () => {
        await storage.set(visitors.context("alice"), { access_token: "old" });
        const { version } = (await versioned("alice")) as { version: number };
        expect(await cas("alice", version, { access_token: "refreshed" })).toBe(true);
        expect(await cas("alice", version, { access_token: "too late" })).toBe(false);
        expect(await storage.get(visitors.context("alice"))).toEqual({ access_token: "refreshed" });
        expect((await versioned("alice"))?.version).not.toBe(version);
      },
    );

    withCas("compareAndSet refuses a token that was deleted, or never stored", async () => {
      await storage.set(visitors.context("alice"), { access_token: "old" });
      const { version } = (await versioned("alice")) as { version: number };
      await storage.delete(visitors.context("alice"));
      expect(await cas("alice", version, { access_token: "refreshed" })).toBe(false);
      expect(await storage.get(visitors.context("alice"))).toBeUndefined();
      expect(await cas("bob", version, { access_token: "never" })).toBe(false);
      expect(await storage.get(visitors.context("bob"))).toBeUndefined();
    });

    withCas(
      "compareAndDelete removes the version it was given, and leaves a token stored since, and other users'",
      async () => {
        const compareAndDelete = (user: string, version: number) =>
          (storage.compareAndDelete as NonNullable<TokenStorage["compareAndDelete"]>).call(
            storage,
            visitors.context(user),
            version,
          );
        expect(storage.compareAndDelete).toBeTypeOf("function");
        await storage.set(visitors.context("alice"), { access_token: "dead" });
        await storage.set(visitors.context("bob"), { access_token: "bob's" });
        const { version } = (await versioned("alice")) as { version: number };
        await storage.set(visitors.context("alice"), { access_token: "a new login" });
        expect(await compareAndDelete("alice", version)).toBe(false);
        expect(await storage.get(visitors.context("alice"))).toEqual({ access_token: "a new login" });
        const current = (await versioned("alice")) as { version: number };
        expect(await compareAndDelete("alice", current.version)).toBe(true);
        expect(await storage.get(visitors.context("alice"))).toBeUndefined();
        expect(await compareAndDelete("alice", current.version)).toBe(false);
        expect(await storage.get(visitors.context("bob"))).toEqual({ access_token: "bob's" });
      },
    );

    it(
      `survives ${PARALLEL} parallel sets for one user: no error, and one of their tokens is stored`,
      async () => {
        const written = Array.from({ length: PARALLEL }, (_, i) => `parallel-${i}`);
        await Promise.all(
          written.map((access_token) => storage.set(visitors.context("alice"), { access_token })),
        );
        await Promise.all(
          written.map((access_token) => storage.set(visitors.context(undefined), { access_token })),
        );
        visitors.nextRequest();
        expect(written).toContain((await storage.get(visitors.context("alice")))?.access_token);
        expect(written).toContain((await storage.get(visitors.context(undefined)))?.access_token);
      },
      PARALLEL_TIMEOUT,
    );

    withRows(
      `leaves exactly one row after ${PARALLEL} parallel sets for one user, and for no user`,
      async () => {
        await Promise.all(
          Array.from({ length: PARALLEL }, (_, i) => [
            storage.set(visitors.context("alice"), { access_token: `a${i}` }),
            storage.set(visitors.context(undefined), { access_token: `n${i}` }),
          ]).flat(),
        );
        expect(await store.countRows?.("github", "alice")).toBe(1);
        expect(await store.countRows?.("github", undefined)).toBe(1);
      },
      PARALLEL_TIMEOUT,
    );

    withCas(
      `lets exactly one of ${PARALLEL} parallel compareAndSet calls with one version win`,
      async () => {
        await storage.set(visitors.context("alice"), { access_token: "expired" });
        const { version } = (await versioned("alice")) as { version: number };
        const results = await Promise.all(
          Array.from({ length: PARALLEL }, (_, i) => cas("alice", version, { access_token: `refresh-${i}` })),
        );
        const winners = results.flatMap((won, i) => (won ? [i] : []));
        expect(winners).toHaveLength(1);
        expect(await storage.get(visitors.context("alice"))).toEqual({
          access_token: `refresh-${winners[0]}`,
        });
      },
      PARALLEL_TIMEOUT,
    );

    it(
      "never crosses two users' tokens while both write in parallel",
      async () => {
        const writes = Array.from({ length: PARALLEL }, (_, i) => {
          const user = i % 2 === 0 ? "alice" : "bob";
          return storage.set(visitors.context(user), { access_token: `${user}-${i}`, owner: user });
        });
        await Promise.all(writes);
        visitors.nextRequest();
        const reads = await Promise.all(
          Array.from({ length: PARALLEL }, (_, i) =>
            storage.get(visitors.context(i % 2 === 0 ? "alice" : "bob")),
          ),
        );
        reads.forEach((token, i) => {
          const user = i % 2 === 0 ? "alice" : "bob";
          expect(token?.owner).toBe(user);
          expect(token?.access_token).toMatch(new RegExp(`^${user}-\\d+$`));
        });
      },
      PARALLEL_TIMEOUT,
    );
  });
}
