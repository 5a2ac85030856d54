// Google: the provider's documented behaviour.
import { google } from "../../google.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: google,
    authorize: {
      url: "https://accounts.google.com/o/oauth2/v2/auth",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "openid email profile",
        include_granted_scopes: "true",
      },
      pkce: true,
      nonce: true,
    },
    variants: [
      { options: { offline: true }, params: { access_type: "offline" } },
      {
        options: { repromptConsent: true, repromptSelectAccount: true },
        params: { prompt: "consent select_account" },
      },
      { options: { hostedDomain: "example.com" }, params: { hd: "example.com" } },
    ],
    token: {
      url: "https://oauth2.googleapis.com/token",
      auth: "post",
      answer: {
        access_token: "1/fFAGRNJru1FTz70BzhT3Zg",
        expires_in: 3920,
        token_type: "Bearer",
        scope:
          "openid https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/userinfo.profile",
        refresh_token: "1//xEoDL4iW3cxlI7yDbSRFYNG01kVKM2C-259HOF2aQbI",
      },
      idToken: {
        iss: "https://accounts.google.com",
        sub: "110169484474386276334",
        email: "jsmith@example.com",
        email_verified: true,
        name: "Jane Smith",
        picture: "https://lh3.googleusercontent.com/a/photo.jpg",
      },
      expect: {
        access_token: "1/fFAGRNJru1FTz70BzhT3Zg",
        refresh_token: "1//xEoDL4iW3cxlI7yDbSRFYNG01kVKM2C-259HOF2aQbI",
      },
    },
    profile: {
      expected: {
        id: "110169484474386276334",
        name: "Jane Smith",
        email: "jsmith@example.com",
        emailVerified: true,
        avatarUrl: "https://lh3.googleusercontent.com/a/photo.jpg",
      },
    },
  },
];
