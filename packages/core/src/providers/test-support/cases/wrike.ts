// Wrike: the provider's documented behaviour.
import { wrike } from "../../wrike.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: wrike,
    authorize: {
      url: "https://login.wrike.com/oauth2/authorize/v4",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "Default" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://login.wrike.com/oauth2/token",
      auth: "post",
      // `host` is the data centre to send API calls to.
      answer: {
        access_token: "2YotnFZFEjr1zCsicMWpAA",
        refresh_token: "tGzv3JOkF0XG5Qx2TlKWIA",
        token_type: "bearer",
        expires_in: 3600,
        host: "app-eu.wrike.com",
      },
      expect: { refresh_token: "tGzv3JOkF0XG5Qx2TlKWIA", host: "app-eu.wrike.com" },
    },
    profile: {
      url: "https://app-eu.wrike.com/api/v4/contacts?me=true",
      answer: {
        kind: "contacts",
        data: [
          {
            id: "KUAFY3BJ",
            firstName: "Test",
            lastName: "User",
            type: "Person",
            profiles: [
              {
                accountId: "IEAGIITR",
                email: "test.user@example.com",
                role: "User",
                external: false,
                admin: false,
              },
            ],
            avatarUrl: "https://www.wrike.com/avatars/7E/C0/Box_ffdc6a28_84-84_v1.png",
            timezone: "Europe/London",
            locale: "en",
            deleted: false,
            me: true,
          },
        ],
      },
      expected: {
        id: "KUAFY3BJ",
        name: "Test User",
        email: "test.user@example.com",
        avatarUrl: "https://www.wrike.com/avatars/7E/C0/Box_ffdc6a28_84-84_v1.png",
      },
    },
  },
];
