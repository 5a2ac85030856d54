// Intercom: the provider's documented behaviour.
import { intercom } from "../../intercom.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

// Intercom answers the token twice, as `token` and as `access_token`.
const ANSWER = {
  token_type: "Bearer",
  token: "dG9rOmNkYTM0N2ZmXzRjYWRfNDQ3Yl9hYmM2XzBmNTg4NjM5YjM1ZDoxOjA=",
  access_token: "dG9rOmNkYTM0N2ZmXzRjYWRfNDQ3Yl9hYmM2XzBmNTg4NjM5YjM1ZDoxOjA=",
};

const ME = {
  type: "admin",
  id: "991267460",
  email: "admin@example.com",
  name: "Ciaran Lee",
  email_verified: true,
  app: { type: "app", id_code: "this_is_an_id1_that_should_be_at_least_40", name: "MyApp" },
  avatar: {
    type: "avatar",
    image_url: "https://static.intercomassets.com/avatars/991267460/square_128/me.png",
  },
  has_inbox_seat: true,
};

const PROFILE = {
  id: "991267460",
  name: "Ciaran Lee",
  email: "admin@example.com",
  emailVerified: true,
  avatarUrl: "https://static.intercomassets.com/avatars/991267460/square_128/me.png",
};

export const CASES: PresetCase[] = [
  {
    preset: intercom,
    authorize: {
      url: "https://app.intercom.com/oauth",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.intercom.io/auth/eagle/token",
      auth: "post",
      answer: ANSWER,
      expect: { access_token: ANSWER.access_token, token: ANSWER.token },
    },
    profile: { url: "https://api.intercom.io/me", answer: ME, expected: PROFILE },
  },
  {
    title: "Intercom (EU hosting)",
    preset: intercom,
    options: { region: "eu" },
    authorize: {
      url: "https://app.eu.intercom.com/oauth",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.eu.intercom.io/auth/eagle/token",
      auth: "post",
      answer: ANSWER,
      expect: { access_token: ANSWER.access_token },
    },
    profile: { url: "https://api.eu.intercom.io/me", answer: ME, expected: PROFILE },
  },
];
