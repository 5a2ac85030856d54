// Wristband: the provider's documented behaviour.
import { wristband } from "../../wristband.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { OIDC_ANSWER, USER, USER_PROFILE } from "./shared.js";

const APP = "yourapp-yourcompany.us.wristband.dev";
const TENANT = "yourcustomer-yourapp-yourcompany.us.wristband.dev";

export const CASES: PresetCase[] = [
  {
    preset: wristband,
    options: { applicationDomain: APP, tenantDomain: TENANT },
    authorize: {
      url: `https://${TENANT}/api/v1/oauth2/authorize`,
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: `https://${APP}/api/v1/oauth2/token`,
      auth: "basic",
      answer: { ...OIDC_ANSWER, expires_in: 1800 },
      idToken: { iss: `https://${APP}`, tnt_id: "ten_8d1f2c3b4a5e", ...USER },
      expect: { refresh_token: "GEbRxBN.edjnXbL" },
    },
    profile: { expected: USER_PROFILE },
  },
  {
    title: "Wristband (application-level login)",
    preset: wristband,
    options: { applicationDomain: APP },
    authorize: {
      url: `https://${APP}/api/v1/oauth2/authorize`,
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: `https://${APP}/api/v1/oauth2/token`,
      auth: "basic",
      answer: OIDC_ANSWER,
      idToken: { iss: `https://${APP}`, ...USER },
      expect: { access_token: "eyJz93a.k4laUWw" },
    },
    profile: { expected: USER_PROFILE },
  },
];
