// TARA: the provider's documented behaviour.
import { tara } from "../../tara.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const claims = {
  sub: "EE60001019906",
  profile_attributes: {
    date_of_birth: "2000-01-01",
    family_name: "O’CONNEŽ-ŠUSLIK TESTNUMBER",
    given_name: "MARY ÄNN",
  },
  amr: ["mID"],
  acr: "high",
};

const answer = {
  access_token: "AT-20-qWuioSEtFhYVdW89JJ4yWvtI5SaNWep0",
  token_type: "bearer",
  expires_in: 1,
};

const expected = { id: "EE60001019906", name: "MARY ÄNN O’CONNEŽ-ŠUSLIK TESTNUMBER" };

export const CASES: PresetCase[] = [
  {
    preset: tara,
    authorize: {
      url: "https://tara.ria.ee/oidc/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid" },
      pkce: false,
      nonce: true,
    },
    variants: [{ options: { acr: "high" }, params: { acr_values: "high" } }],
    token: {
      url: "https://tara.ria.ee/oidc/token",
      auth: "basic",
      answer,
      idToken: { iss: "https://tara.ria.ee", ...claims },
      expect: { access_token: answer.access_token },
    },
    profile: { expected },
  },
  {
    title: "TARA (demo environment)",
    preset: tara,
    options: { test: true },
    authorize: {
      url: "https://tara-test.ria.ee/oidc/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid" },
      pkce: false,
      nonce: true,
    },
    token: {
      url: "https://tara-test.ria.ee/oidc/token",
      auth: "basic",
      answer,
      idToken: {
        iss: "https://tara-test.ria.ee",
        ...claims,
        email: "60001019906@eesti.ee",
        email_verified: false,
      },
      expect: { access_token: answer.access_token },
    },
    profile: { expected: { ...expected, email: "60001019906@eesti.ee", emailVerified: false } },
  },
];
