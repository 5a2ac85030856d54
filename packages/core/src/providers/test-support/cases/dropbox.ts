// Dropbox, one of Flask-Dance's presets: the provider's documented behaviour.
import { dropbox } from "../../dropbox.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: dropbox,
    authorize: {
      url: "https://www.dropbox.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    variants: [
      { options: { offline: true }, params: { token_access_type: "offline" } },
      {
        options: { forceReapprove: true, disableSignup: true },
        params: { force_reapprove: "true", disable_signup: "true" },
      },
      { options: { requireRole: "work" }, params: { require_role: "work" } },
    ],
    token: {
      url: "https://api.dropboxapi.com/oauth2/token",
      auth: "basic",
      answer: {
        access_token:
          "sl.AbX9y6Fe3AuH5o66-gmJpR032jwAwQPIVVzWXZNkdzcYT02akC2de219dZi6gxYPVnYPrpvISRSf9lxKWJzYLjtMPH-d9fo_0gXex7X37VIvpty4-G8f4-WX45AcEPfRnJJDwzv-",
        expires_in: 14400,
        token_type: "bearer",
        scope: "account_info.read files.content.read",
        refresh_token: "nBiM85CZALsAAAAAAAAAAQXHBoNpNutK4ngsXHsqW4iGz9tisb3JyjGqikMJIYbd",
        account_id: "dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc",
        uid: "12345",
      },
      expect: { account_id: "dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc", uid: "12345" },
    },
    profile: {
      url: "https://api.dropboxapi.com/2/users/get_current_account",
      method: "POST",
      answer: {
        account_id: "dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc",
        name: {
          abbreviated_name: "FD",
          display_name: "Franz Ferdinand (Personal)",
          familiar_name: "Franz",
          given_name: "Franz",
          surname: "Ferdinand",
        },
        email: "franz@dropbox.com",
        email_verified: true,
        profile_photo_url:
          "https://dl-web.dropbox.com/account_photo/get/dbaphid%3AAAHWGmIXV3sUuOmBfTz0wPsiqHUpBWvv3ZA",
        disabled: false,
        country: "US",
      },
      expected: {
        id: "dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc",
        name: "Franz Ferdinand (Personal)",
        email: "franz@dropbox.com",
        emailVerified: true,
        avatarUrl:
          "https://dl-web.dropbox.com/account_photo/get/dbaphid%3AAAHWGmIXV3sUuOmBfTz0wPsiqHUpBWvv3ZA",
      },
    },
  },
];
