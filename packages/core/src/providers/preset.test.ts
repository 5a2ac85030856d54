import { describe, expect, it } from "vitest";
import { DanceError } from "../errors.js";
import { gitlab } from "./gitlab.js";
import { google } from "./google.js";
import { okta } from "./okta.js";
import { fillTemplate, oauth2Preset } from "./preset.js";

describe("fillTemplate", () => {
  it("fills a host after ://, dropping a scheme and trailing slashes the app passed", () => {
    expect(fillTemplate("p", "https://{domain}/authorize", { domain: "https://id.example.com/" })).toBe(
      "https://id.example.com/authorize",
    );
    expect(fillTemplate("p", "https://{domain}/x", { domain: "localhost:8443" })).toBe(
      "https://localhost:8443/x",
    );
  });

  it("fills a URL at the start, and encodes a path segment elsewhere", () => {
    expect(fillTemplate("p", "{issuer}/token", { issuer: "https://kc.example.com/realms/a/" })).toBe(
      "https://kc.example.com/realms/a/token",
    );
    expect(fillTemplate("p", "https://h/{tenant}/v2.0", { tenant: "a b" })).toBe("https://h/a%20b/v2.0");
  });

  it("names the preset option when a value is missing or is not a host", () => {
    expect(() => fillTemplate("okta", "https://{domain}/", {})).toThrowError("okta().domain: Required");
    expect(() => fillTemplate("okta", "https://{domain}/", { domain: "evil.example/path" })).toThrowError(
      "okta().domain: must be a host name",
    );
    expect(() => fillTemplate("kc", "{issuer}/x", { issuer: "not a url" })).toThrowError(DanceError);
  });
});

describe("oauth2Preset", () => {
  it("refuses a missing required option when the preset is called, naming it", () => {
    expect(() => okta({ clientId: "c" } as Parameters<typeof okta>[0])).toThrowError(
      "Invalid options: okta().domain: Required",
    );
  });

  it("fills templated hosts from own options, with their defaults, and keeps them out of oauth2()'s options", () => {
    const { options } = gitlab({ clientId: "c", clientSecret: "s", hostname: "git.example.com" });
    expect(options.authorizationUrl).toBe("https://git.example.com/oauth/authorize");
    expect(options).not.toHaveProperty("hostname");
    expect(gitlab({ clientId: "c" }).options.tokenUrl).toBe("https://gitlab.com/oauth/token");
  });

  it("lets the app's oauth2() options override the preset's, merging parameter maps", () => {
    const { options } = google({
      clientId: "c",
      offline: true,
      tokenUrl: "http://127.0.0.1:9/token",
      authorizationParams: { login_hint: "ada@example.com", access_type: "online" },
    });
    expect(options.tokenUrl).toBe("http://127.0.0.1:9/token");
    expect(options.authorizationParams).toEqual({
      include_granted_scopes: "true",
      access_type: "online",
      login_hint: "ada@example.com",
    });
  });

  it("reads <ID>_CLIENT_ID and <ID>_CLIENT_SECRET unless a client id or fromConfig is passed", () => {
    const acme = oauth2Preset({
      id: "acme",
      name: "Acme",
      docs: "https://acme.example/docs",
      oauth2: { authorizationUrl: "https://acme.example/a", tokenUrl: "https://acme.example/t" },
    });
    expect(acme().options.fromConfig).toEqual({
      clientId: "ACME_CLIENT_ID",
      clientSecret: "ACME_CLIENT_SECRET",
    });
    expect(acme({ fromConfig: { clientId: "MINE" } }).options.fromConfig).toEqual({ clientId: "MINE" });
    expect(acme({ clientId: "c" }).options.fromConfig).toBeUndefined();
    expect(acme.info).toMatchObject({ id: "acme", name: "Acme" });
  });

  it("attaches the preset's profile source, with templated hosts filled", () => {
    const provider = gitlab({ clientId: "c", hostname: "git.example.com" });
    expect(provider.profile?.url).toBe("user");
    expect(typeof provider.profile?.map).toBe("function");
  });
});
