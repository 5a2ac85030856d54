// Calendly: the provider's documented behaviour.
import { calendly } from "../../calendly.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: calendly,
    authorize: {
      url: "https://auth.calendly.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://auth.calendly.com/oauth/token",
      auth: "basic",
      answer: {
        token_type: "Bearer",
        expires_in: 7200,
        created_at: 1548689183,
        refresh_token: "b77a76ffce83d3bc20531ddfa76704e584f0ee963f6041b8bcc3d4c4c3b8b4c1",
        access_token:
          "eyJraWQiOiIxY2UxZTEzNjE3ZGNmNzY2YjNjZWJjY2Y4ZGM1YmFmYThhNjVlNjg0MDIzZjdjMzJiZTgzNDliMjM4MDEzNWI0IiwidHlwIjoiUEFUIn0",
        scope: "default",
        owner: "https://api.calendly.com/users/EBHAAFHDCAEQTSEZ",
        organization: "https://api.calendly.com/organizations/EBHAAFHDCAEQTSEZ",
      },
      expect: {
        owner: "https://api.calendly.com/users/EBHAAFHDCAEQTSEZ",
        organization: "https://api.calendly.com/organizations/EBHAAFHDCAEQTSEZ",
      },
    },
    profile: {
      url: "https://api.calendly.com/users/me",
      answer: {
        resource: {
          uri: "https://api.calendly.com/users/EBHAAFHDCAEQTSEZ",
          name: "John Doe",
          slug: "acmesales",
          email: "test@example.com",
          scheduling_url: "https://calendly.com/acmesales",
          timezone: "America/New York",
          avatar_url: "https://01234567890.cloudfront.net/uploads/user/avatar/0123456/a1b2c3d4.png",
          created_at: "2019-01-02T03:04:05.678123Z",
          updated_at: "2019-08-07T06:05:04.321123Z",
          current_organization: "https://api.calendly.com/organizations/EBHAAFHDCAEQTSEZ",
        },
      },
      expected: {
        id: "https://api.calendly.com/users/EBHAAFHDCAEQTSEZ",
        name: "John Doe",
        email: "test@example.com",
        avatarUrl: "https://01234567890.cloudfront.net/uploads/user/avatar/0123456/a1b2c3d4.png",
      },
    },
  },
];
