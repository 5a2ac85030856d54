import { describe, expect, it } from "vitest";
import { stableJson } from "../options/options-key.js";
import { describeClientRegistrationStoreConformance } from "../testing/client-registration-conformance.js";
import {
  clientRegistrationKey,
  isClientRegistrationStore,
  MemoryRegistrationStore,
} from "./client-registration-store.js";

describeClientRegistrationStoreConformance("MemoryRegistrationStore", async () => ({
  store: new MemoryRegistrationStore(),
  close: () => {},
}));

describe("clientRegistrationKey", () => {
  const issuer = "https://id.example.com";
  const metadata = { redirect_uris: ["https://app.example.com/cb"], client_name: "App", jwks: { keys: [] } };

  it("is a SHA-256 digest (64 hex characters), with the issuer kept beside it", async () => {
    const key = await clientRegistrationKey(issuer, metadata);
    expect(key.issuer).toBe(issuer);
    expect(key.key).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is the same for the same metadata written in another key order", async () => {
    const reordered = {
      jwks: { keys: [] },
      client_name: "App",
      redirect_uris: ["https://app.example.com/cb"],
    };
    expect(await clientRegistrationKey(issuer, reordered)).toEqual(
      await clientRegistrationKey(issuer, metadata),
    );
  });

  it("changes with the metadata (a new redirect URI) and with the issuer", async () => {
    const { key } = await clientRegistrationKey(issuer, metadata);
    const moved = {
      ...metadata,
      redirect_uris: ["https://app.example.com/cb", "https://app.example.com/cb2"],
    };
    expect((await clientRegistrationKey(issuer, moved)).key).not.toBe(key);
    expect((await clientRegistrationKey("https://other.example.com", metadata)).key).not.toBe(key);
  });

  it("writes nested objects with sorted keys and keeps array order", () => {
    expect(stableJson({ b: [2, 1], a: { d: 1, c: null } })).toBe('{"a":{"c":null,"d":1},"b":[2,1]}');
  });
});

describe("isClientRegistrationStore", () => {
  it("accepts an object with getClient, addClient and deleteClient, and nothing less", () => {
    expect(isClientRegistrationStore(new MemoryRegistrationStore())).toBe(true);
    const methods = { getClient: async () => undefined, addClient: async () => ({ client_id: "x" }) };
    expect(isClientRegistrationStore(methods)).toBe(false);
    expect(isClientRegistrationStore({ ...methods, deleteClient: async () => {} })).toBe(true);
    expect(isClientRegistrationStore(undefined)).toBe(false);
  });
});
