// SurveyMonkey: the provider's documented behaviour.
import { surveymonkey } from "../../surveymonkey.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const USER = {
  id: "1234567",
  username: "jdoe",
  first_name: "Jane",
  last_name: "Doe",
  language: "en",
  email: "jane.doe@example.com",
  email_verified: true,
  account_type: "select_monthly",
  date_created: "2015-10-06T12:56:55+00:00",
  href: "https://api.surveymonkey.com/v3/users/1234567",
};
const PROFILE = { id: "1234567", name: "Jane Doe", email: "jane.doe@example.com", emailVerified: true };

export const CASES: PresetCase[] = [
  {
    preset: surveymonkey,
    authorize: {
      url: "https://api.surveymonkey.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.surveymonkey.com/oauth/token",
      auth: "post",
      answer: {
        access_token: "SECRET_ACCESS_TOKEN",
        access_url: "https://api.surveymonkey.com",
        token_type: "bearer",
      },
      expect: { access_url: "https://api.surveymonkey.com" },
    },
    profile: { url: "https://api.surveymonkey.com/v3/users/me", answer: USER, expected: PROFILE },
  },
  {
    title: "SurveyMonkey (EU data centre)",
    preset: surveymonkey,
    options: { region: "eu" },
    authorize: {
      url: "https://api.eu.surveymonkey.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.eu.surveymonkey.com/oauth/token",
      auth: "post",
      answer: {
        access_token: "SECRET_ACCESS_TOKEN",
        access_url: "https://api.eu.surveymonkey.com",
        token_type: "bearer",
      },
      expect: { access_url: "https://api.eu.surveymonkey.com" },
    },
    profile: { url: "https://api.eu.surveymonkey.com/v3/users/me", answer: USER, expected: PROFILE },
  },
];
