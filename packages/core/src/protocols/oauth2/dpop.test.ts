import * as client from "openid-client";
import { describe, expect, it } from "vitest";
import { Sealer } from "../../session/seal.js";
import { DPOP_KEY_FIELD, DPoPKeys, isDPoPBound } from "./dpop.js";
import { DPOP_ALGORITHMS } from "./high-assurance-options.js";

const SECRET = "dpop-test-secret-that-is-at-least-32-chars";
const configuration = new client.Configuration(
  { issuer: "https://as.example", token_endpoint: "https://as.example/token" },
  "app",
);

describe("DPoP keys", () => {
  it.each(DPOP_ALGORITHMS)(
    "seals a %s key with the token, and another instance with the secret opens it",
    async (algorithm) => {
      const made = await new DPoPKeys(algorithm, new Sealer([SECRET])).create(configuration);
      expect(made.sealed).toMatch(/^Fe26\.2\*/);
      // A second process: nothing shared but the secret and the token.
      const loaded = await new DPoPKeys(algorithm, new Sealer([SECRET])).of(
        { [DPOP_KEY_FIELD]: made.sealed },
        configuration,
      );
      expect(await loaded?.handle.calculateThumbprint()).toBe(await made.handle.calculateThumbprint());
    },
  );

  it("opens no key sealed by another app, and none from a token without one", async () => {
    const made = await new DPoPKeys(
      "ES256",
      new Sealer(["another-app-secret-that-is-at-least-32-chars"]),
    ).create(configuration);
    const keys = new DPoPKeys("ES256", new Sealer([SECRET]));
    expect(await keys.of({ [DPOP_KEY_FIELD]: made.sealed }, configuration)).toBeUndefined();
    expect(await keys.of({ access_token: "a" }, configuration)).toBeUndefined();
  });

  it("counts a token as bound by its type or its key", () => {
    expect(isDPoPBound({ token_type: "DPoP" })).toBe(true);
    expect(isDPoPBound({ token_type: "dpop" })).toBe(true);
    expect(isDPoPBound({ token_type: "bearer", [DPOP_KEY_FIELD]: "Fe26.2**x" })).toBe(true);
    expect(isDPoPBound({ token_type: "bearer" })).toBe(false);
  });
});
