// Close: the provider's documented behaviour.
import { close } from "../../close.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: close,
    authorize: {
      url: "https://app.close.com/oauth2/authorize/",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.close.com/oauth2/token/",
      auth: "post",
      answer: {
        token_type: "Bearer",
        access_token: "ACCESS_TOKEN",
        expires_in: 3600,
        refresh_token: "REFRESH_TOKEN",
        scope: "all.full_access offline_access",
        organization_id: "orga_bwwWG475zqWiQGur0thQshwVXo8rIYecQHDWFanqhen",
        user_id: "user_MvDoZ5w5Gn6ZK3ZZqdX3q7hGp8FqYb1Dv7mWBKuu3Dk",
      },
      expect: {
        organization_id: "orga_bwwWG475zqWiQGur0thQshwVXo8rIYecQHDWFanqhen",
        user_id: "user_MvDoZ5w5Gn6ZK3ZZqdX3q7hGp8FqYb1Dv7mWBKuu3Dk",
      },
    },
    profile: {
      url: "https://api.close.com/api/v1/me/",
      answer: {
        id: "user_MvDoZ5w5Gn6ZK3ZZqdX3q7hGp8FqYb1Dv7mWBKuu3Dk",
        first_name: "Jane",
        last_name: "Doe",
        email: "jane@example.com",
        image: "https://secure.gravatar.com/avatar/0ee4f0a.jpg",
        date_created: "2021-03-02T19:36:51.374000+00:00",
        organizations: [{ id: "orga_bwwWG475zqWiQGur0thQshwVXo8rIYecQHDWFanqhen", name: "Example Co" }],
      },
      expected: {
        id: "user_MvDoZ5w5Gn6ZK3ZZqdX3q7hGp8FqYb1Dv7mWBKuu3Dk",
        name: "Jane Doe",
        email: "jane@example.com",
        avatarUrl: "https://secure.gravatar.com/avatar/0ee4f0a.jpg",
      },
    },
  },
];
