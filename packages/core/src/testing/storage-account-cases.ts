// Storage conformance for stores that keep several accounts per user and provider (`multipleAccounts`).
import { expect } from "vitest";
import { ACCOUNT_FIELD, type TokenContext } from "../index.js";
import type { StorageBench } from "./storage-fixtures.js";

/** Registers the cases about one user's several accounts at one provider, run when the store has `accounts`. */
export function describeAccountCases(bench: StorageBench): void {
  const { withAccounts, withAccountsAndCas } = bench;
  const of = (user: string | undefined, account?: string, provider = "github"): TokenContext => ({
    ...bench.visitors.context(user, provider),
    account,
  });
  const listed = async (user: string | undefined, provider = "github") =>
    (await accountsOf(bench, of(user, undefined, provider))).map(({ account, token }) => [
      account,
      token.access_token,
    ]);

  withAccounts("keeps a token per account; without an account, the one stored last", async () => {
    const { storage, visitors } = bench;
    await storage.set(of("alice", "personal"), { access_token: "p" });
    await storage.set(of("alice", "work"), { access_token: "w" });
    visitors.nextRequest();
    expect(await storage.get(of("alice", "personal"))).toEqual({ access_token: "p" });
    expect(await storage.get(of("alice", "work"))).toEqual({ access_token: "w" });
    expect(await storage.get(of("alice"))).toEqual({ access_token: "w" });
    expect(await storage.get(of("alice", "never"))).toBeUndefined();
  });

  withAccounts("stores a token under the account it is marked with when the context names none", async () => {
    const { storage } = bench;
    await storage.set(of("alice"), { access_token: "p", [ACCOUNT_FIELD]: "personal" });
    await storage.set(of("alice"), { access_token: "w", [ACCOUNT_FIELD]: "work" });
    expect(await listed("alice")).toEqual([
      ["work", "w"],
      ["personal", "p"],
    ]);
  });

  withAccounts("lists the user's accounts, the one stored last first, and no one else's", async () => {
    const { storage } = bench;
    await storage.set(of("alice", "personal"), { access_token: "p" });
    await storage.set(of("alice", "work"), { access_token: "w" });
    await storage.set(of("bob", "bob-only"), { access_token: "b" });
    await storage.set(of("alice", "on-gitlab", "gitlab"), { access_token: "g" });
    // Stored again, the personal account is the last one stored.
    await storage.set(of("alice", "personal"), { access_token: "p2" });
    expect(await listed("alice")).toEqual([
      ["personal", "p2"],
      ["work", "w"],
    ]);
    expect(await listed("bob")).toEqual([["bob-only", "b"]]);
    expect(await listed("carol")).toEqual([]);
    expect(await storage.get(of("alice"))).toEqual({ access_token: "p2" });
  });

  withAccounts(
    "deletes one account only; the plain context then means the account stored before it",
    async () => {
      const { storage } = bench;
      await storage.set(of("alice", "personal"), { access_token: "p" });
      await storage.set(of("alice", "work"), { access_token: "w" });
      await storage.delete(of("alice", "work"));
      expect(await storage.get(of("alice", "work"))).toBeUndefined();
      expect(await storage.get(of("alice"))).toEqual({ access_token: "p" });
      await storage.delete(of("alice"));
      expect(await listed("alice")).toEqual([]);
    },
  );

  withAccounts('lists a token stored without an account as the account ""', async () => {
    const { storage } = bench;
    await storage.set(of("alice"), { access_token: "before accounts" });
    await storage.set(of("alice", "work"), { access_token: "w" });
    expect(await listed("alice")).toEqual([
      ["work", "w"],
      ["", "before accounts"],
    ]);
    expect(await storage.get(of("alice", ""))).toEqual({ access_token: "before accounts" });
  });

  withAccountsAndCas(
    "a refresh by compare-and-set writes its own account, and leaves the last stored one",
    async () => {
      const { storage } = bench;
      const { getVersioned, compareAndSet } = storage;
      if (!getVersioned || !compareAndSet) throw new Error("the store has no compareAndSet");
      await storage.set(of("alice", "personal"), { access_token: "p" });
      await storage.set(of("alice", "work"), { access_token: "w" });
      const personal = await getVersioned.call(storage, of("alice", "personal"));
      expect(personal?.token).toEqual({ access_token: "p" });
      const fresh = { access_token: "p-fresh" };
      expect(await compareAndSet.call(storage, of("alice", "personal"), personal?.version ?? -1, fresh)).toBe(
        true,
      );
      expect(await storage.get(of("alice", "personal"))).toEqual({ access_token: "p-fresh" });
      expect(await storage.get(of("alice"))).toEqual({ access_token: "w" });
    },
  );
}

function accountsOf(bench: StorageBench, ctx: TokenContext) {
  const { storage } = bench;
  if (!storage.accounts)
    throw new Error("the store has no accounts: implement it, or say why in unsupported.accounts");
  return storage.accounts(ctx);
}
