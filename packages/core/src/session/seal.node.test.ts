import { sealData, unsealData } from "iron-session";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Sealer as WebSealer } from "./seal.js";
import { Sealer } from "./seal.node.js";
import { secretsById } from "./secret-id.js";

const SECRET = "a-secret-that-is-long-enough-for-iron-1";
const OLD = "an-older-secret-that-is-long-enough-too";
const data = { provider: "github", key: "state-ü-✓", secrets: { codeVerifier: "v".repeat(43) }, n: 1 };

/** iron-session's own calls, with the ids the core gives a rotation list (newest first). */
const ironSeal = (value: unknown, secret: string, ttl: number) =>
  sealData(value, { password: { 1: secret }, ttl });
const ironUnseal = (sealed: string, secrets: string[], ttl = 60) =>
  unsealData(sealed, { password: Object.fromEntries(secretsById(secrets)), ttl });

afterEach(() => {
  vi.useRealTimers();
});

describe("Sealer on node:crypto", () => {
  it("writes the Fe26.2 layout iron-session writes", async () => {
    const sealed = await new Sealer([SECRET]).seal(data, 60);
    const [body, version] = sealed.split("~");
    expect(version).toBe("2");
    const parts = (body as string).split("*");
    expect(parts).toHaveLength(8);
    const [prefix, id, salt, iv, , expiration, macSalt, digest] = parts as string[];
    expect(prefix).toBe("Fe26.2");
    expect(id).toBe("1");
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    expect(macSalt).toMatch(/^[0-9a-f]{64}$/);
    expect(macSalt).not.toBe(salt);
    expect(Buffer.from(iv as string, "base64url")).toHaveLength(16);
    expect(Number(expiration)).toBeGreaterThan(Date.now());
    expect(Number(expiration)).toBeLessThanOrEqual(Date.now() + 60_000);
    expect(digest).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("seals what iron-session's unsealData reads", async () => {
    const sealed = await new Sealer([SECRET]).seal(data, 60);
    expect(await ironUnseal(sealed, [SECRET])).toEqual(data);
    expect(await new WebSealer([SECRET]).unseal(sealed, 60)).toEqual(data);
  });

  it("reads what iron-session's sealData writes", async () => {
    const sealed = await ironSeal(data, SECRET, 60);
    expect(await new Sealer([SECRET]).unseal(sealed, 60)).toEqual(data);
  });

  it("seals a value too large for one cookie both ways", async () => {
    const big = { access_token: "x".repeat(6000), list: Array.from({ length: 50 }, (_, i) => i) };
    expect(await ironUnseal(await new Sealer([SECRET]).seal(big, 60), [SECRET])).toEqual(big);
    expect(await new Sealer([SECRET]).unseal(await ironSeal(big, SECRET, 60), 60)).toEqual(big);
  });

  it("rotates secrets: seals with the first, reads any, both ways", async () => {
    const oldSeal = await ironSeal(data, OLD, 60);
    const rotated = new Sealer([SECRET, OLD]);
    expect(await rotated.unseal(oldSeal, 60)).toEqual(data);
    const newSeal = await rotated.seal(data, 60);
    expect(newSeal.split("*")[1]).toBe("2");
    expect(await ironUnseal(newSeal, [SECRET, OLD])).toEqual(data);
    expect(await ironUnseal(newSeal, [OLD])).toEqual({});
    expect(await new Sealer([OLD]).unseal(newSeal, 60)).toBeUndefined();
    const oldSealNode = await new Sealer([OLD]).seal(data, 60);
    expect(await ironUnseal(oldSealNode, [SECRET, OLD])).toEqual(data);
    expect(await new Sealer([SECRET]).unseal(oldSealNode, 60)).toBeUndefined();
  });

  it("names secrets by their place in the list, so a seal's id says nothing about its secret", async () => {
    const one = (await new Sealer([SECRET]).seal(data, 60)).split("*")[1];
    const other = (await new Sealer([OLD]).seal(data, 60)).split("*")[1];
    expect(one).toBe("1");
    expect(other).toBe("1");
    expect((await new WebSealer([SECRET]).seal(data, 60)).split("*")[1]).toBe("1");
    expect((await new WebSealer([SECRET, OLD]).seal(data, 60)).split("*")[1]).toBe("2");
  });

  it("still reads seals whose id moved when the oldest secret was dropped, and seals of earlier ids", async () => {
    const sealedDuringRotation = await new Sealer([SECRET, OLD]).seal(data, 60);
    const webSealedDuringRotation = await new WebSealer([SECRET, OLD]).seal(data, 60);
    // Ids derived from the secret (a 32-bit hash) were used before; such seals carry an id no list has.
    const earlierId = await sealData(data, { password: { 2166136261: SECRET }, ttl: 60 });
    for (const sealer of [new Sealer([SECRET]), new WebSealer([SECRET])]) {
      expect(await sealer.unseal(sealedDuringRotation, 60)).toEqual(data);
      expect(await sealer.unseal(webSealedDuringRotation, 60)).toEqual(data);
      expect(await sealer.unseal(earlierId, 60)).toEqual(data);
    }
    expect(await new Sealer([OLD]).unseal(sealedDuringRotation, 60)).toBeUndefined();
    expect(await new WebSealer([OLD]).unseal(sealedDuringRotation, 60)).toBeUndefined();
  });

  it("honours the expiry inside the seal, with iron's 60 s of skew, both ways", async () => {
    vi.useFakeTimers({ now: new Date("2030-01-01T00:00:00Z"), toFake: ["Date"] });
    const fromNode = await new Sealer([SECRET]).seal(data, 10);
    const fromIron = await ironSeal(data, SECRET, 10);
    vi.setSystemTime(new Date("2030-01-01T00:01:09Z"));
    expect(await new Sealer([SECRET]).unseal(fromIron, 10)).toEqual(data);
    expect(await ironUnseal(fromNode, [SECRET])).toEqual(data);
    vi.setSystemTime(new Date("2030-01-01T00:01:10Z"));
    expect(await new Sealer([SECRET]).unseal(fromIron, 10)).toBeUndefined();
    expect(await new Sealer([SECRET]).unseal(fromNode, 10)).toBeUndefined();
    expect(await ironUnseal(fromNode, [SECRET])).toEqual({});
  });

  it("seals without expiry when the ttl is 0, as iron-session does", async () => {
    const sealed = await new Sealer([SECRET]).seal(data, 0);
    expect(sealed.split("*")[5]).toBe("");
    expect(await ironUnseal(sealed, [SECRET], 0)).toEqual(data);
    expect(await new Sealer([SECRET]).unseal(await ironSeal(data, SECRET, 0), 0)).toEqual(data);
  });

  it("rejects every tampered or malformed seal that iron-session rejects", async () => {
    const sealed = await ironSeal(data, SECRET, 60);
    const [body] = sealed.split("~") as [string];
    const parts = body.split("*");
    const withPart = (index: number, value: string) =>
      `${parts.map((part, i) => (i === index ? value : part)).join("*")}~2`;
    const flip = (text: string) => (text[0] === "A" ? `B${text.slice(1)}` : `A${text.slice(1)}`);
    const variants = [
      ...parts.map((part, i) => withPart(i, flip(part || "x"))),
      withPart(5, String(Date.now() + 999_999_999)),
      withPart(5, "12ab"),
      withPart(6, ""),
      withPart(2, ""),
      withPart(1, "999"),
      withPart(1, ""),
      withPart(1, "toString"),
      `${parts.slice(0, 7).join("*")}~2`,
      `${body}*extra~2`,
      `${body.slice(0, -1)}~2`,
      sealed.replace("Fe26.2", "Fe26.1"),
      "",
      "~2",
      "not a seal",
      await ironSeal(data, OLD, 60),
    ];
    const node = new Sealer([SECRET]);
    const web = new WebSealer([SECRET]);
    for (const variant of variants) {
      expect(await node.unseal(variant, 60), variant).toBeUndefined();
      expect(await web.unseal(variant, 60), variant).toBeUndefined();
    }
  });

  it("reads an iron-session v6 seal (no version suffix) as iron-session does", async () => {
    const legacy = (await ironSeal({ persistent: { a: 1 } }, SECRET, 60)).replace(/~2$/, "");
    expect(await ironUnseal(legacy, [SECRET])).toEqual({ a: 1 });
    expect(await new Sealer([SECRET]).unseal(legacy, 60)).toEqual({ a: 1 });
    expect(await new WebSealer([SECRET]).unseal(legacy, 60)).toEqual({ a: 1 });
  });

  it("treats empty and non-object data as no data, like the Web version", async () => {
    for (const value of [{}, null, 5, "text", []]) {
      const sealed = await new Sealer([SECRET]).seal(value, 60);
      expect(await new Sealer([SECRET]).unseal(sealed, 60)).toBeUndefined();
      expect(await new WebSealer([SECRET]).unseal(sealed, 60)).toBeUndefined();
    }
  });

  it("refuses to seal with a secret shorter than 32 characters", async () => {
    await expect(new Sealer(["short"]).seal(data, 60)).rejects.toThrow();
    await expect(new WebSealer(["short"]).seal(data, 60)).rejects.toThrow();
  });

  it("draws a fresh IV for every seal and fresh salts every 4096 seals", async () => {
    const sealer = new Sealer([SECRET]);
    const salts = (sealed: string) => [sealed.split("*")[2], sealed.split("*")[6]];
    const first = await sealer.seal(data, 60);
    const second = await sealer.seal(data, 60);
    expect(first.split("*")[3]).not.toBe(second.split("*")[3]);
    expect(salts(second)).toEqual(salts(first));
    let last = second;
    for (let i = 2; i < 4097; i++) last = await sealer.seal(data, 60);
    expect(salts(last)).not.toEqual(salts(first));
    // Seals made under the earlier salts still open, here and in iron-session.
    expect(await sealer.unseal(first, 60)).toEqual(data);
    expect(await ironUnseal(first, [SECRET])).toEqual(data);
    expect(await ironUnseal(last, [SECRET])).toEqual(data);
  });

  it("rejects a forged seal that reuses the salts of a verified one", async () => {
    const sealer = new Sealer([SECRET]);
    const genuine = await sealer.seal(data, 60);
    expect(await sealer.unseal(genuine, 60)).toEqual(data);
    const forger = new Sealer(["a-different-secret-that-is-long-enough-x"]);
    const forged = (await forger.seal({ user: "mallory" }, 60)).split("*");
    const parts = genuine.split("*");
    // The forger's ciphertext and MAC under our id and our (already verified) salts.
    const spliced = [parts[0], parts[1], parts[2], forged[3], forged[4], forged[5], parts[6], forged[7]].join(
      "*",
    );
    expect(await sealer.unseal(spliced, 60)).toBeUndefined();
  });
});
