// Encoding tokens for the token column: plain JSON, and iron seals bound to their row.
import { isDanceError, Sealer } from "@oauth-dance/core";
import { describe, expect, it } from "vitest";
import { TokenCodec } from "./token-codec.js";

const SECRET = "a-secret-of-at-least-thirty-two-characters";
const OLD_SECRET = "an-older-secret-of-thirty-two-characters!";
const alice = { provider: "github", userKey: "alice" };
const token = { access_token: "gho_secret", refresh_token: "ghr_secret", expires_at: 1_900_000_000 };

describe("TokenCodec", () => {
  it("stores plain tokens as JSON text and reads text or parsed JSON back", async () => {
    const codec = new TokenCodec();
    const encoded = await codec.encode(token, alice);
    expect(JSON.parse(encoded)).toEqual(token);
    expect(await codec.decode(encoded, alice)).toEqual(token);
    expect(await codec.decode(JSON.parse(encoded), alice)).toEqual(token);
    expect(await codec.decode(Buffer.from(encoded), alice)).toEqual(token);
  });

  it("seals tokens so the column shows none of their values", async () => {
    const codec = new TokenCodec(new Sealer([SECRET]));
    const encoded = await codec.encode(token, alice);
    expect(encoded).not.toContain("gho_secret");
    expect(encoded).not.toContain("ghr_secret");
    expect(JSON.parse(encoded)).toEqual({ sealed: expect.stringMatching(/^Fe26\.2\*/) });
    expect(await codec.decode(encoded, alice)).toEqual(token);
  });

  it("does not open a seal copied into another user's or provider's row", async () => {
    const codec = new TokenCodec(new Sealer([SECRET]));
    const encoded = await codec.encode(token, alice);
    expect(await codec.decode(encoded, { provider: "github", userKey: "mallory" })).toBeUndefined();
    expect(await codec.decode(encoded, { provider: "gitlab", userKey: "alice" })).toBeUndefined();
  });

  it("opens seals made with an older secret of the list, and none made with an unknown one", async () => {
    const old = await new TokenCodec(new Sealer([OLD_SECRET])).encode(token, alice);
    expect(await new TokenCodec(new Sealer([SECRET, OLD_SECRET])).decode(old, alice)).toEqual(token);
    expect(await new TokenCodec(new Sealer([SECRET])).decode(old, alice)).toBeUndefined();
  });

  it("reads a plain token as absent when sealing is on, and a seal as absent when it is off", async () => {
    const sealed = await new TokenCodec(new Sealer([SECRET])).encode(token, alice);
    const plain = await new TokenCodec().encode(token, alice);
    expect(await new TokenCodec(new Sealer([SECRET])).decode(plain, alice)).toBeUndefined();
    expect(await new TokenCodec().decode(sealed, alice)).toBeUndefined();
  });

  it("fails with storage_failed on a column that holds no JSON object", async () => {
    const codec = new TokenCodec();
    for (const raw of ["not json", "[1]", "42", null]) {
      const error = await codec.decode(raw, alice).catch((e: unknown) => e);
      expect(isDanceError(error) && error.code).toBe("storage_failed");
    }
  });
});
