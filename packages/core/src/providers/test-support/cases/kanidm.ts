// Kanidm: the provider's documented behaviour.
import { kanidm } from "../../kanidm.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { OIDC_ANSWER, USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: kanidm,
    options: { issuer: "https://idm.example.com/oauth2/openid/nextcloud" },
    authorize: {
      url: "https://idm.example.com/ui/oauth2",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://idm.example.com/oauth2/token",
      auth: "basic",
      answer: { ...OIDC_ANSWER, scope: "openid email profile" },
      idToken: { iss: "https://idm.example.com/oauth2/openid/nextcloud", ...USER },
      expect: { refresh_token: "GEbRxBN.edjnXbL" },
    },
    profile: { expected: USER_PROFILE },
  },
];
