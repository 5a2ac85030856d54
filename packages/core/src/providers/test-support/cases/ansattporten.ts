// Ansattporten: the provider's documented behaviour (its endpoints come from discovery; the document below stands in).
import { ansattporten } from "../../ansattporten.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

function discoveryOf(issuer: string, login: string) {
  return {
    url: `${issuer}/.well-known/openid-configuration`,
    document: {
      issuer,
      authorization_endpoint: `${login}/authorize`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks.json`,
      response_types_supported: ["code"],
      id_token_signing_alg_values_supported: ["RS256"],
      code_challenge_methods_supported: ["S256"],
    },
  };
}

const claims = {
  sub: "hX9RaBQ8KmEp2Bva0m0jHnE2Sm4oA9s5h7DUIPrhCxQ=",
  pid: "23079421936",
  acr: "substantial",
  authorization_details: [
    {
      type: "ansattporten:altinn:service",
      resource: "urn:altinn:resource:2480:40",
      reportees: [{ Rights: ["Read"], Authority: "iso6523-actorid-upis", ID: "0192:991825827" }],
    },
  ],
};

const answer = { access_token: "eyJraWQiOiJhbnNhdHQ.ansattporten-at", token_type: "Bearer", expires_in: 120 };

export const CASES: PresetCase[] = [
  {
    preset: ansattporten,
    discovery: discoveryOf("https://ansattporten.no", "https://login.ansattporten.no"),
    authorize: {
      url: "https://login.ansattporten.no/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile" },
      pkce: true,
      nonce: true,
    },
    variants: [{ options: { acr: "substantial" }, params: { acr_values: "substantial" } }],
    token: {
      url: "https://ansattporten.no/token",
      auth: "basic",
      answer,
      idToken: { iss: "https://ansattporten.no", ...claims },
      expect: { access_token: answer.access_token },
    },
    profile: { expected: { id: claims.sub } },
  },
  {
    title: "Ansattporten (test)",
    preset: ansattporten,
    options: { test: true },
    discovery: discoveryOf("https://test.ansattporten.no", "https://login.test.ansattporten.no"),
    authorize: {
      url: "https://login.test.ansattporten.no/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://test.ansattporten.no/token",
      auth: "basic",
      answer,
      idToken: { iss: "https://test.ansattporten.no", ...claims },
      expect: { access_token: answer.access_token },
    },
    profile: { expected: { id: claims.sub } },
  },
];
