// KKBOX: the provider's documented behaviour.
import { kkbox } from "../../kkbox.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: kkbox,
    authorize: {
      url: "https://account.kkbox.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://account.kkbox.com/oauth2/token",
      auth: "post",
      answer: {
        access_token: "fCVTwABPlcO6Qxc7Ll23rsdfsf",
        expires_in: 2592000,
        token_type: "Bearer",
        refresh_token: "c3B5ZXQtcmVmcmVzaC10b2tlbg",
      },
      expect: { refresh_token: "c3B5ZXQtcmVmcmVzaC10b2tlbg" },
    },
    profile: {
      url: "https://api.kkbox.com/v1.1/me",
      answer: {
        id: "OsHR5b8iWEfNs6mjpX",
        name: "KKBOX Member",
        description: "",
        url: "https://www.kkbox.com/tw/tc/profile/OsHR5b8iWEfNs6mjpX",
        images: [
          { height: 75, width: 75, url: "https://i.kfs.io/muser/global/123/cropresize/75x75.jpg" },
          { height: 300, width: 300, url: "https://i.kfs.io/muser/global/123/cropresize/300x300.jpg" },
        ],
      },
      expected: {
        id: "OsHR5b8iWEfNs6mjpX",
        name: "KKBOX Member",
        avatarUrl: "https://i.kfs.io/muser/global/123/cropresize/300x300.jpg",
      },
    },
  },
];
