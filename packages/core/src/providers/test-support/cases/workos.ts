// WorkOS: the provider's documented behaviour.
import { workos } from "../../workos.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: workos,
    options: { organization: "org_01EHZNVPK3SFK441A1RGBFSHRT" },
    authorize: {
      url: "https://api.workos.com/sso/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", organization: "org_01EHZNVPK3SFK441A1RGBFSHRT" },
      pkce: false,
      nonce: false,
    },
    variants: [
      {
        options: { organization: undefined, connection: "conn_01E4ZCR3C56J083X43JQXF3JK5" },
        params: { organization: null, connection: "conn_01E4ZCR3C56J083X43JQXF3JK5" },
      },
      {
        options: { organization: undefined, provider: "GoogleOAuth" },
        params: { organization: null, provider: "GoogleOAuth" },
      },
      { options: { loginHint: "todd@example.com" }, params: { login_hint: "todd@example.com" } },
    ],
    token: {
      url: "https://api.workos.com/sso/token",
      auth: "post",
      // No token type in the answer: the profile comes with the token.
      answer: {
        access_token: "01DMEK0J53CVMC32CK5SE0KZ8Q",
        profile: {
          object: "profile",
          id: "prof_01DMC79VCBZ0NY2099737PSVF1",
          connection_id: "conn_01E4ZCR3C56J083X43JQXF3JK5",
          connection_type: "okta",
          organization_id: "org_01EHWNCE74X7JSDV0X3SZ3KJNY",
          email: "todd@example.com",
          first_name: "Todd",
          last_name: "Rundgren",
          idp_id: "00u1a0ufowBJlzPlk357",
        },
      },
      expect: { token_type: "bearer", profile: { email: "todd@example.com" } },
    },
    profile: {
      expected: { id: "prof_01DMC79VCBZ0NY2099737PSVF1", name: "Todd Rundgren", email: "todd@example.com" },
    },
  },
];
