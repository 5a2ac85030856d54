// gov.br: the provider's documented behaviour.
import { govbr } from "../../govbr.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const idToken = {
  sub: "12345678900",
  social_name: "Nome Social Cidadão",
  email_verified: "true",
  amr: ["passwd", "captcha", "mfa", "otp_offline"],
  profile: "https://servicos.acesso.gov.br/",
  phone_number_verified: "true",
  preferred_username: "12345678900",
  picture: "https://sso.acesso.gov.br/userinfo/picture",
  scope: ["openid", "profile", "email"],
  name: "Nome Cidadão",
  email: "email@email.com",
};

const answer = {
  access_token: "eyJraWQiOiJyc2ExIiwiYWxnIjoiUlMyNTYifQ.eyJhdWQiOi.govbr",
  token_type: "Bearer",
  expires_in: 3599,
  scope: "openid email profile",
};

const expected = {
  id: "12345678900",
  name: "Nome Cidadão",
  email: "email@email.com",
  emailVerified: true,
  avatarUrl: "https://sso.acesso.gov.br/userinfo/picture",
};

export const CASES: PresetCase[] = [
  {
    preset: govbr,
    authorize: {
      url: "https://sso.acesso.gov.br/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://sso.acesso.gov.br/token",
      auth: "basic",
      answer,
      idToken: { iss: "https://sso.acesso.gov.br/", ...idToken },
      expect: { scope: "openid email profile" },
    },
    profile: { expected },
  },
  {
    title: "gov.br (staging)",
    preset: govbr,
    options: { staging: true },
    authorize: {
      url: "https://sso.staging.acesso.gov.br/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://sso.staging.acesso.gov.br/token",
      auth: "basic",
      answer,
      idToken: { iss: "https://sso.staging.acesso.gov.br/", ...idToken },
      expect: { access_token: answer.access_token },
    },
    profile: { expected },
  },
];
