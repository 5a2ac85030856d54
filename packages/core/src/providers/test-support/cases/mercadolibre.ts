// Mercado Libre: the provider's documented behaviour.
import { mercadolibre } from "../../mercadolibre.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const ANSWER = {
  access_token: "APP_USR-123456-090515-8cc4448aac10d5105474e1351-1234567",
  token_type: "bearer",
  expires_in: 21600,
  scope: "offline_access read write",
  user_id: 1234567,
  refresh_token: "TG-5b9032b4e23464aed1f959f-1234567",
};

const PROFILE = {
  url: "https://api.mercadolibre.com/users/me",
  answer: {
    id: 202593498,
    nickname: "TETE2870021",
    registration_date: "2016-01-06T11:31:42.000-04:00",
    first_name: "Test",
    last_name: "Test",
    country_id: "AR",
    email: "test_user_97424966@testuser.com",
    site_id: "MLA",
    permalink: "http://perfil.mercadolibre.com.ar/TETE2870021",
    thumbnail: {
      picture_id: "912120-MLA40017869837_122019",
      picture_url: "http://mla-s1-p.mlstatic.com/912120-O.jpg",
    },
  },
  expected: {
    id: 202593498,
    name: "Test Test",
    email: "test_user_97424966@testuser.com",
    avatarUrl: "http://mla-s1-p.mlstatic.com/912120-O.jpg",
  },
};

export const CASES: PresetCase[] = [
  {
    preset: mercadolibre,
    authorize: {
      url: "https://auth.mercadolibre.com.ar/authorization",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://api.mercadolibre.com/oauth/token",
      auth: "post",
      answer: ANSWER,
      expect: { user_id: 1234567, refresh_token: "TG-5b9032b4e23464aed1f959f-1234567" },
    },
    profile: PROFILE,
  },
  {
    title: "Mercado Libre (Brazil)",
    preset: mercadolibre,
    options: { domain: "mercadolivre.com.br" },
    authorize: {
      url: "https://auth.mercadolivre.com.br/authorization",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://api.mercadolibre.com/oauth/token",
      auth: "post",
      answer: ANSWER,
      expect: { user_id: 1234567 },
    },
    profile: PROFILE,
  },
];
