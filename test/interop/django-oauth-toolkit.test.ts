// The OAuth 2 / OpenID Connect interop suite against Django OAuth Toolkit, started from its own package on 127.0.0.1.
import { createDance, oauth2 } from "@oauth-dance/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeOAuth2Interop } from "./oauth2-interop.js";
import { startDjangoOAuthToolkit } from "./servers/django-oauth-toolkit.js";
import { APP_ORIGIN, CALLBACK_URL } from "./support/interop-app.js";
import type { InteropOAuth2Server } from "./support/interop-server.js";

describeOAuth2Interop("Django OAuth Toolkit", startDjangoOAuthToolkit);

describe("interop: Django OAuth Toolkit's discovery redirect", () => {
  let server: InteropOAuth2Server;
  beforeAll(async () => {
    server = await startDjangoOAuthToolkit({ redirectUris: [CALLBACK_URL] });
  }, 120_000);
  afterAll(() => server?.close());

  it("names the discovery URL tried, the redirect it got and the fix when given the plain issuer", async () => {
    const issuer = server.issuer.replace(/\/\.well-known\/.*$/, "");
    const { clientId, clientSecret } = server.clients.client_secret_basic;
    const dance = createDance({
      secret: "interop-suite-secret-Vq7LmX2cR9tB4wN8kJ3pZ6h",
      providers: { idp: oauth2({ issuer, clientId, clientSecret, scope: ["openid"] }) },
      on: { error: ({ error }) => void errors.push(error) },
    });
    const errors: unknown[] = [];
    await dance.fetch(new Request(`${APP_ORIGIN}/login/idp`));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: "discovery_failed",
      message: `The discovery document at ${issuer}/.well-known/openid-configuration answered 301, a redirect to ${issuer}/.well-known/openid-configuration/, which is not followed: set the provider's issuer to that URL (a full .well-known URL is used as it is)`,
    });
  });
});
