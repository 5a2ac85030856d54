// A tokens table from before accounts: read as before until accountsMigration runs, then several accounts per user.
import { ACCOUNT_FIELD, isDanceError, type TokenContext } from "@oauth-dance/core";
import createKnex, { type Knex } from "knex";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { accountsMigration, addTokenAccounts, removeTokenAccounts } from "./accounts-migration.js";
import { KnexStorage } from "./knex-storage.js";
import { createTokensTable } from "./tokens-table.js";

let knex: Knex;
beforeEach(async () => {
  knex = createKnex({
    client: "better-sqlite3",
    connection: { filename: ":memory:" },
    useNullAsDefault: true,
  });
  // The table as createTokensTable made it before accounts: the migration's down leaves exactly that.
  await createTokensTable(knex);
  await removeTokenAccounts(knex);
});
afterEach(() => knex.destroy());

const alice = (account?: string): TokenContext => ({
  provider: "github",
  config: { userId: "alice" },
  account,
});

describe("a tokens table from before accounts", () => {
  it("serves one token per user as before, and refuses a named account saying what to run", async () => {
    const storage = new KnexStorage({ knex });
    await storage.set(alice(), { access_token: "legacy" });
    await storage.set(alice(), { access_token: "legacy again" });
    expect(await storage.get(alice())).toEqual({ access_token: "legacy again" });
    expect(await storage.accounts(alice())).toEqual([
      { account: "", token: { access_token: "legacy again" } },
    ]);
    const error = await storage.set(alice("work"), { access_token: "w" }).catch((caught: unknown) => caught);
    expect(isDanceError(error) && error.code).toBe("storage_failed");
    expect((error as Error).message).toMatch(/run accountsMigration\(\)/);
  });

  it('keeps its rows through the migration: the old token is the user\'s account "" until replaced', async () => {
    await new KnexStorage({ knex }).set(alice(), { access_token: "legacy" });
    await addTokenAccounts(knex);
    const storage = new KnexStorage({ knex });
    expect(await storage.get(alice())).toEqual({ access_token: "legacy" });
    await storage.set(alice(), { access_token: "w", [ACCOUNT_FIELD]: "work" });
    expect((await storage.accounts(alice())).map(({ account }) => account)).toEqual(["work", ""]);
    expect(await storage.get(alice())).toMatchObject({ access_token: "w" });
    expect(await storage.get(alice(""))).toEqual({ access_token: "legacy" });
  });

  it("replaces an old row that recorded the same account (providerUserId) with the account's own", async () => {
    await new KnexStorage({ knex }).set(
      { ...alice(), config: { userId: "alice", providerUserId: "42" } },
      {
        access_token: "legacy",
      },
    );
    await addTokenAccounts(knex);
    const storage = new KnexStorage({ knex });
    await storage.set(alice("42"), { access_token: "fresh" });
    expect(await storage.accounts(alice())).toEqual([{ account: "42", token: { access_token: "fresh" } }]);
    expect(await storage.findUserByAccount("github", "42")).toBe("alice");
  });

  it("adds the columns in up and takes them away in down", async () => {
    const migration = accountsMigration();
    await migration.up(knex);
    expect(await knex.schema.hasColumn("oauth_tokens", "account_key")).toBe(true);
    await migration.down?.(knex);
    expect(await knex.schema.hasColumn("oauth_tokens", "account_key")).toBe(false);
  });
});
