import { DanceError } from "@oauth-dance/core";
import { describe, expect, it } from "vitest";
import { endedSessionMessage, friendlyError } from "./friendly-error.js";

describe("friendlyError", () => {
  it("tells a user who denied access that nothing was stored", () => {
    expect(friendlyError({ code: "provider_error", error: "access_denied", message: "x" }, "Local ID")).toBe(
      "You chose not to let this app use your Local ID account, so you are not logged in. Nothing was stored.",
    );
  });

  it("names the provider's own error code for other provider errors", () => {
    expect(
      friendlyError({ code: "provider_error", error: "server_error", message: "x" }, "GitHub"),
    ).toContain('GitHub could not log you in (it said "server_error")');
  });

  it("explains a stale or replayed login without technical words", () => {
    expect(friendlyError({ code: "state_mismatch", message: "state does not match" }, "GitHub")).toBe(
      "That login was started in another tab, took too long, or was already used. Please log in again from this page.",
    );
  });

  it("never repeats the library's message, which is meant for developers", () => {
    const codes = ["token_exchange_failed", "discovery_failed", "storage_failed", "hook_failed"] as const;
    for (const code of codes) {
      expect(friendlyError({ code, message: "TECHNICAL DETAIL" }, "Local ID")).not.toContain("TECHNICAL");
    }
  });
});

describe("endedSessionMessage", () => {
  it("says the provider refused to renew the login when the refresh failed", () => {
    const error = new DanceError("refresh_failed", "x", { error: "invalid_grant" });
    expect(endedSessionMessage(error, "Local ID")).toContain("Local ID refused to renew your login");
  });

  it("says the saved login is no longer accepted for any other failure", () => {
    expect(endedSessionMessage(new Error("401"), "GitHub")).toBe(
      "GitHub no longer accepts your saved login. Please log in again.",
    );
  });
});
