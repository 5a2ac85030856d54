// ID Austria: the provider's documented behaviour (its endpoints come from discovery; the document below stands in).
import { idaustria } from "../../idaustria.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

function discoveryOf(issuer: string) {
  return {
    url: `${issuer}/.well-known/openid-configuration`,
    document: {
      issuer,
      authorization_endpoint: `${issuer}/auth/idp/profile/oidc/authorize`,
      token_endpoint: `${issuer}/auth/idp/profile/oidc/token`,
      jwks_uri: `${issuer}/auth/idp/profile/oidc/keyset.jwks`,
      response_types_supported: ["code"],
      id_token_signing_alg_values_supported: ["RS256"],
    },
  };
}

const claims = {
  sub: "QVZ5eDFjY2RlZmdoaWprbG1ub3A=",
  given_name: "Max",
  family_name: "Mustermann",
  birthdate: "1990-01-01",
  "urn:pvpgvat:oidc.bpk": "BF:QVGm48cqcM4UcyhDTNGYmVdKIoY=",
};

const answer = {
  access_token: "AAdzZWNyZXQxxxx.idaustria",
  token_type: "Bearer",
  expires_in: 300,
  scope: "openid profile",
};

const expected = { id: claims.sub, name: "Max Mustermann" };

export const CASES: PresetCase[] = [
  {
    preset: idaustria,
    discovery: discoveryOf("https://eid.oesterreich.gv.at"),
    authorize: {
      url: "https://eid.oesterreich.gv.at/auth/idp/profile/oidc/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://eid.oesterreich.gv.at/auth/idp/profile/oidc/token",
      auth: "post",
      answer,
      idToken: { iss: "https://eid.oesterreich.gv.at", ...claims },
      expect: { access_token: answer.access_token },
    },
    profile: { expected },
  },
  {
    title: "ID Austria (test)",
    preset: idaustria,
    options: { test: true },
    discovery: discoveryOf("https://eid2.oesterreich.gv.at"),
    authorize: {
      url: "https://eid2.oesterreich.gv.at/auth/idp/profile/oidc/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://eid2.oesterreich.gv.at/auth/idp/profile/oidc/token",
      auth: "post",
      answer,
      idToken: { iss: "https://eid2.oesterreich.gv.at", ...claims },
      expect: { access_token: answer.access_token },
    },
    profile: { expected },
  },
];
