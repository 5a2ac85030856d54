// Vipps MobilePay: the provider's documented behaviour.
import { vipps } from "../../vipps.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const USERINFO = {
  sub: "c06c4afe-d9e1-4c5d-939a-177d752a0944",
  name: "Ada Lovelace",
  given_name: "Ada",
  family_name: "Lovelace",
  email: "user@example.com",
  email_verified: true,
  phone_number: "4712345678",
  sid: "7d78a726-af92-499e-b857-de263ef9a969",
};

export const CASES: PresetCase[] = [
  {
    preset: vipps,
    authorize: {
      url: "https://api.vipps.no/access-management-1.0/access/oauth2/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid name email" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://api.vipps.no/access-management-1.0/access/oauth2/token",
      auth: "basic",
      answer: {
        access_token:
          "hel39XaKjGH5tkCvIENGPNbsSHz1DLKluOat4qP-A4.WyV61hCK1E2snVs1aOvjOWZOXOayZad0K-Qfo3lLzus",
        expires_in: 3599,
        scope: "openid name email",
        token_type: "bearer",
      },
      idToken: { iss: "https://api.vipps.no/access-management-1.0/access/", sub: USERINFO.sub },
      expect: { scope: "openid name email" },
    },
    profile: {
      url: "https://api.vipps.no/vipps-userinfo-api/userinfo/",
      answer: USERINFO,
      expected: { id: USERINFO.sub, name: "Ada Lovelace", email: "user@example.com", emailVerified: true },
    },
  },
  {
    title: "Vipps MobilePay (test environment)",
    preset: vipps,
    options: { test: true },
    authorize: {
      url: "https://apitest.vipps.no/access-management-1.0/access/oauth2/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid name email" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://apitest.vipps.no/access-management-1.0/access/oauth2/token",
      auth: "basic",
      answer: { access_token: "test-access-token", expires_in: 3599, token_type: "bearer" },
      idToken: { iss: "https://apitest.vipps.no/access-management-1.0/access/", sub: USERINFO.sub },
      expect: { access_token: "test-access-token" },
    },
    profile: {
      url: "https://apitest.vipps.no/vipps-userinfo-api/userinfo/",
      answer: USERINFO,
      expected: { id: USERINFO.sub, name: "Ada Lovelace", email: "user@example.com", emailVerified: true },
    },
  },
];
