// Sealing secrets: placeholders refused at start-up, and no seal that lets a guessed secret be checked cheaply.
import { createDance, Sealer, weakSecretReason } from "@oauth-dance/core";
import { describe, expect, it } from "vitest";

describe("sealing secrets", () => {
  it.each([
    "a".repeat(32),
    "0123456789abcdef0123456789abcdef",
    "abcdefghijklmnopqrstuvwxyz012345",
    "passwordpasswordpasswordpassword",
  ])("refuses %s at start-up, saying how to make a real one", (secret) => {
    expect(() => createDance({ secret, providers: {} })).toThrow(
      /secret: must be random: too easy to guess .*openssl rand -base64 32/,
    );
    expect(weakSecretReason(secret)).toEqual(expect.any(String));
  });

  it("names a seal's secret by its place in the list, so the seal says nothing about the secret", async () => {
    const one = "first-secret-Qm2LxW8pZc6YhN0bKs4JfD7";
    const other = "other-secret-9vT3rWq1ZcXe7BnM5yKd0P";
    const ids = await Promise.all(
      [one, other].map(async (secret) => (await new Sealer([secret]).seal({ a: 1 }, 60)).split("*")[1]),
    );
    expect(ids).toEqual(["1", "1"]);
    // With a guess at hand, the id gives no way to tell it right or wrong: only the MAC check does.
    const sealed = await new Sealer([one]).seal({ a: 1 }, 60);
    expect(await new Sealer([other]).unseal(sealed, 60)).toBeUndefined();
    expect(await new Sealer([other, one]).unseal(sealed, 60)).toEqual({ a: 1 });
  });
});
