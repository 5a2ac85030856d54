// FranceConnect: the provider's documented behaviour.
import { franceconnect } from "../../franceconnect.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const params = {
  client_id: CLIENT_ID,
  response_type: "code",
  scope: "openid given_name family_name email",
  acr_values: "eidas1",
};

const answer = {
  access_token: "a7e7b4b0-6f45-4cc7-8a4e-franceconnect",
  token_type: "Bearer",
  expires_in: 60,
  scope: "openid given_name family_name email",
};

const claims = {
  sub: "b6048e95bb134ec5b1d1e1fa69f287172e91722b9354d637a1bcf2ebb0fd2ef5v1",
  acr: "eidas1",
  amr: ["pwd"],
};

export const CASES: PresetCase[] = [
  {
    preset: franceconnect,
    authorize: {
      url: "https://oidc.franceconnect.gouv.fr/api/v2/authorize",
      params,
      pkce: false,
      nonce: true,
    },
    token: {
      url: "https://oidc.franceconnect.gouv.fr/api/v2/token",
      auth: "post",
      answer,
      idTokenAlg: "ES256",
      idToken: { iss: "https://oidc.franceconnect.gouv.fr/api/v2", ...claims },
      expect: { access_token: answer.access_token },
    },
    profile: { expected: { id: claims.sub } },
  },
  {
    title: "FranceConnect (integration)",
    preset: franceconnect,
    options: { integration: true },
    authorize: {
      url: "https://fcp-low.integ01.dev-franceconnect.fr/api/v2/authorize",
      params,
      pkce: false,
      nonce: true,
    },
    token: {
      url: "https://fcp-low.integ01.dev-franceconnect.fr/api/v2/token",
      auth: "post",
      answer,
      idTokenAlg: "RS256",
      idToken: { iss: "https://fcp-low.integ01.dev-franceconnect.fr/api/v2", ...claims },
      expect: { access_token: answer.access_token },
    },
    profile: { expected: { id: claims.sub } },
  },
];
