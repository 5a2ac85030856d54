// Storyblok: the provider's documented behaviour.
import { storyblok } from "../../storyblok.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const ANSWER = {
  access_token: "aBcDeFgHiJkLmNoPqRsTuVwXyZ012345-123456-abcdefghij",
  refresh_token: "zYxWvUtSrQpOnMlKjIhGfEdCbA987654",
  token_type: "bearer",
  expires_in: 899,
};

const USER_INFO = {
  user: { id: 20, friendly_name: "My name" },
  space: { id: 12345, name: "My space" },
  roles: [{ name: "admin" }],
};

export const CASES: PresetCase[] = [
  {
    preset: storyblok,
    authorize: {
      url: "https://app.storyblok.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read_content" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://app.storyblok.com/oauth/token",
      auth: "post",
      // The callback names the space the plugin was approved in.
      callback: { space_id: "12345" },
      answer: ANSWER,
      expect: { refresh_token: ANSWER.refresh_token, space_id: "12345" },
    },
    profile: {
      url: "https://api.storyblok.com/oauth/user_info",
      answer: USER_INFO,
      expected: { id: 20, name: "My name" },
    },
  },
  {
    title: "Storyblok (US region)",
    preset: storyblok,
    options: { region: "us" },
    authorize: {
      url: "https://app.storyblok.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read_content" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://app.storyblok.com/oauth/token",
      auth: "post",
      callback: { space_id: "67890" },
      answer: ANSWER,
      expect: { space_id: "67890" },
    },
    profile: {
      url: "https://api-us.storyblok.com/oauth/user_info",
      answer: USER_INFO,
      expected: { id: 20, name: "My name" },
    },
  },
];
