// PayPal: the provider's documented behaviour.
import { paypal } from "../../paypal.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: paypal,
    authorize: {
      url: "https://www.paypal.com/signin/authorize",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "openid profile email",
        flowEntry: "static",
      },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { sandbox: true }, params: {} }],
    token: {
      url: "https://api-m.paypal.com/v1/oauth2/token",
      auth: "basic",
      answer: {
        token_type: "Bearer",
        expires_in: "28800",
        refresh_token: "R23AAGaVaz",
        access_token: "A23AAHwN9p",
        nonce: "2023-01-01T00:00:00Z",
      },
      expect: { refresh_token: "R23AAGaVaz", token_type: "bearer" },
    },
    profile: {
      url: "https://api-m.paypal.com/v1/identity/openidconnect/userinfo?schema=openid",
      answer: {
        user_id:
          "https://www.paypal.com/webapps/auth/identity/user/mWq6_1sU85v5EG9yHdPxJRrhGHrnMqKxSe9v8S_0sA8",
        name: "identity test",
        given_name: "identity",
        family_name: "test",
        payer_id: "WDJJHEBZ4X2LY",
        verified_account: "true",
        emails: [{ value: "user1@example.com", primary: true, confirmed: true }],
      },
      expected: {
        id: "https://www.paypal.com/webapps/auth/identity/user/mWq6_1sU85v5EG9yHdPxJRrhGHrnMqKxSe9v8S_0sA8",
        name: "identity test",
        email: "user1@example.com",
        emailVerified: true,
      },
    },
  },
];
