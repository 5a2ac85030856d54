import { describe, expect, it } from "vitest";
import { optionsKey } from "./options-key.js";

describe("optionsKey", () => {
  it("is the same for the same options written in another order", () => {
    const a = {
      issuer: "https://a.example",
      clientId: "x",
      authorizationParams: { prompt: "login", acr: "1" },
    };
    const b = {
      authorizationParams: { acr: "1", prompt: "login" },
      clientId: "x",
      issuer: "https://a.example",
    };
    expect(optionsKey(a)).toBe(optionsKey(b));
  });

  it("tells apart options that differ anywhere, nested ones and lists too", () => {
    const base = { issuer: "https://a.example", scope: ["openid", "email"] };
    expect(optionsKey(base)).not.toBe(optionsKey({ ...base, issuer: "https://b.example" }));
    expect(optionsKey(base)).not.toBe(optionsKey({ ...base, scope: ["email", "openid"] }));
  });

  it("compares functions and class instances by identity", () => {
    class Store {}
    const one = new Store();
    const fetchA = () => undefined;
    expect(optionsKey({ store: one, fetch: fetchA })).toBe(optionsKey({ store: one, fetch: fetchA }));
    expect(optionsKey({ store: one })).not.toBe(optionsKey({ store: new Store() }));
    expect(optionsKey({ fetch: fetchA })).not.toBe(optionsKey({ fetch: () => undefined }));
  });
});
