// Stripe: the provider's documented behaviour.
import { stripe } from "../../stripe.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: stripe,
    authorize: {
      url: "https://connect.stripe.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read_write" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://connect.stripe.com/oauth/token",
      auth: "post",
      answer: {
        access_token: "sk_test_51Hx4u2EXAMPLEaccesstoken",
        livemode: false,
        refresh_token: "rt_HkZ5d9EXAMPLErefreshtoken",
        token_type: "bearer",
        stripe_publishable_key: "pk_test_51Hx4u2EXAMPLEpublishable",
        stripe_user_id: "acct_1032D82eZvKYlo2C",
        scope: "read_write",
      },
      expect: { stripe_user_id: "acct_1032D82eZvKYlo2C", refresh_token: "rt_HkZ5d9EXAMPLErefreshtoken" },
    },
    profile: { expected: { id: "acct_1032D82eZvKYlo2C" } },
  },
];
