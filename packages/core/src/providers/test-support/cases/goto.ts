// GoTo: the provider's documented behaviour.
import { goto } from "../../goto.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: goto,
    authorize: {
      url: "https://authentication.logmeininc.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://authentication.logmeininc.com/oauth/token",
      auth: "basic",
      answer: {
        access_token: "eyJraWQiOiI2MjAiLCJhbGciOiJSUzUxMiJ9.goto-access",
        token_type: "Bearer",
        refresh_token: "eyJraWQiOiI2MjAiLCJhbGciOiJSUzUxMiJ9.goto-refresh",
        expires_in: 3600,
        scope: "identity:scim.me collab:",
        principal: "mahar.singh@company.com",
      },
      expect: { principal: "mahar.singh@company.com" },
    },
    profile: {
      url: "https://api.getgo.com/identity/v1/Users/me",
      answer: {
        schemas: ["urn:scim:schemas:core:1.0", "urn:scim:schemas:extension:getgo:1.0"],
        id: "6008398205009999999",
        userName: "mahar.singh@company.com",
        name: { familyName: "Singh", givenName: "Mahar" },
        displayName: "Mahar Singh",
        emails: [{ value: "mahar.singh@company.com", type: "work", primary: true }],
        locale: "en_US",
      },
      expected: { id: "6008398205009999999", name: "Mahar Singh", email: "mahar.singh@company.com" },
    },
  },
];
