import { describe, expect, it } from "vitest";
import { DancePaths } from "./dance-paths.js";

const names = ["github", "corp"];
const matchRoute = (prefix: string, pathname: string, providers: string[]) =>
  new DancePaths(prefix, providers).match(pathname);

describe("DancePaths.match", () => {
  it("matches the login and callback routes of declared providers", () => {
    expect(matchRoute("/login", "/login/github", names)).toEqual({ provider: "github", step: "login" });
    expect(matchRoute("/login", "/login/corp/authorized", names)).toEqual({
      provider: "corp",
      step: "callback",
    });
    expect(matchRoute("/login", "/login/corp/backchannel-logout", names)).toEqual({
      provider: "corp",
      step: "backchannel-logout",
    });
  });

  it("passes on everything else", () => {
    for (const path of [
      "/",
      "/login",
      "/login/",
      "/login/gitlab",
      "/login/github/",
      "/login/github/x",
      "/login/github/backchannel-logout/",
      "/loginx/github",
    ]) {
      expect(matchRoute("/login", path, names)).toBeUndefined();
    }
  });

  it("honours another prefix, including none", () => {
    expect(matchRoute("/auth", "/auth/github", names)?.step).toBe("login");
    expect(matchRoute("", "/github/authorized", names)?.step).toBe("callback");
  });
});
