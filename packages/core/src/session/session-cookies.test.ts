import { describe, expect, it } from "vitest";
import { parseCookieHeader } from "../http/cookies.js";
import { Sealer } from "./seal.js";
import { SessionCookies } from "./session-cookies.js";

const SECRET = "a-secret-that-is-long-enough-for-iron-1";
const OTHER = "another-secret-that-is-long-enough-for-iron";
const flags = { path: "/", secure: false, sameSite: "Lax" as const, httpOnly: true };

function session(cookies: Record<string, string> = {}, secrets = [SECRET]) {
  return new SessionCookies(cookies, new Sealer(secrets), flags, "od");
}

/** What a browser would send back after receiving these Set-Cookie values. */
function browserCookies(setCookies: string[], before: Record<string, string> = {}): Record<string, string> {
  const jar = { ...before };
  for (const line of setCookies) {
    const [pair] = line.split(";");
    const [name, value] = Object.entries(parseCookieHeader(pair))[0] ?? [];
    if (name === undefined) continue;
    if (/Max-Age=0/.test(line)) delete jar[name];
    else jar[name] = value as string;
  }
  return jar;
}

describe("SessionCookies", () => {
  it("round-trips a sealed value through the browser", async () => {
    const first = session();
    await first.set("token.github", { access_token: "t" }, { maxAge: 60 });
    const jar = browserCookies(first.takeSetCookies());
    expect(Object.keys(jar)).toEqual(["od.token.github"]);
    expect(jar["od.token.github"]).not.toContain('t"');
    expect(await session(jar).get("token.github", 60)).toEqual({ access_token: "t" });
  });

  it("reads a tampered, truncated or foreign cookie as absent", async () => {
    const first = session();
    await first.set("k", { v: 1 }, { maxAge: 60 });
    const sealed = browserCookies(first.takeSetCookies())["od.k"] as string;
    const flipped = sealed.slice(0, 40) + (sealed[40] === "A" ? "B" : "A") + sealed.slice(41);
    for (const value of [flipped, sealed.slice(0, 50), "garbage", ""]) {
      expect(await session({ "od.k": value }).get("k", 60)).toBeUndefined();
    }
    expect(await session({ "od.k": sealed }, [OTHER]).get("k", 60)).toBeUndefined();
  });

  it("splits a value too large for one cookie and reassembles it", async () => {
    const big = { blob: "x".repeat(9000) };
    const first = session();
    await first.set("k", big, { maxAge: 60 });
    const setCookies = first.takeSetCookies();
    expect(setCookies.length).toBeGreaterThan(2);
    expect(setCookies.every((c) => c.length < 4096)).toBe(true);
    const jar = browserCookies(setCookies);
    expect(await session(jar).get("k", 60)).toEqual(big);

    // Shrinking again removes the chunks, so no stale piece is left behind.
    const second = session(jar);
    await second.set("k", { small: true }, { maxAge: 60 });
    const after = browserCookies(second.takeSetCookies(), jar);
    expect(Object.keys(after)).toEqual(["od.k"]);
    expect(await session(after).get("k", 60)).toEqual({ small: true });
  });

  it("drops chunks written earlier in the same request when the value shrinks or goes", async () => {
    const big = { blob: "x".repeat(9000) };
    const shrunk = session({ "od.other.0": "kept", "od.other.1": "kept" });
    await shrunk.set("k", big, { maxAge: 60 });
    await shrunk.set("k", { small: true }, { maxAge: 60 });
    expect(shrunk.takeSetCookies().map((line) => line.split("=")[0])).toEqual(["od.k"]);
    const gone = session();
    await gone.set("k", big, { maxAge: 60 });
    gone.delete("k");
    expect(gone.takeSetCookies()).toEqual([]);
  });

  it("deletes idempotently, and reads its own writes and deletes", async () => {
    const s = session();
    s.delete("nothing");
    expect(s.takeSetCookies()).toEqual([]);
    await s.set("k", { v: 1 }, { maxAge: 60 });
    expect(await s.get("k", 60)).toEqual({ v: 1 });
    s.delete("k");
    expect(await s.get("k", 60)).toBeUndefined();
  });

  it("rotates secrets: seals with the first, still unseals what the older one sealed", async () => {
    const old = session({}, [OTHER]);
    await old.set("k", { v: "old" }, { maxAge: 60 });
    const jar = browserCookies(old.takeSetCookies());
    const rotated = session(jar, [SECRET, OTHER]);
    expect(await rotated.get("k", 60)).toEqual({ v: "old" });
    await rotated.set("k", { v: "new" }, { maxAge: 60 });
    const newJar = browserCookies(rotated.takeSetCookies());
    expect(await session(newJar, [SECRET]).get("k", 60)).toEqual({ v: "new" });
    expect(await session(newJar, [OTHER]).get("k", 60)).toBeUndefined();
  });
});
