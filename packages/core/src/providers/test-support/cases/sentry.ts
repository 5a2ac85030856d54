// Sentry: the provider's documented behaviour.
import { sentry } from "../../sentry.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const ANSWER = {
  access_token: "8923f2eb3ec0fb9b328ccba6280e48debe119f5b5220273ffa13fb659b2d014a",
  refresh_token: "74dbc60782aed64814513804e75e5efa6aaa67e3163744c083c0eb77478edb8b",
  expires_in: 2591999,
  expires_at: "2024-11-27T23:20:21.054320Z",
  token_type: "bearer",
  scope: "org:read project:read",
  user: { id: "2", name: "user 1", email: "user1@test.com" },
};

export const CASES: PresetCase[] = [
  {
    preset: sentry,
    authorize: {
      url: "https://sentry.io/oauth/authorize/",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "org:read" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://sentry.io/oauth/token/",
      auth: "post",
      answer: ANSWER,
      expect: { refresh_token: ANSWER.refresh_token, scope: "org:read project:read", user: ANSWER.user },
    },
    profile: { expected: { id: "2", name: "user 1", email: "user1@test.com" } },
  },
  {
    title: "Sentry (self-hosted)",
    preset: sentry,
    options: { hostname: "sentry.example.com" },
    authorize: {
      url: "https://sentry.example.com/oauth/authorize/",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "org:read" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://sentry.example.com/oauth/token/",
      auth: "post",
      answer: ANSWER,
      expect: { access_token: ANSWER.access_token },
    },
    profile: { expected: { id: "2", name: "user 1", email: "user1@test.com" } },
  },
];
