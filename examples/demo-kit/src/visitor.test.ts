import { describe, expect, it } from "vitest";
import { newVisitorCookie, VISITOR_COOKIE, visitorId } from "./visitor.js";

describe("the visitor cookie", () => {
  it("gives a new browser a random id in an HttpOnly, SameSite=Lax cookie", () => {
    const first = newVisitorCookie({}, false);
    const second = newVisitorCookie({}, false);
    expect(first).toMatch(/^demo-visitor=[A-Za-z0-9_-]{22}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
    expect(first).not.toBe(second);
    expect(newVisitorCookie({}, true)).toMatch(/; Secure$/);
  });

  it("leaves a browser that has an id alone, and reads that id back", () => {
    const id = "abcdefghijklmnopqrstuv";
    expect(newVisitorCookie({ [VISITOR_COOKIE]: id }, false)).toBeUndefined();
    expect(visitorId({ [VISITOR_COOKIE]: id })).toBe(id);
  });

  it("ignores a value the demo could not have issued, and issues a fresh id instead", () => {
    const forged = { [VISITOR_COOKIE]: "' or 1=1 --" };
    expect(visitorId(forged)).toBeUndefined();
    expect(newVisitorCookie(forged, false)).toMatch(/^demo-visitor=/);
  });
});
