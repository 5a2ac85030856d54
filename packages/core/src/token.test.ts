import { describe, expect, it } from "vitest";
import { withExpiresAt, withExpiresIn } from "./token.js";

// 2016-01-01T12:00:01Z, the instant Flask-Dance's own tests use.
const stored = Date.UTC(2016, 0, 1, 12, 0, 1);

describe("token expiry maths", () => {
  it("turns expires_in into expires_at when a token is stored", () => {
    expect(withExpiresAt({ access_token: "a", expires_in: 300 }, stored).expires_at).toBe(1451649901);
  });

  it("replaces an expires_at the token already had", () => {
    expect(withExpiresAt({ expires_in: 300, expires_at: 1 }, stored).expires_at).toBe(1451649901);
  });

  it("leaves tokens without expires_in alone", () => {
    expect(withExpiresAt({ access_token: "a" }, stored)).toEqual({ access_token: "a" });
  });

  it("recomputes expires_in on read, going negative once expired", () => {
    const token = withExpiresAt({ expires_in: 300 }, stored);
    expect(withExpiresIn(token, Date.UTC(2016, 0, 1, 12, 5, 0)).expires_in).toBe(1);
    expect(withExpiresIn(token, Date.UTC(2016, 0, 1, 12, 10, 1)).expires_in).toBe(-300);
  });
});
