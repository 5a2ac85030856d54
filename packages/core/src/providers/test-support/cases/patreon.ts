// Patreon: the provider's documented behaviour.
import { patreon } from "../../patreon.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: patreon,
    authorize: {
      url: "https://www.patreon.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "identity identity[email]" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://www.patreon.com/api/oauth2/token",
      auth: "post",
      answer: {
        access_token: "pat-at",
        refresh_token: "pat-rt",
        expires_in: 2678400,
        scope: "identity identity[email]",
        token_type: "Bearer",
      },
      expect: { refresh_token: "pat-rt" },
    },
    profile: {
      url: "https://www.patreon.com/api/oauth2/v2/identity?fields%5Buser%5D=email,full_name,image_url,is_email_verified",
      answer: {
        data: {
          id: "12345689",
          type: "user",
          attributes: {
            email: "corgi@example.com",
            full_name: "Platform Corgi",
            image_url: "https://c8.patreon.com/2/200/12345689",
            is_email_verified: true,
          },
        },
        links: { self: "https://www.patreon.com/api/oauth2/v2/user/12345689" },
      },
      expected: {
        id: "12345689",
        name: "Platform Corgi",
        email: "corgi@example.com",
        emailVerified: true,
        avatarUrl: "https://c8.patreon.com/2/200/12345689",
      },
    },
  },
];
