import { describe, expect, it } from "vitest";
import { clientCertificateFetch } from "#fetch";
import { createDance } from "../../dance.js";
import type { DanceError } from "../../errors.js";
import { Sealer } from "../../session/seal.js";
import { oauth2 } from "./oauth2.js";
import { OAuth2Client } from "./oauth2-client.js";
import type { OAuth2Options } from "./oauth2-options.js";

const SECRET = "unit-test-secret-Qm2LxW8pZc6YhN0bKs4J";
const BASE = {
  clientId: "app",
  authorizationUrl: "https://p.example/authorize",
  tokenUrl: "https://p.example/token",
};
const CERTIFICATE = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
const KEY = "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n";

/** The problems createDance reports for one provider's options, as "path: message". */
function problems(options: Record<string, unknown>): string {
  try {
    createDance({ secret: SECRET, providers: { corp: oauth2(options as OAuth2Options) } });
    return "";
  } catch (error) {
    return (error as DanceError).message;
  }
}

describe("the security extension options", () => {
  it("names the option that is wrong", () => {
    expect(problems({ ...BASE, clientSecret: "s", par: "always" })).toMatch(/providers\.corp\.par/);
    expect(problems({ ...BASE, clientSecret: "s", dpop: { algorithm: "HS256" } })).toMatch(
      /providers\.corp\.dpop/,
    );
    expect(problems({ ...BASE, clientSecret: "s", requestObject: { key: "not a key" } })).toMatch(
      /providers\.corp\.requestObject\.key.*PEM private key/,
    );
    expect(problems({ ...BASE, mtls: { cert: "x", key: KEY } })).toMatch(
      /providers\.corp\.mtls\.cert.*PEM certificate/,
    );
  });

  it("asks for mtls with a TLS client authentication method, and no secret; refuses it where no certificate can be presented", () => {
    // Node presents client certificates (node:https); the Web fetch of Bun, Deno and Workers cannot.
    const presents =
      clientCertificateFetch({ cert: CERTIFICATE, key: KEY }, 1, () => new Error()) !== undefined;
    for (const method of ["tls_client_auth", "self_signed_tls_client_auth"]) {
      expect(problems({ ...BASE, tokenEndpointAuthMethod: method })).toMatch(
        /providers\.corp\.mtls.*Required/,
      );
      const withCertificate = problems({
        ...BASE,
        tokenEndpointAuthMethod: method,
        mtls: { cert: CERTIFICATE, key: KEY },
      });
      if (presents) expect(withCertificate).toBe("");
      else expect(withCertificate).toMatch(/providers\.corp\.mtls: mutual TLS needs Node/);
    }
  });

  it("refuses mtls at start-up where the runtime cannot present a client certificate", () => {
    const options = {
      ...BASE,
      tokenEndpointAuthMethod: "tls_client_auth" as const,
      mtls: { cert: CERTIFICATE, key: KEY },
    };
    const deps = { timeout: 5, sealer: new Sealer([SECRET]), certificateFetch: () => undefined };
    expect(() => new OAuth2Client("corp", options, deps)).toThrow(
      /providers\.corp\.mtls: mutual TLS needs Node/,
    );
  });
});
