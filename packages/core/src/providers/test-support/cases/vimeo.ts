// Vimeo: the provider's documented behaviour.
import { vimeo } from "../../vimeo.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const ACCEPT = "application/vnd.vimeo.*+json;version=3.4";

export const CASES: PresetCase[] = [
  {
    preset: vimeo,
    authorize: {
      url: "https://api.vimeo.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "public private" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.vimeo.com/oauth/access_token",
      format: "json",
      auth: "basic",
      headers: { accept: ACCEPT },
      // The user and the app ride along with the token.
      answer: {
        access_token: "a3cbd2b3c1e5a3b6f5d3c7e1f9b2a4c6",
        token_type: "bearer",
        scope: "public private",
        app: { name: "My App", uri: "/apps/123456" },
        user: { uri: "/users/152184", name: "Staff Picks", link: "https://vimeo.com/staff" },
      },
      expect: { scope: "public private", user: { uri: "/users/152184" } },
    },
    profile: {
      url: "https://api.vimeo.com/me",
      headers: { accept: ACCEPT },
      answer: {
        uri: "/users/152184",
        name: "Staff Picks",
        link: "https://vimeo.com/staff",
        location: "New York, NY",
        pictures: {
          uri: "/users/152184/pictures/29117425",
          active: true,
          type: "custom",
          sizes: [
            { width: 30, height: 30, link: "https://i.vimeocdn.com/portrait/29117425_30x30" },
            { width: 360, height: 360, link: "https://i.vimeocdn.com/portrait/29117425_360x360" },
          ],
        },
      },
      expected: {
        id: "152184",
        name: "Staff Picks",
        avatarUrl: "https://i.vimeocdn.com/portrait/29117425_360x360",
      },
    },
  },
];
