import { describe, expect, it } from "vitest";
import { MemoryRegistrationStore } from "../storage/client-registration-store.js";
import { applyConfigValues } from "./from-config.js";

describe("applyConfigValues", () => {
  it("writes each value at its dot path into a copy, leaving the options as they were", () => {
    const options = Object.freeze({ clientId: "id", register: { metadata: { client_name: "App" } } });
    const applied = applyConfigValues(options, { "register.initialAccessToken": "iat", clientSecret: "s" });
    expect(applied).toEqual({
      clientId: "id",
      clientSecret: "s",
      register: { metadata: { client_name: "App" }, initialAccessToken: "iat" },
    });
    expect(options).toEqual({ clientId: "id", register: { metadata: { client_name: "App" } } });
  });

  it("copies plain objects and arrays but shares the app's own objects, such as a store", () => {
    const store = new MemoryRegistrationStore();
    const options = {
      scope: ["openid"],
      register: { store, metadata: { redirect_uris: ["https://a.example"] } },
    };
    const applied = applyConfigValues(options, { "register.initialAccessToken": "iat" });
    expect(applied.register.store).toBe(store);
    expect(applied.scope).not.toBe(options.scope);
    expect(applied.register.metadata).not.toBe(options.register.metadata);
    expect(applied.register.metadata).toEqual(options.register.metadata);
  });
});
