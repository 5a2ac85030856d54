import * as client from "openid-client";
import { describe, expect, it } from "vitest";
import * as web from "./random.js";
import * as node from "./random.node.js";

describe("random values on node:crypto", () => {
  it("makes states, nonces and verifiers in openid-client's format, never twice the same", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      for (const value of [node.randomState(), node.randomNonce(), node.randomPKCECodeVerifier()]) {
        expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
        seen.add(value);
      }
    }
    expect(seen.size).toBe(6000);
    expect(client.randomState()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("computes the S256 challenge openid-client computes", async () => {
    for (const verifier of [node.randomPKCECodeVerifier(), "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"]) {
      expect(await node.calculatePKCECodeChallenge(verifier)).toBe(
        await client.calculatePKCECodeChallenge(verifier),
      );
      expect(await node.calculatePKCECodeChallenge(verifier)).toBe(
        await web.calculatePKCECodeChallenge(verifier),
      );
    }
    // RFC 7636, appendix B.
    expect(await node.calculatePKCECodeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).toBe(
      "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    );
  });

  it("hands out pool bytes once: slices never overlap and survive a refill", () => {
    const first = node.randomPoolBytes(80);
    const copy = Buffer.from(first);
    const later = Array.from({ length: 200 }, () => node.randomPoolBytes(80));
    expect(first.equals(copy)).toBe(true);
    const hex = new Set([copy, ...later].map((bytes) => bytes.toString("hex")));
    expect(hex.size).toBe(201);
    expect(node.randomPoolBytes(5000)).toHaveLength(5000);
  });
});

describe("#random", () => {
  it("loads the node:crypto version on Node", async () => {
    const chosen = await import("#random");
    expect(chosen.randomState).toBe(node.randomState);
  });
});
