// mojeID: the provider's documented behaviour.
import { mojeid } from "../../mojeid.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: mojeid,
    authorize: {
      url: "https://mojeid.cz/oidc/authorization/",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://mojeid.cz/oidc/token/",
      auth: "basic",
      answer: { access_token: "Z3J0OiB0b2tlbi1tb2plaWQ", token_type: "Bearer", expires_in: 3600 },
      idToken: { iss: "https://mojeid.cz/oidc/", sub: "https://mojeid.cz/id/7Y2Rt8kLqP" },
      expect: { access_token: "Z3J0OiB0b2tlbi1tb2plaWQ" },
    },
    profile: {
      url: "https://mojeid.cz/oidc/userinfo/",
      answer: {
        sub: "https://mojeid.cz/id/7Y2Rt8kLqP",
        given_name: "Jan",
        family_name: "Novák",
        email: "jan.novak@example.cz",
        email_verified: true,
        mojeid_valid: true,
      },
      expected: {
        id: "https://mojeid.cz/id/7Y2Rt8kLqP",
        name: "Jan Novák",
        email: "jan.novak@example.cz",
        emailVerified: true,
      },
    },
  },
];
