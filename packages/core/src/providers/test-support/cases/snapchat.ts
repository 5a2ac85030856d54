// Snapchat: the provider's documented behaviour.
import { snapchat } from "../../snapchat.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: snapchat,
    authorize: {
      url: "https://accounts.snapchat.com/accounts/oauth2/auth",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope:
          "https://auth.snapchat.com/oauth2/api/user.external_id https://auth.snapchat.com/oauth2/api/user.display_name https://auth.snapchat.com/oauth2/api/user.bitmoji.avatar",
      },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://accounts.snapchat.com/accounts/oauth2/token",
      auth: "basic",
      answer: {
        access_token: "hCgwKCjE2MTY0NjI4ODUSBwoFZW1haWwaCgoIcm9sZQ",
        token_type: "Bearer",
        expires_in: 3600,
        refresh_token: "hCgwKCjE2MTY0NjI4ODUSBwoFcmVmcmVzaA",
        scope: "https://auth.snapchat.com/oauth2/api/user.external_id",
      },
      expect: { refresh_token: "hCgwKCjE2MTY0NjI4ODUSBwoFcmVmcmVzaA", token_type: "bearer" },
    },
    profile: {
      url: "https://kit.snapchat.com/v1/me",
      method: "POST",
      answer: {
        data: {
          me: {
            externalId: "CAESIPiRBp0e5gLDq7VVurQ3rVdmdbqxpOJWynjyBL/xlo0w",
            displayName: "Jane",
            bitmoji: { avatar: "https://sdk.bitmoji.com/render/panel/10220709-100_3-s1-v1.png" },
          },
        },
      },
      expected: {
        id: "CAESIPiRBp0e5gLDq7VVurQ3rVdmdbqxpOJWynjyBL/xlo0w",
        name: "Jane",
        avatarUrl: "https://sdk.bitmoji.com/render/panel/10220709-100_3-s1-v1.png",
      },
    },
  },
];
