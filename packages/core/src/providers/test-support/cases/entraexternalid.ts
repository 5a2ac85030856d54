// Microsoft Entra External ID / Azure AD B2C: the provider's documented behaviour.
import { entraexternalid } from "../../entraexternalid.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const TENANT = "aaaabbbb-0000-cccc-1111-dddd2222eeee";
const ANSWER = {
  token_type: "Bearer",
  scope: "openid profile email offline_access",
  expires_in: 3599,
  access_token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.ext",
  refresh_token: "1.AXEAvzk3fN1ds0WBMZ9bqVpwxkUAAAAAAAAA",
};

export const CASES: PresetCase[] = [
  {
    preset: entraexternalid,
    options: { subdomain: "contoso", tenantId: TENANT },
    authorize: {
      url: `https://contoso.ciamlogin.com/${TENANT}/oauth2/v2.0/authorize`,
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email offline_access" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: `https://contoso.ciamlogin.com/${TENANT}/oauth2/v2.0/token`,
      auth: "post",
      answer: ANSWER,
      idToken: {
        iss: `https://${TENANT}.ciamlogin.com/${TENANT}/v2.0`,
        tid: TENANT,
        sub: "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ",
        oid: "00000000-0000-0000-66f3-3332eca7ea81",
        name: "Abe Lincoln",
        email: "abe@contoso.com",
      },
      expect: { refresh_token: "1.AXEAvzk3fN1ds0WBMZ9bqVpwxkUAAAAAAAAA" },
    },
    profile: {
      expected: {
        id: "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ",
        name: "Abe Lincoln",
        email: "abe@contoso.com",
      },
    },
  },
  {
    title: "Azure AD B2C (user flow)",
    preset: entraexternalid,
    options: { subdomain: "contoso", tenantId: TENANT, policy: "B2C_1_signupsignin" },
    authorize: {
      url: "https://contoso.b2clogin.com/contoso.onmicrosoft.com/B2C_1_signupsignin/oauth2/v2.0/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid offline_access" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://contoso.b2clogin.com/contoso.onmicrosoft.com/B2C_1_signupsignin/oauth2/v2.0/token",
      auth: "post",
      answer: { ...ANSWER, scope: "openid offline_access" },
      idToken: {
        iss: `https://contoso.b2clogin.com/${TENANT}/v2.0/`,
        sub: "6c2f2a5e-9b8d-4c1e-8f3a-2d4b6e8a0c1f",
        tfp: "B2C_1_signupsignin",
        name: "Abe Lincoln",
        emails: ["abe@example.com"],
      },
      expect: { scope: "openid offline_access" },
    },
    profile: {
      expected: { id: "6c2f2a5e-9b8d-4c1e-8f3a-2d4b6e8a0c1f", name: "Abe Lincoln", email: "abe@example.com" },
    },
  },
];
