// What every shared LogoutList must do, as a vitest suite: MemoryLogoutList, KnexStorage and RedisStorage run it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isLoggedOut, type LogoutList } from "../storage/logout-list.js";

/** A fresh, empty logout list for one test, and how to close it afterwards. */
export interface LogoutListUnderTest {
  list: LogoutList;
  close(): Promise<void> | void;
}

const ISSUER = "https://id.example.com";
const AT = 1_796_000_000;

/**
 * Registers the conformance suite of logout lists, in a vitest `describe` block titled
 * `${name}: logout list conformance`. Each test gets a fresh list from `open`: a logout is found by its `sub` and
 * by its `sid`, the latest of several wins, and nothing is found for another provider, issuer, account or session.
 *
 * Needs vitest (an optional peer dependency of `@oauth-dance/core`).
 *
 * @example
 * describeLogoutListConformance("MyLogoutList", async () => {
 *   const list = new MyLogoutList();
 *   return { list, close: () => list.clear() };
 * });
 */
export function describeLogoutListConformance(name: string, open: () => Promise<LogoutListUnderTest>): void {
  describe(`${name}: logout list conformance`, () => {
    let opened: LogoutListUnderTest;
    let list: LogoutList;
    beforeEach(async () => {
      opened = await open();
      list = opened.list;
    });
    afterEach(() => opened.close());

    it("finds nothing in an empty list", async () => {
      expect(await list.find({ provider: "corp", issuer: ISSUER, sub: "alice", sid: "s1" })).toBeUndefined();
    });

    it("finds a logout by its sub", async () => {
      await list.add({ provider: "corp", issuer: ISSUER, sub: "alice", at: AT });
      expect(await list.find({ provider: "corp", issuer: ISSUER, sub: "alice" })).toBe(AT);
      expect(await list.find({ provider: "corp", issuer: ISSUER, sub: "alice", sid: "other" })).toBe(AT);
      expect(await list.find({ provider: "corp", issuer: ISSUER, sub: "bob" })).toBeUndefined();
    });

    it("finds a logout by its sid", async () => {
      await list.add({ provider: "corp", issuer: ISSUER, sid: "s1", at: AT });
      expect(await list.find({ provider: "corp", issuer: ISSUER, sid: "s1" })).toBe(AT);
      expect(await list.find({ provider: "corp", issuer: ISSUER, sub: "alice", sid: "s1" })).toBe(AT);
      expect(await list.find({ provider: "corp", issuer: ISSUER, sid: "s2" })).toBeUndefined();
      // A sid is not a sub: the same string names another thing.
      expect(await list.find({ provider: "corp", issuer: ISSUER, sub: "s1" })).toBeUndefined();
    });

    it("finds a logout of both sub and sid by either", async () => {
      await list.add({ provider: "corp", issuer: ISSUER, sub: "alice", sid: "s1", at: AT });
      expect(await list.find({ provider: "corp", issuer: ISSUER, sub: "alice" })).toBe(AT);
      expect(await list.find({ provider: "corp", issuer: ISSUER, sid: "s1" })).toBe(AT);
    });

    it("answers the latest logout of several", async () => {
      await list.add({ provider: "corp", issuer: ISSUER, sub: "alice", at: AT + 60 });
      await list.add({ provider: "corp", issuer: ISSUER, sub: "alice", at: AT });
      await list.add({ provider: "corp", issuer: ISSUER, sid: "s1", at: AT + 120 });
      expect(await list.find({ provider: "corp", issuer: ISSUER, sub: "alice" })).toBe(AT + 60);
      expect(await list.find({ provider: "corp", issuer: ISSUER, sub: "alice", sid: "s1" })).toBe(AT + 120);
    });

    it("finds nothing for another provider or another issuer", async () => {
      await list.add({ provider: "corp", issuer: ISSUER, sub: "alice", sid: "s1", at: AT });
      expect(await list.find({ provider: "other", issuer: ISSUER, sub: "alice", sid: "s1" })).toBeUndefined();
      expect(
        await list.find({ provider: "corp", issuer: "https://other.example.com", sub: "alice", sid: "s1" }),
      ).toBeUndefined();
    });

    it("logs out a token issued at or before the logout, not one issued after it", async () => {
      await list.add({ provider: "corp", issuer: ISSUER, sub: "alice", at: AT });
      const query = { provider: "corp", issuer: ISSUER, sub: "alice" };
      expect(await isLoggedOut(list, query, AT - 1)).toBe(true);
      expect(await isLoggedOut(list, query, AT)).toBe(true);
      expect(await isLoggedOut(list, query, AT + 1)).toBe(false);
    });
  });
}
