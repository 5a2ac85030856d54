// ZITADEL: the provider's documented behaviour.
import { zitadel } from "../../zitadel.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { OIDC_ANSWER, USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: zitadel,
    options: { domain: "example-abc123.zitadel.cloud" },
    authorize: {
      url: "https://example-abc123.zitadel.cloud/oauth/v2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    variants: [
      {
        options: { organizationId: "164849879392755907" },
        params: { scope: "openid email profile urn:zitadel:iam:org:id:164849879392755907" },
      },
    ],
    token: {
      url: "https://example-abc123.zitadel.cloud/oauth/v2/token",
      auth: "basic",
      answer: { ...OIDC_ANSWER, expires_in: 43199 },
      idToken: { iss: "https://example-abc123.zitadel.cloud", ...USER },
      expect: { refresh_token: "GEbRxBN.edjnXbL" },
    },
    profile: { expected: USER_PROFILE },
  },
];
