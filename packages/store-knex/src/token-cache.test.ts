// The in-process token cache: size and age bounds, cached "no token", and copies in and out.
import { describe, expect, it } from "vitest";
import { TokenCache } from "./token-cache.js";

const token = (access_token: string) => ({ token: { access_token }, version: 1 });

describe("TokenCache", () => {
  it("forgets the least recently used entry beyond max", () => {
    const cache = new TokenCache({ max: 2 });
    cache.set("a", token("a"));
    cache.set("b", token("b"));
    cache.get("a");
    cache.set("c", token("c"));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")?.token.access_token).toBe("a");
    expect(cache.get("c")?.token.access_token).toBe("c");
    expect(cache.size).toBe(2);
  });

  it("expires entries after ttl seconds", () => {
    let now = 0;
    const cache = new TokenCache({ ttl: 10 }, () => now);
    cache.set("a", token("a"));
    now = 9_999;
    expect(cache.get("a")).toBeDefined();
    now = 10_000;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("caches 'no token' as null, apart from 'nothing cached'", () => {
    const cache = new TokenCache();
    cache.set("a", null);
    expect(cache.get("a")).toBeNull();
    expect(cache.get("b")).toBeUndefined();
  });

  it("hands out copies, so a caller changing its token changes nobody else's", () => {
    const cache = new TokenCache();
    const stored = token("a");
    cache.set("a", stored);
    stored.token.access_token = "changed before read";
    const read = cache.get("a");
    if (read) read.token.access_token = "changed after read";
    expect(cache.get("a")?.token.access_token).toBe("a");
  });

  it("deletes one entry", () => {
    const cache = new TokenCache();
    cache.set("a", token("a"));
    cache.set("b", token("b"));
    cache.delete("a");
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("b")).toBeDefined();
  });
});
