// ID-porten: the provider's documented behaviour (its endpoints come from discovery; the document below stands in).
import { idporten } from "../../idporten.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

function discoveryOf(issuer: string, login: string) {
  return {
    url: `${issuer}/.well-known/openid-configuration`,
    document: {
      issuer,
      authorization_endpoint: `${login}/authorize`,
      token_endpoint: `${issuer}/token`,
      userinfo_endpoint: `${issuer}/userinfo`,
      jwks_uri: `${issuer}/jwks.json`,
      response_types_supported: ["code"],
      id_token_signing_alg_values_supported: ["RS256"],
      code_challenge_methods_supported: ["S256"],
    },
  };
}

const claims = {
  sub: "NR8vTTPrM3T7rWf8dXxeWLZpxEMsug4E7pxqJuh9wIM=",
  pid: "23079421936",
  acr: "idporten-loa-substantial",
  amr: ["MinID-pin"],
  locale: "nb",
};

const answer = {
  access_token: "eyJraWQiOiJjWmswTWt.idporten-at",
  token_type: "Bearer",
  expires_in: 120,
  scope: "openid profile",
};

export const CASES: PresetCase[] = [
  {
    preset: idporten,
    discovery: discoveryOf("https://idporten.no", "https://login.idporten.no"),
    authorize: {
      url: "https://login.idporten.no/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile" },
      pkce: true,
      nonce: true,
    },
    variants: [{ options: { acr: "idporten-loa-high" }, params: { acr_values: "idporten-loa-high" } }],
    token: {
      url: "https://idporten.no/token",
      auth: "basic",
      answer,
      idToken: { iss: "https://idporten.no", ...claims },
      expect: { access_token: answer.access_token },
    },
    profile: { expected: { id: claims.sub } },
  },
  {
    title: "ID-porten (test)",
    preset: idporten,
    options: { test: true },
    discovery: discoveryOf("https://test.idporten.no", "https://login.test.idporten.no"),
    authorize: {
      url: "https://login.test.idporten.no/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://test.idporten.no/token",
      auth: "basic",
      answer,
      idToken: { iss: "https://test.idporten.no", ...claims },
      expect: { access_token: answer.access_token },
    },
    profile: { expected: { id: claims.sub } },
  },
];
