// Amazon Cognito: the provider's documented behaviour.
import { cognito } from "../../cognito.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: cognito,
    options: { domain: "example.auth.us-east-1.amazoncognito.com", userPoolId: "us-east-1_Example" },
    authorize: {
      url: "https://example.auth.us-east-1.amazoncognito.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://example.auth.us-east-1.amazoncognito.com/oauth2/token",
      auth: "basic",
      answer: {
        access_token: "eyJra1example",
        refresh_token: "eyJj3example",
        token_type: "Bearer",
        expires_in: 3600,
      },
      idToken: {
        iss: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Example",
        sub: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
        "cognito:username": "janedoe",
        email: "janedoe@example.com",
        email_verified: true,
      },
      expect: { refresh_token: "eyJj3example" },
    },
    profile: {
      expected: {
        id: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
        name: "janedoe",
        email: "janedoe@example.com",
        emailVerified: true,
      },
    },
  },
];
