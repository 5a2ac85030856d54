// Storage conformance under concurrency: versions and compare-and-set (one refresh wins), and parallel writes.
import { expect, it } from "vitest";
import type { TokenStorage } from "../index.js";
import { cas, countRows, type StorageBench, versioned } from "./storage-fixtures.js";

const PARALLEL = 200;
/** More than vitest's default timeout: a loaded CI machine can take a while for 200 round trips. */
const PARALLEL_TIMEOUT = 60_000;

/** Registers the cases about versions, compare-and-set and parallel writes. */
export function describeConcurrencyCases(bench: StorageBench): void {
  const { withCas, withRows } = bench;

  withCas("reads the token with a version that changes on every write", async () => {
    const { storage, visitors } = bench;
    await storage.set(visitors.context("alice"), { access_token: "a" });
    const first = await versioned(bench, "alice");
    expect(first?.token).toEqual({ access_token: "a" });
    await storage.set(visitors.context("alice"), { access_token: "b" });
    const second = await versioned(bench, "alice");
    expect(second?.token).toEqual({ access_token: "b" });
    expect(second?.version).not.toBe(first?.version);
    expect(await versioned(bench, "bob")).toBeUndefined();
  });

  withCas("compareAndSet writes with the current version once, then refuses that stale version", async () => {
    const { storage, visitors } = bench;
    await storage.set(visitors.context("alice"), { access_token: "old" });
    const { version } = (await versioned(bench, "alice")) as { version: number };
    expect(await cas(bench, "alice", version, { access_token: "refreshed" })).toBe(true);
    expect(await cas(bench, "alice", version, { access_token: "too late" })).toBe(false);
    expect(await storage.get(visitors.context("alice"))).toEqual({ access_token: "refreshed" });
    expect((await versioned(bench, "alice"))?.version).not.toBe(version);
  });

  withCas("compareAndSet refuses a token that was deleted, or never stored", async () => {
    const { storage, visitors } = bench;
    await storage.set(visitors.context("alice"), { access_token: "old" });
    const { version } = (await versioned(bench, "alice")) as { version: number };
    await storage.delete(visitors.context("alice"));
    expect(await cas(bench, "alice", version, { access_token: "refreshed" })).toBe(false);
    expect(await storage.get(visitors.context("alice"))).toBeUndefined();
    expect(await cas(bench, "bob", version, { access_token: "never" })).toBe(false);
    expect(await storage.get(visitors.context("bob"))).toBeUndefined();
  });

  withCas(
    "compareAndDelete removes the version it was given, and leaves a token stored since, and other users'",
    async () => {
      const { storage, visitors } = bench;
      const compareAndDelete = (user: string, version: number) =>
        (storage.compareAndDelete as NonNullable<TokenStorage["compareAndDelete"]>).call(
          storage,
          visitors.context(user),
          version,
        );
      expect(storage.compareAndDelete).toBeTypeOf("function");
      await storage.set(visitors.context("alice"), { access_token: "dead" });
      await storage.set(visitors.context("bob"), { access_token: "bob's" });
      const { version } = (await versioned(bench, "alice")) as { version: number };
      await storage.set(visitors.context("alice"), { access_token: "a new login" });
      expect(await compareAndDelete("alice", version)).toBe(false);
      expect(await storage.get(visitors.context("alice"))).toEqual({ access_token: "a new login" });
      const current = (await versioned(bench, "alice")) as { version: number };
      expect(await compareAndDelete("alice", current.version)).toBe(true);
      expect(await storage.get(visitors.context("alice"))).toBeUndefined();
      expect(await compareAndDelete("alice", current.version)).toBe(false);
      expect(await storage.get(visitors.context("bob"))).toEqual({ access_token: "bob's" });
    },
  );

  it(
    `survives ${PARALLEL} parallel sets for one user: no error, and one of their tokens is stored`,
    async () => {
      const { storage, visitors } = bench;
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
      const { storage, visitors } = bench;
      await Promise.all(
        Array.from({ length: PARALLEL }, (_, i) => [
          storage.set(visitors.context("alice"), { access_token: `a${i}` }),
          storage.set(visitors.context(undefined), { access_token: `n${i}` }),
        ]).flat(),
      );
      expect(await countRows(bench, "github", "alice")).toBe(1);
      expect(await countRows(bench, "github", undefined)).toBe(1);
    },
    PARALLEL_TIMEOUT,
  );

  withCas(
    `lets exactly one of ${PARALLEL} parallel compareAndSet calls with one version win`,
    async () => {
      const { storage, visitors } = bench;
      await storage.set(visitors.context("alice"), { access_token: "expired" });
      const { version } = (await versioned(bench, "alice")) as { version: number };
      const results = await Promise.all(
        Array.from({ length: PARALLEL }, (_, i) =>
          cas(bench, "alice", version, { access_token: `refresh-${i}` }),
        ),
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
      const { storage, visitors } = bench;
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
}
