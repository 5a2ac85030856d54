import { describe, expect, it } from "vitest";
import { parseCookieHeader, serializeCookie } from "./cookies.js";

const flags = { path: "/", secure: false, sameSite: "Lax" as const, httpOnly: true };

describe("parseCookieHeader", () => {
  it("reads name=value pairs and keeps the first value of a repeated name", () => {
    expect(parseCookieHeader('a=1; b="two"; a=3; junk; =x')).toEqual({ a: "1", b: "two" });
  });

  it("returns an empty record for a missing header", () => {
    expect(parseCookieHeader(undefined)).toEqual({});
  });
});

describe("serializeCookie", () => {
  it("writes HttpOnly, SameSite=Lax and the path, and Secure only when asked", () => {
    expect(serializeCookie("n", "v", flags, 60)).toBe("n=v; Path=/; Max-Age=60; HttpOnly; SameSite=Lax");
    expect(serializeCookie("n", "v", { ...flags, secure: true }, undefined)).toBe(
      "n=v; Path=/; HttpOnly; Secure; SameSite=Lax",
    );
  });

  it("expires a deleted cookie in the past", () => {
    expect(serializeCookie("n", "", flags, 0)).toContain("Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
  });

  it("always marks SameSite=None cookies Secure, as browsers require", () => {
    expect(serializeCookie("n", "v", { ...flags, sameSite: "None" }, 1)).toContain("; Secure; SameSite=None");
  });
});
