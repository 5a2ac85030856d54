// Notion: the provider's documented behaviour.
import { notion } from "../../notion.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: notion,
    authorize: {
      url: "https://api.notion.com/v1/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", owner: "user" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.notion.com/v1/oauth/token",
      format: "json",
      auth: "basic",
      answer: {
        access_token: "e202e8c9-0990-40af-855f-ff8f872b1ec6c",
        bot_id: "b3414d659-1224-5ty7-6ffr-cc9d8773drt601288f",
        duplicated_template_id: null,
        owner: {
          type: "user",
          user: {
            object: "user",
            id: "4bd2ba71-5b8b-4a3e-9f8e-3a2d1e6f7b8c",
            name: "Ada Lovelace",
            avatar_url: "https://secure.notion-static.com/ada.jpg",
            type: "person",
            person: { email: "ada@example.com" },
          },
        },
        workspace_icon: "https://website.domain/images/image.png",
        workspace_id: "j565j4d7x3-2882-61bs-564a-jj9d9ui-c36hxfr7x",
        workspace_name: "Ada's Notion Workspace",
        token_type: "bearer",
      },
      expect: { workspace_name: "Ada's Notion Workspace" },
    },
    profile: {
      expected: {
        id: "4bd2ba71-5b8b-4a3e-9f8e-3a2d1e6f7b8c",
        name: "Ada Lovelace",
        email: "ada@example.com",
        avatarUrl: "https://secure.notion-static.com/ada.jpg",
      },
    },
  },
];
