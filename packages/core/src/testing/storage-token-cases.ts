// Storage conformance, one request at a time: what a store keeps, for whom, and that it gives back what it was given.
import { expect, it } from "vitest";
import type { Token } from "../index.js";
import { countRows, type StorageBench } from "./storage-fixtures.js";

/** Registers the cases about reading, writing and deleting one token at a time. */
export function describeTokenCases(bench: StorageBench): void {
  const { withRows } = bench;

  it("finds no token before one is stored", async () => {
    const { storage, visitors } = bench;
    expect(await storage.get(visitors.context("alice"))).toBeUndefined();
  });

  it("returns the stored token field for field in a later request", async () => {
    const { storage, visitors } = bench;
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
    const { storage, visitors } = bench;
    for (const access_token of ["one", "two", "three"]) {
      await storage.set(visitors.context("alice"), { access_token });
      visitors.nextRequest();
    }
    expect(await storage.get(visitors.context("alice"))).toEqual({ access_token: "three" });
  });

  withRows("keeps one row per provider and user however often the token is overwritten", async () => {
    const { storage, visitors } = bench;
    for (const access_token of ["one", "two", "three"])
      await storage.set(visitors.context("alice"), { access_token });
    await storage.set(visitors.context(undefined), { access_token: "anonymous" });
    await storage.set(visitors.context(undefined), { access_token: "anonymous again" });
    expect(await countRows(bench, "github", "alice")).toBe(1);
    expect(await countRows(bench, "github", undefined)).toBe(1);
  });

  it("deletes the token; deleting it again, or deleting one never stored, is not an error", async () => {
    const { storage, visitors } = bench;
    await storage.set(visitors.context("alice"), { access_token: "a" });
    visitors.nextRequest();
    await storage.delete(visitors.context("alice"));
    await storage.delete(visitors.context("alice"));
    await storage.delete(visitors.context("never-stored"));
    visitors.nextRequest();
    expect(await storage.get(visitors.context("alice"))).toBeUndefined();
  });

  it("keeps users apart, even ids that differ only by case, accent or a trailing space", async () => {
    const { storage, visitors } = bench;
    const users = ["alice", "Alice", "alice ", "ålice", "42", "bob"];
    for (const user of users) await storage.set(visitors.context(user), { access_token: `token of ${user}` });
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
    const { storage, visitors } = bench;
    await storage.set(visitors.context("alice", "github"), { access_token: "github's" });
    await storage.set(visitors.context("alice", "gitlab"), { access_token: "gitlab's" });
    await storage.delete(visitors.context("alice", "github"));
    visitors.nextRequest();
    expect(await storage.get(visitors.context("alice", "github"))).toBeUndefined();
    expect(await storage.get(visitors.context("alice", "gitlab"))).toEqual({ access_token: "gitlab's" });
  });

  it("keeps a token for a visitor with no app user apart from every user's token", async () => {
    const { storage, visitors } = bench;
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
    const { storage, visitors } = bench;
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
    const { storage, visitors } = bench;
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
    const { storage, visitors } = bench;
    const token: Token = { access_token: "a", scope: "read" };
    await storage.set(visitors.context("alice"), token);
    token.access_token = "changed after set";
    visitors.nextRequest();
    const read = (await storage.get(visitors.context("alice"))) as Token;
    read.scope = "changed after get";
    visitors.nextRequest();
    expect(await storage.get(visitors.context("alice"))).toEqual({ access_token: "a", scope: "read" });
  });
}
