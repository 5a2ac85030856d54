// Lucid: the provider's documented behaviour.
import { lucid } from "../../lucid.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const ANSWER = {
  access_token: "oauth2-Yzh4Y2E0ZjhkYTM0ZjkzZWZkNGU0ZDQ2Yjc3Nzc0NGNiYjE0MjI1ZTY3NzFjZTcw",
  refresh_token: "oauth2-MzQ0ZjRjNmQ4ZmEwNjFlNjM3ZjlkNjViYTQzNWQ0YmEzYjdhNDhmMmZhNTJmMmJl",
  user_id: 341,
  client_id: "30VYbvlkqZv-SmJd7fTdpH9B5Et2yqZkLEbr",
  expires_in: 3600,
  expires: 1665438233000,
  scope: "user.profile offline_access",
  scopes: ["user.profile", "offline_access"],
  token_type: "bearer",
};
const PROFILE = {
  url: "https://api.lucid.co/users/me/profile",
  headers: { "lucid-api-version": "1" },
  answer: { id: 341, username: "jdoe", email: "jdoe@example.com", fullName: "Jane Doe" },
  expected: { id: 341, name: "Jane Doe", email: "jdoe@example.com" },
};

export const CASES: PresetCase[] = [
  {
    preset: lucid,
    authorize: {
      url: "https://lucid.app/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "user.profile offline_access" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://api.lucid.co/oauth2/token",
      format: "json",
      auth: "post",
      answer: ANSWER,
      expect: { user_id: 341, scopes: ["user.profile", "offline_access"] },
    },
    profile: PROFILE,
  },
  {
    title: "Lucid (account token)",
    preset: lucid,
    options: { account: true },
    authorize: {
      url: "https://lucid.app/oauth2/authorizeAccount",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "user.profile offline_access" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://api.lucid.co/oauth2/token",
      format: "json",
      auth: "post",
      answer: ANSWER,
      expect: { user_id: 341 },
    },
    profile: PROFILE,
  },
];
