// Trello over OAuth 1.0a: the provider's documented behaviour.
import { trello } from "../../trello.js";
import type { OAuth1PresetCase } from "../oauth1-simulator.js";

const ENDPOINTS = {
  requestToken: { url: "https://trello.com/1/OAuthGetRequestToken" },
  accessToken: { url: "https://trello.com/1/OAuthGetAccessToken", answer: {}, expect: {} },
};

export const CASES: OAuth1PresetCase[] = [
  {
    preset: trello,
    signatureMethod: "HMAC-SHA1",
    ...ENDPOINTS,
    authorize: {
      url: "https://trello.com/1/OAuthAuthorizeToken",
      params: { name: "oauth-dance", scope: "read" },
    },
    profile: {
      url: "https://api.trello.com/1/members/me",
      answer: {
        id: "5abbe4b7ddc1b351ef961414",
        username: "bobloblaw",
        fullName: "Bob Loblaw",
        email: "bob@example.com",
        avatarUrl: "https://trello-members.s3.amazonaws.com/5abbe4b7ddc1b351ef961414/c5e5f2a0a1b2c3d4",
      },
      expected: {
        id: "5abbe4b7ddc1b351ef961414",
        name: "Bob Loblaw",
        email: "bob@example.com",
        avatarUrl:
          "https://trello-members.s3.amazonaws.com/5abbe4b7ddc1b351ef961414/c5e5f2a0a1b2c3d4/170.png",
      },
    },
  },
  {
    title: "Trello, named, read and write, never expiring",
    preset: trello,
    options: { appName: "Acme", scope: ["read", "write", "account"], expiration: "never" },
    signatureMethod: "HMAC-SHA1",
    ...ENDPOINTS,
    authorize: {
      url: "https://trello.com/1/OAuthAuthorizeToken",
      params: { name: "Acme", scope: "read,write,account", expiration: "never" },
    },
  },
];
