// Docusign: the provider's documented behaviour.
import { docusign } from "../../docusign.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const ANSWER = {
  access_token: "eyJ0eXAiOiJNVCIsImFsZyI6IlJTMjU2Iiwia2lkIjoiNjgxODVmZjEtNGU1MS00Y2U5In0.access",
  token_type: "Bearer",
  refresh_token: "eyJ0eXAiOiJNVCIsImFsZyI6IlJTMjU2Iiwia2lkIjoiNjgxODVmZjEtNGU1MS00Y2U5In0.refresh",
  expires_in: 28800,
};

const USER_INFO = {
  sub: "4799e5e9-1559-4915-9862-cf4713bbcacc",
  name: "First Last",
  given_name: "First",
  family_name: "Last",
  created: "2015-08-13T22:03:03.45",
  email: "first.last@example.com",
  accounts: [
    {
      account_id: "a4ec37d6-04e5-4f4b-9c3b-143885c220e1",
      is_default: true,
      account_name: "Example Account",
      base_uri: "https://demo.docusign.net",
    },
  ],
};

const PROFILE = {
  id: "4799e5e9-1559-4915-9862-cf4713bbcacc",
  name: "First Last",
  email: "first.last@example.com",
};

export const CASES: PresetCase[] = [
  {
    preset: docusign,
    authorize: {
      url: "https://account.docusign.com/oauth/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "signature" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://account.docusign.com/oauth/token",
      auth: "basic",
      answer: ANSWER,
      expect: { refresh_token: ANSWER.refresh_token },
    },
    profile: { url: "https://account.docusign.com/oauth/userinfo", answer: USER_INFO, expected: PROFILE },
  },
  {
    title: "Docusign (developer environment)",
    preset: docusign,
    options: { demo: true },
    authorize: {
      url: "https://account-d.docusign.com/oauth/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "signature" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://account-d.docusign.com/oauth/token",
      auth: "basic",
      answer: ANSWER,
      expect: { access_token: ANSWER.access_token },
    },
    profile: { url: "https://account-d.docusign.com/oauth/userinfo", answer: USER_INFO, expected: PROFILE },
  },
];
