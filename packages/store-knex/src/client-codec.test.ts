// Encoding registered clients for the client column: plain JSON, and iron seals bound to their key.
import { Sealer } from "@oauth-dance/core";
import { describe, expect, it } from "vitest";
import { ClientCodec } from "./client-codec.js";

const SECRET = "a-secret-of-at-least-thirty-two-characters";
const key = { issuer: "https://id.example", key: "a".repeat(64) };
const client = { client_id: "app", client_secret: "the-client-secret", client_secret_expires_at: 0 };

describe("ClientCodec", () => {
  it("stores plain clients as JSON and reads text, parsed JSON or bytes back", async () => {
    const codec = new ClientCodec();
    const encoded = await codec.encode(client, key);
    expect(JSON.parse(encoded)).toEqual(client);
    for (const raw of [encoded, JSON.parse(encoded), Buffer.from(encoded)]) {
      expect(await codec.decode(raw, key)).toEqual(client);
    }
  });

  it("seals clients so the column shows neither the secret nor the id", async () => {
    const codec = new ClientCodec(new Sealer([SECRET]));
    const encoded = await codec.encode(client, key);
    expect(encoded).not.toContain("the-client-secret");
    expect(JSON.parse(encoded)).toEqual({ sealed: expect.stringMatching(/^Fe26\.2\*/) });
    expect(await codec.decode(encoded, key)).toEqual(client);
  });

  it("reads as no client: a seal of another key, another secret's seal, a plain client while sealing, junk", async () => {
    const sealing = new ClientCodec(new Sealer([SECRET]));
    const sealed = await sealing.encode(client, key);
    expect(await sealing.decode(sealed, { ...key, key: "b".repeat(64) })).toBeUndefined();
    const other = new ClientCodec(new Sealer(["another-secret-of-thirty-two-characters"]));
    expect(await other.decode(sealed, key)).toBeUndefined();
    expect(await sealing.decode(JSON.stringify(client), key)).toBeUndefined();
    expect(await new ClientCodec().decode(sealed, key)).toBeUndefined();
    for (const junk of ["not json", "[]", '{"client_secret":"x"}', null]) {
      expect(await new ClientCodec().decode(junk, key)).toBeUndefined();
    }
  });
});
