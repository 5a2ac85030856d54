// Contentful: the provider's documented behaviour.
import { contentful } from "../../contentful.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: contentful,
    authorize: {
      url: "https://be.contentful.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "content_management_read" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://be.contentful.com/oauth/token",
      auth: "post",
      answer: {
        access_token: "CFPAT-4f3d2a9c1b8e7d6f5a4c3b2a1f0e9d8c",
        token_type: "Bearer",
        scope: "content_management_read",
        created_at: 1714000000,
      },
      expect: { access_token: "CFPAT-4f3d2a9c1b8e7d6f5a4c3b2a1f0e9d8c", scope: "content_management_read" },
    },
    profile: {
      url: "https://api.contentful.com/users/me",
      answer: {
        firstName: "Dwight",
        lastName: "Schrute",
        avatarUrl: "https://images.contentful.com/dwight.png",
        email: "dwight@example.com",
        activated: true,
        signInCount: 1,
        confirmed: true,
        sys: { type: "User", id: "7BslKh9TdKGOK41VmLDjFZ", version: 1 },
      },
      expected: {
        id: "7BslKh9TdKGOK41VmLDjFZ",
        name: "Dwight Schrute",
        email: "dwight@example.com",
        avatarUrl: "https://images.contentful.com/dwight.png",
      },
    },
  },
];
