// WordPress.com: the provider's documented behaviour.
import { wordpress } from "../../wordpress.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: wordpress,
    authorize: {
      url: "https://public-api.wordpress.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "auth" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { blog: "example.wordpress.com" }, params: { blog: "example.wordpress.com" } }],
    token: {
      url: "https://public-api.wordpress.com/oauth2/token",
      auth: "post",
      // The answer names the site the token is for.
      answer: {
        access_token: "x7Qp2nV9sL4kD8mB3hF6jR1tW5yZ0cA",
        blog_id: "12345678",
        blog_url: "https://example.wordpress.com",
        token_type: "bearer",
      },
      expect: { blog_id: "12345678", blog_url: "https://example.wordpress.com" },
    },
    profile: {
      url: "https://public-api.wordpress.com/rest/v1.1/me",
      answer: {
        ID: 18342963,
        display_name: "Jane Blogger",
        username: "janeblogger",
        email: "jane@example.com",
        email_verified: true,
        primary_blog: 12345678,
        avatar_URL: "https://0.gravatar.com/avatar/5ef2b1f7a4d3c6e8?s=96&d=identicon",
        profile_URL: "https://gravatar.com/janeblogger",
      },
      expected: {
        id: 18342963,
        name: "Jane Blogger",
        email: "jane@example.com",
        emailVerified: true,
        avatarUrl: "https://0.gravatar.com/avatar/5ef2b1f7a4d3c6e8?s=96&d=identicon",
      },
    },
  },
];
