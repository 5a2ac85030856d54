import { describe, expect, it } from "vitest";
import { toWebResponse } from "./web-response.js";

describe("toWebResponse", () => {
  it("turns a redirect into an empty response with one Set-Cookie line per cookie", async () => {
    const response = toWebResponse({
      type: "redirect",
      status: 302,
      location: "/done",
      cookies: ["a=1; Path=/", "b=2; Path=/"],
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/done");
    expect(response.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    expect(await response.text()).toBe("");
  });

  it("keeps a response's status, headers and body", async () => {
    const response = toWebResponse({
      type: "response",
      status: 403,
      headers: { "content-type": "application/json" },
      body: '{"no":true}',
      cookies: ["a=1"],
    });
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.getSetCookie()).toEqual(["a=1"]);
    expect(await response.json()).toEqual({ no: true });
  });

  it("drops the body of a status that cannot have one instead of throwing", () => {
    const response = toWebResponse({ type: "response", status: 204, headers: {}, body: "", cookies: [] });
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });
});
