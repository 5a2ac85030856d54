// Freja eID: the provider's documented behaviour (its endpoints come from discovery; the document below stands in).
import { freja } from "../../freja.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

function discoveryOf(issuer: string) {
  return {
    url: `${issuer}/.well-known/openid-configuration`,
    document: {
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      userinfo_endpoint: `${issuer}/userinfo`,
      jwks_uri: `${issuer}/jwks`,
      response_types_supported: ["code"],
      id_token_signing_alg_values_supported: ["RS256"],
      code_challenge_methods_supported: ["S256"],
    },
  };
}

const user = {
  sub: "b3f4a5c6-d7e8-4f90-a1b2-c3d4e5f6a7b8",
  name: "Sven Svensson",
  given_name: "Sven",
  family_name: "Svensson",
  email: "sven.svensson@example.se",
  email_verified: true,
};

const answer = {
  access_token: "eyJhbGciOiJSUzI1NiJ9.freja-at",
  token_type: "Bearer",
  expires_in: 300,
};

const expected = {
  id: user.sub,
  name: "Sven Svensson",
  email: "sven.svensson@example.se",
  emailVerified: true,
};

const prod = "https://oidc.prod.frejaeid.com/oidc";
const test = "https://oidc-ct.test.frejaeid.com/oidc";

export const CASES: PresetCase[] = [
  {
    preset: freja,
    discovery: discoveryOf(prod),
    authorize: {
      url: `${prod}/authorize`,
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: `${prod}/token`,
      auth: "basic",
      answer,
      idToken: { iss: prod, ...user },
      expect: { access_token: answer.access_token },
    },
    profile: { expected },
  },
  {
    title: "Freja eID (customer test)",
    preset: freja,
    options: { test: true },
    discovery: discoveryOf(test),
    authorize: {
      url: `${test}/authorize`,
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: `${test}/token`,
      auth: "basic",
      answer,
      idToken: { iss: test, ...user },
      expect: { access_token: answer.access_token },
    },
    profile: { expected },
  },
];
