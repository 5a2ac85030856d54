// PandaDoc: the provider's documented behaviour.
import { pandadoc } from "../../pandadoc.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: pandadoc,
    authorize: {
      url: "https://app.pandadoc.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read write" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.pandadoc.com/oauth2/access_token",
      auth: "post",
      params: { scope: "read write" },
      answer: {
        access_token: "a3a3b1e8c0bc5b8c0f3c4b6f9d2e1a7b5c8d9e0f",
        token_type: "Bearer",
        expires_in: 31535999,
        scope: "read write read+write",
        refresh_token: "f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7",
      },
      expect: { refresh_token: "f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7" },
    },
    profile: {
      url: "https://api.pandadoc.com/public/v1/members/current/",
      answer: {
        user_id: "uA2zTDgDkqLxfnTzwmQ1s4",
        membership_id: "mBwDnMc2nV3ZkTHmAiAY9H",
        email: "josh@example.com",
        first_name: "Josh",
        last_name: "Ron",
        is_active: true,
        workspace: "wVmSfkxCJHo3ZEHzWBHGqM",
        workspace_name: "Example Workspace",
        role: "Admin",
      },
      expected: { id: "uA2zTDgDkqLxfnTzwmQ1s4", name: "Josh Ron", email: "josh@example.com" },
    },
  },
];
