// Coinbase: the provider's documented behaviour.
import { coinbase } from "../../coinbase.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: coinbase,
    options: { scope: ["wallet:user:read", "wallet:user:email"] },
    authorize: {
      url: "https://login.coinbase.com/oauth2/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "wallet:user:read,wallet:user:email" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://login.coinbase.com/oauth2/token",
      auth: "post",
      answer: {
        access_token: "cb-at",
        token_type: "bearer",
        expires_in: 3600,
        refresh_token: "cb-rt",
        scope: "wallet:user:read wallet:user:email",
      },
      expect: { refresh_token: "cb-rt" },
    },
    profile: {
      url: "https://api.coinbase.com/v2/user",
      answer: {
        data: {
          id: "9da7a204-544e-5fd1-9a12-61176c5d4cd8",
          name: "User One",
          username: "user1",
          avatar_url:
            "https://images.coinbase.com/avatar?h=vR%2FY8igBoPwuwGren5JMwvDNGpURAY%2F0nRIOgH%2FY2Qh%2BQ6nomR3qusA%2Bh6o2%0Af9rH&s=128",
          resource: "user",
          email: "user1@example.com",
        },
      },
      expected: {
        id: "9da7a204-544e-5fd1-9a12-61176c5d4cd8",
        name: "User One",
        email: "user1@example.com",
        avatarUrl:
          "https://images.coinbase.com/avatar?h=vR%2FY8igBoPwuwGren5JMwvDNGpURAY%2F0nRIOgH%2FY2Qh%2BQ6nomR3qusA%2Bh6o2%0Af9rH&s=128",
      },
    },
  },
];
