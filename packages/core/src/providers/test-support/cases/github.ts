// GitHub: the provider's documented behaviour.
import { github } from "../../github.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: github,
    authorize: {
      url: "https://github.com/login/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://github.com/login/oauth/access_token",
      auth: "post",
      headers: { accept: "application/json" },
      answer: {
        access_token: "gho_16C7e42F292c6912E7710c838347Ae178B4a",
        scope: "repo,gist",
        token_type: "bearer",
      },
      expect: { access_token: "gho_16C7e42F292c6912E7710c838347Ae178B4a", scope: "repo,gist" },
    },
    profile: {
      url: "https://api.github.com/user",
      headers: { "x-github-api-version": "2022-11-28", accept: "application/vnd.github+json" },
      answer: {
        login: "octocat",
        id: 1,
        avatar_url: "https://github.com/images/error/octocat_happy.gif",
        type: "User",
        name: "monalisa octocat",
        email: "octocat@github.com",
      },
      expected: {
        id: 1,
        name: "monalisa octocat",
        email: "octocat@github.com",
        avatarUrl: "https://github.com/images/error/octocat_happy.gif",
      },
    },
  },
];
