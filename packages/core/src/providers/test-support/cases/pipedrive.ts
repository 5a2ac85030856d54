// Pipedrive: the provider's documented behaviour.
import { pipedrive } from "../../pipedrive.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: pipedrive,
    authorize: {
      url: "https://oauth.pipedrive.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://oauth.pipedrive.com/oauth/token",
      auth: "basic",
      answer: {
        access_token: "v1u:AQIBAHj+LzTNK2yuuuaLqifzhWb9crUNKTpk4FlQ9rjnXqp",
        token_type: "Bearer",
        refresh_token: "10574054:1234567:75a62b4bc7f2c8fd5f2b1a1c8a8e3c1a4c0d5f1b",
        scope: "base,deals:full",
        expires_in: 3599,
        api_domain: "https://company.pipedrive.com",
      },
      expect: { api_domain: "https://company.pipedrive.com", scope: "base,deals:full" },
    },
    profile: {
      url: "https://api.pipedrive.com/v1/users/me",
      answer: {
        success: true,
        data: {
          id: 1234567,
          name: "Jane Doe",
          email: "jane@company.com",
          icon_url: "https://pipedrive-profile-pics.s3.example.com/jane.png",
          company_id: 10574054,
          company_name: "Company",
          company_domain: "company",
        },
      },
      expected: {
        id: 1234567,
        name: "Jane Doe",
        email: "jane@company.com",
        avatarUrl: "https://pipedrive-profile-pics.s3.example.com/jane.png",
      },
    },
  },
];
