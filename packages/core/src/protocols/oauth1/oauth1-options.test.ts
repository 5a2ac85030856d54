import { describe, expect, it } from "vitest";
import { createDance } from "../../dance.js";
import { DanceError } from "../../errors.js";
import { oauth1 } from "./oauth1.js";
import type { OAuth1Options } from "./oauth1-options.js";

const SECRET = "unit-test-secret-Qm2LxW8pZc6YhN0bKs4J";
const ENDPOINTS = {
  requestTokenUrl: "https://api.example.com/oauth/request_token",
  authorizationUrl: "https://api.example.com/oauth/authorize",
  accessTokenUrl: "https://api.example.com/oauth/access_token",
};
const PEM = "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----";

/** The message createDance throws for these options, or undefined when they are accepted. */
function problemWith(options: OAuth1Options): string | undefined {
  try {
    createDance({ secret: SECRET, providers: { x: oauth1(options) } });
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(DanceError);
    expect((error as DanceError).code).toBe("invalid_options");
    return (error as Error).message;
  }
}

describe("oauth1() options", () => {
  it("accepts a key, a secret and the three endpoints", () => {
    expect(problemWith({ clientKey: "k", clientSecret: "s", ...ENDPOINTS })).toBeUndefined();
  });

  it("names a missing clientKey", () => {
    expect(problemWith({ clientSecret: "s", ...ENDPOINTS })).toContain("providers.x.clientKey: Required");
  });

  it("accepts a clientKey and clientSecret that fromConfig maps instead", () => {
    const fromConfig = { clientKey: "X_KEY", clientSecret: "X_SECRET" };
    expect(problemWith({ fromConfig, ...ENDPOINTS })).toBeUndefined();
  });

  it("names a missing clientSecret for HMAC signatures", () => {
    expect(problemWith({ clientKey: "k", ...ENDPOINTS })).toContain("providers.x.clientSecret: Required");
    expect(problemWith({ clientKey: "k", signatureMethod: "PLAINTEXT", ...ENDPOINTS })).toContain(
      "providers.x.clientSecret: Required",
    );
  });

  it("requires rsaPrivateKey for RSA-SHA1, and no clientSecret", () => {
    expect(problemWith({ clientKey: "k", signatureMethod: "RSA-SHA1", ...ENDPOINTS })).toContain(
      "providers.x.rsaPrivateKey: Required for signatureMethod RSA-SHA1",
    );
    expect(
      problemWith({ clientKey: "k", signatureMethod: "RSA-SHA1", rsaPrivateKey: PEM, ...ENDPOINTS }),
    ).toBeUndefined();
  });

  it("refuses an rsaPrivateKey that is not a PEM private key", () => {
    const options = {
      clientKey: "k",
      signatureMethod: "RSA-SHA1",
      rsaPrivateKey: "/etc/jira.pem",
      ...ENDPOINTS,
    } as const;
    expect(problemWith(options)).toContain("providers.x.rsaPrivateKey: must be a PEM private key");
  });

  it("names each missing endpoint", () => {
    // The type says they are required too; the check is for apps that build options without types.
    const message = problemWith({ clientKey: "k", clientSecret: "s" } as unknown as OAuth1Options);
    expect(message).toContain("providers.x.requestTokenUrl: Required");
    expect(message).toContain("providers.x.authorizationUrl: Required");
    expect(message).toContain("providers.x.accessTokenUrl: Required");
  });

  it("refuses plain http off loopback, unless dangerouslyAllowInsecureHttp", () => {
    const options = {
      clientKey: "k",
      clientSecret: "s",
      ...ENDPOINTS,
      accessTokenUrl: "http://api.example.com/at",
    };
    expect(problemWith(options)).toContain("providers.x.accessTokenUrl: must be https");
    expect(problemWith({ ...options, dangerouslyAllowInsecureHttp: true })).toBeUndefined();
  });

  it("allows plain http on loopback (local development and tests)", () => {
    const local = "http://127.0.0.1:4000/oauth";
    const endpoints = {
      requestTokenUrl: `${local}/rt`,
      authorizationUrl: `${local}/a`,
      accessTokenUrl: `${local}/at`,
    };
    expect(problemWith({ clientKey: "k", clientSecret: "s", ...endpoints })).toBeUndefined();
  });

  it("names an unknown signature method and an unknown signature location", () => {
    const options = { clientKey: "k", clientSecret: "s", ...ENDPOINTS };
    expect(problemWith({ ...options, signatureMethod: "HMAC-MD5" as "HMAC-SHA1" })).toContain(
      "providers.x.signatureMethod:",
    );
    expect(problemWith({ ...options, signatureLocation: "cookie" as "header" })).toContain(
      "providers.x.signatureLocation:",
    );
  });

  it("refuses an option it does not know (a typo is not silently ignored)", () => {
    const options = { clientKey: "k", clientSecret: "s", ...ENDPOINTS, consumerKey: "k" } as OAuth1Options;
    expect(problemWith(options)).toContain("consumerKey");
  });
});
