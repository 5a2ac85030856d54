// BankID Norway: the provider's documented behaviour.
import { bankidno } from "../../bankidno.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const claims = {
  sub: "9578-6000-4-365927",
  name: "Kari Nordmann",
  given_name: "Kari",
  family_name: "Nordmann",
  birthdate: "1990-02-17",
  acr: "urn:bankid:bid;LOA=4",
  amr: "BID",
  bankid_altsub: "9578-6000-4-365927",
};

const answer = {
  access_token: "eyJhbGciOiJSUzI1NiJ9.bankid-at",
  expires_in: 300,
  refresh_expires_in: 1800,
  refresh_token: "eyJhbGciOiJIUzI1NiJ9.bankid-rt",
  token_type: "bearer",
  scope: "openid profile",
};

const expected = { id: "9578-6000-4-365927", name: "Kari Nordmann" };

export const CASES: PresetCase[] = [
  {
    preset: bankidno,
    authorize: {
      url: "https://auth.bankid.no/auth/realms/prod/protocol/openid-connect/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://auth.bankid.no/auth/realms/prod/protocol/openid-connect/token",
      auth: "basic",
      answer,
      idToken: { iss: "https://auth.bankid.no/auth/realms/prod", ...claims },
      expect: { refresh_token: answer.refresh_token },
    },
    profile: { expected },
  },
  {
    title: "BankID Norway (pre-production)",
    preset: bankidno,
    options: { preprod: true },
    authorize: {
      url: "https://auth.current.bankid.no/auth/realms/current/protocol/openid-connect/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://auth.current.bankid.no/auth/realms/current/protocol/openid-connect/token",
      auth: "basic",
      answer,
      idToken: { iss: "https://auth.current.bankid.no/auth/realms/current", ...claims },
      expect: { refresh_expires_in: 1800 },
    },
    profile: { expected },
  },
];
