// CMS Blue Button 2.0: the provider's documented behaviour.
import { bluebutton } from "../../bluebutton.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const ANSWER = {
  access_token: "TSjqiZCdJwGyytGjz2GzziPfHTJ6z2",
  expires_in: 36000,
  token_type: "Bearer",
  scope: "profile patient/Patient.rs",
  refresh_token: "yCsvmJnUqMWuvlyfYFFFeRMEa3IXJ5",
  patient: "-20140000008325",
};
const USERINFO = {
  sub: "-20140000008325",
  preferred_username: "BBUser08325",
  given_name: "Jane",
  family_name: "Doe",
  name: "Jane Doe",
  email: "jane.doe@example.com",
  created: "2020-01-15",
  patient: "-20140000008325",
};
const PROFILE = { id: "-20140000008325", name: "Jane Doe", email: "jane.doe@example.com" };

export const CASES: PresetCase[] = [
  {
    preset: bluebutton,
    authorize: {
      url: "https://api.bluebutton.cms.gov/v2/o/authorize/",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "profile" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://api.bluebutton.cms.gov/v2/o/token/",
      auth: "basic",
      answer: ANSWER,
      expect: { patient: "-20140000008325" },
    },
    profile: {
      url: "https://api.bluebutton.cms.gov/v2/connect/userinfo",
      answer: USERINFO,
      expected: PROFILE,
    },
  },
  {
    title: "CMS Blue Button 2.0 (sandbox)",
    preset: bluebutton,
    options: { sandbox: true },
    authorize: {
      url: "https://sandbox.bluebutton.cms.gov/v2/o/authorize/",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "profile" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://sandbox.bluebutton.cms.gov/v2/o/token/",
      auth: "basic",
      answer: ANSWER,
      expect: { refresh_token: "yCsvmJnUqMWuvlyfYFFFeRMEa3IXJ5" },
    },
    profile: {
      url: "https://sandbox.bluebutton.cms.gov/v2/connect/userinfo",
      answer: USERINFO,
      expected: PROFILE,
    },
  },
];
