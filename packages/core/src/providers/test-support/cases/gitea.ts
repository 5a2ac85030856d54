// Gitea: the provider's documented behaviour.
import { gitea } from "../../gitea.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const TOKEN_ANSWER = {
  access_token: "eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJnbnQiOjIsInR0IjowfQ.0-iFsAwBtxuckA0sNZ6QpBQ",
  token_type: "bearer",
  expires_in: 3600,
  refresh_token: "eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJnbnQiOjIsInR0IjoxfQ.S_HZQBy4q9r5SEzNGNIoFCl",
};

const USER = {
  id: 1,
  login: "gitea",
  login_name: "",
  full_name: "Gitea User",
  email: "gitea@example.com",
  avatar_url: "https://gitea.com/avatars/1",
  is_admin: false,
};

export const CASES: PresetCase[] = [
  {
    preset: gitea,
    authorize: {
      url: "https://gitea.com/login/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read:user" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://gitea.com/login/oauth/access_token",
      auth: "post",
      answer: TOKEN_ANSWER,
      expect: { access_token: TOKEN_ANSWER.access_token, refresh_token: TOKEN_ANSWER.refresh_token },
    },
    profile: {
      url: "https://gitea.com/api/v1/user",
      answer: USER,
      expected: {
        id: 1,
        name: "Gitea User",
        email: "gitea@example.com",
        avatarUrl: "https://gitea.com/avatars/1",
      },
    },
  },
  {
    title: "Gitea (self-hosted)",
    preset: gitea,
    options: { hostname: "git.example.com" },
    authorize: {
      url: "https://git.example.com/login/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read:user" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://git.example.com/login/oauth/access_token",
      auth: "post",
      answer: TOKEN_ANSWER,
      expect: { refresh_token: TOKEN_ANSWER.refresh_token },
    },
    profile: {
      url: "https://git.example.com/api/v1/user",
      answer: { ...USER, full_name: "" },
      expected: {
        id: 1,
        name: "gitea",
        email: "gitea@example.com",
        avatarUrl: "https://gitea.com/avatars/1",
      },
    },
  },
];
