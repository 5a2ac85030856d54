import { describe, expect, it } from "vitest";
import { finalDestination, safeNextPath } from "./redirect.js";

describe("safeNextPath", () => {
  it.each(["/", "/dashboard", "/a/b?c=d#e", "/%2F%2Fevil.example"])(
    "accepts the same-site path %s",
    (next) => {
      expect(safeNextPath(next)).toBe(next);
    },
  );

  it.each([
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "/\tevil",
    "/\n/evil.example",
    "/.//evil.example",
    "/%2e%2e//evil.example",
    "/a/..//evil.example",
    "",
    null,
    `/${"a".repeat(3000)}`,
  ])("refuses %j", (next) => {
    expect(safeNextPath(next)).toBeUndefined();
  });
});

describe("finalDestination", () => {
  it("prefers next, then redirectUrl, then the provider's and the dance's redirectTo, then /", () => {
    expect(finalDestination("/n", { redirectUrl: "/u", redirectTo: "/t" }, "/d")).toBe("/n");
    expect(finalDestination(undefined, { redirectUrl: "/u", redirectTo: "/t" }, "/d")).toBe("/u");
    expect(finalDestination(undefined, { redirectTo: "/t" }, "/d")).toBe("/t");
    expect(finalDestination(undefined, {}, "/d")).toBe("/d");
    expect(finalDestination(undefined, {}, undefined)).toBe("/");
  });
});
