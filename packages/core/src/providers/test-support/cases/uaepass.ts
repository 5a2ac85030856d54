// UAE PASS: the provider's documented behaviour.
import { uaepass } from "../../uaepass.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const params = {
  client_id: CLIENT_ID,
  response_type: "code",
  scope: "urn:uae:digitalid:profile:general",
  acr_values: "urn:safelayer:tws:policies:authentication:level:low",
};

const answer = {
  access_token: "67f2536e-07e6-37c1-967f-78562000a4f9",
  scope: "urn:uae:digitalid:profile:general",
  token_type: "Bearer",
  expires_in: 3600,
};

const userinfo = {
  sub: "UAEPASS/5f7a9c2e-1b3d-4e6f-8a9b-0c1d2e3f4a5b",
  uuid: "5f7a9c2e-1b3d-4e6f-8a9b-0c1d2e3f4a5b",
  userType: "SOP3",
  fullnameEN: "Ahmed Ali Hassan",
  firstnameEN: "Ahmed",
  lastnameEN: "Hassan",
  email: "ahmed@example.ae",
  mobile: "971500000000",
  idn: "784199012345678",
  gender: "Male",
  nationalityEN: "ARE",
};

const expected = {
  id: "5f7a9c2e-1b3d-4e6f-8a9b-0c1d2e3f4a5b",
  name: "Ahmed Ali Hassan",
  email: "ahmed@example.ae",
};

export const CASES: PresetCase[] = [
  {
    preset: uaepass,
    authorize: { url: "https://id.uaepass.ae/idshub/authorize", params, pkce: false, nonce: false },
    variants: [{ options: { locale: "ar" }, params: { ui_locales: "ar" } }],
    token: {
      url: "https://id.uaepass.ae/idshub/token",
      auth: "basic",
      answer,
      expect: { access_token: answer.access_token },
    },
    profile: { url: "https://id.uaepass.ae/idshub/userinfo", answer: userinfo, expected },
  },
  {
    title: "UAE PASS (staging)",
    preset: uaepass,
    options: { staging: true },
    authorize: { url: "https://stg-id.uaepass.ae/idshub/authorize", params, pkce: false, nonce: false },
    token: {
      url: "https://stg-id.uaepass.ae/idshub/token",
      auth: "basic",
      answer,
      expect: { scope: "urn:uae:digitalid:profile:general" },
    },
    profile: { url: "https://stg-id.uaepass.ae/idshub/userinfo", answer: userinfo, expected },
  },
];
