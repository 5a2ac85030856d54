// Todoist: the provider's documented behaviour.
import { todoist } from "../../todoist.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: todoist,
    options: { scope: ["data:read", "task:add"] },
    authorize: {
      url: "https://todoist.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "data:read,task:add" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://todoist.com/oauth/access_token",
      auth: "post",
      answer: { access_token: "0123456789abcdef0123456789abcdef01234567", token_type: "Bearer" },
      expect: { access_token: "0123456789abcdef0123456789abcdef01234567" },
    },
    profile: {
      url: "https://api.todoist.com/api/v1/user",
      answer: {
        avatar_big: "https://dcff1xvirvpfp.cloudfront.net/d160009dfd52b991030d55227003450f_big.jpg",
        email: "me@example.com",
        full_name: "Example User",
        id: "2671355",
        inbox_project_id: "6X7fqH39MwjmwV4q",
        is_premium: true,
        lang: "en",
      },
      expected: {
        id: "2671355",
        name: "Example User",
        email: "me@example.com",
        avatarUrl: "https://dcff1xvirvpfp.cloudfront.net/d160009dfd52b991030d55227003450f_big.jpg",
      },
    },
  },
];
