// Reddit, one of Flask-Dance's presets: the provider's documented behaviour.
import { reddit } from "../../reddit.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: reddit,
    authorize: {
      url: "https://www.reddit.com/api/v1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "identity", duration: "temporary" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { permanent: true }, params: { duration: "permanent" } }],
    token: {
      url: "https://www.reddit.com/api/v1/access_token",
      auth: "basic",
      headers: { "user-agent": "oauth-dance" },
      answer: {
        access_token:
          "eyJhbGciOiJSUzI1NiIsImtpZCI6IlNIQTI1NjpzS3dsMnlsV0VtMjVmcXhwTU40cWY4MXE2OWFFdWFyMnpLMUdhVGxjdWNZIiwidHlwIjoiSldUIn0",
        token_type: "bearer",
        expires_in: 86400,
        scope: "identity",
        refresh_token: "122-abc",
      },
      expect: { refresh_token: "122-abc" },
    },
    profile: {
      url: "https://oauth.reddit.com/api/v1/me",
      headers: { "user-agent": "oauth-dance" },
      answer: {
        id: "1w72",
        name: "spez",
        icon_img:
          "https://styles.redditmedia.com/t5_3k30p/styles/profileIcon_snoo.png?width=256&amp;height=256",
      },
      expected: {
        id: "1w72",
        name: "spez",
        avatarUrl: "https://styles.redditmedia.com/t5_3k30p/styles/profileIcon_snoo.png?width=256&height=256",
      },
    },
  },
];
