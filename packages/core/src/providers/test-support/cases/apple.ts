// Apple: the provider's documented behaviour.
import { expect } from "vitest";
import { apple } from "../../apple.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

/** A throwaway P-256 key in the .p8 format Apple hands out. */
const applePrivateKey = await (async () => {
  const pair = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]);
  const der = new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
  return `-----BEGIN PRIVATE KEY-----\n${btoa(String.fromCharCode(...der))}\n-----END PRIVATE KEY-----`;
})();

export const CASES: PresetCase[] = [
  {
    preset: apple,
    options: { teamId: "TEAM123456", keyId: "KEY1234567", privateKey: applePrivateKey },
    authorize: {
      url: "https://appleid.apple.com/auth/authorize",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "name email",
        response_mode: "form_post",
      },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://appleid.apple.com/auth/token",
      auth: "signed-secret",
      formPost: true,
      callback: {
        user: JSON.stringify({
          name: { firstName: "John", lastName: "Appleseed" },
          email: "j@privaterelay.appleid.com",
        }),
      },
      answer: {
        access_token: "adg61.67Or9",
        token_type: "Bearer",
        expires_in: 3600,
        refresh_token: "rca7.lABoQ",
      },
      idToken: {
        iss: "https://appleid.apple.com",
        sub: "001234.abcdef0123456789abcdef0123456789.0123",
        email: "j@privaterelay.appleid.com",
        email_verified: "true",
        is_private_email: "true",
      },
      expect: { refresh_token: "rca7.lABoQ", user: expect.stringContaining("Appleseed") },
    },
    profile: {
      expected: {
        id: "001234.abcdef0123456789abcdef0123456789.0123",
        name: "John Appleseed",
        email: "j@privaterelay.appleid.com",
        emailVerified: true,
      },
    },
    fromConfig: {
      clientId: "APPLE_CLIENT_ID",
      "signedClientSecret.issuer": "APPLE_TEAM_ID",
      "signedClientSecret.keyId": "APPLE_KEY_ID",
      "signedClientSecret.privateKey": "APPLE_PRIVATE_KEY",
    },
  },
];
