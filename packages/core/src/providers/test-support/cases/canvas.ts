// Canvas LMS: the provider's documented behaviour.
import { canvas } from "../../canvas.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: canvas,
    options: { domain: "example.instructure.com" },
    authorize: {
      url: "https://example.instructure.com/login/oauth2/auth",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { forceLogin: true }, params: { force_login: "1" } }],
    token: {
      url: "https://example.instructure.com/login/oauth2/token",
      auth: "post",
      answer: {
        access_token: "1/fFAGRNJru1FTz70BzhT3Zg",
        token_type: "Bearer",
        user: { id: 42, name: "Jimi Hendrix" },
        refresh_token: "tIh2YBWGiC0GgGRglT9Ylwv2MnTvy8csfGyfK2PqZmkFYYqYZ0wui4tzI7uBwnN2",
        expires_in: 3600,
        canvas_region: "us-east-1",
      },
      expect: { user: { id: 42, name: "Jimi Hendrix" }, canvas_region: "us-east-1" },
    },
    profile: {
      url: "https://example.instructure.com/api/v1/users/self/profile",
      answer: {
        id: 42,
        name: "Jimi Hendrix",
        short_name: "Jimi",
        sortable_name: "Hendrix, Jimi",
        primary_email: "jimi@example.edu",
        login_id: "jimi@example.edu",
        avatar_url: "https://example.instructure.com/images/thumbnails/42/avatar.png",
        time_zone: "America/Denver",
      },
      expected: {
        id: 42,
        name: "Jimi Hendrix",
        email: "jimi@example.edu",
        avatarUrl: "https://example.instructure.com/images/thumbnails/42/avatar.png",
      },
    },
  },
];
