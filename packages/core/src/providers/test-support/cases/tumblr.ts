// Tumblr: the provider's documented behaviour.
import { tumblr } from "../../tumblr.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: tumblr,
    options: { scope: ["basic", "write", "offline_access"] },
    authorize: {
      url: "https://www.tumblr.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "basic write offline_access" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.tumblr.com/v2/oauth2/token",
      auth: "post",
      answer: {
        access_token: "3AYJxZ6mbfSe1nN5pC4fXcXoHcpHO5r5pqCvwHqm2s3dAWyN6Q",
        expires_in: 2520,
        scope: "basic write offline_access",
        token_type: "bearer",
        refresh_token: "e2MNDzO9t2gySCh9sEi7jUcBAIUHBbcT5OH3p2uB9EzNoWr1xo",
      },
      expect: { refresh_token: "e2MNDzO9t2gySCh9sEi7jUcBAIUHBbcT5OH3p2uB9EzNoWr1xo" },
    },
    profile: {
      url: "https://api.tumblr.com/v2/user/info",
      answer: {
        meta: { status: 200, msg: "OK" },
        response: {
          user: {
            following: 263,
            default_post_format: "html",
            name: "derekg",
            likes: 606,
            blogs: [
              {
                name: "derekg",
                title: "Derek Gottfrid",
                url: "https://derekg.org/",
                uuid: "t:0aY0xL2Fi1OFJg4YxpmegQ",
                primary: true,
                avatar: [
                  { width: 512, height: 512, url: "https://64.media.tumblr.com/avatar_derekg_512.png" },
                  { width: 128, height: 128, url: "https://64.media.tumblr.com/avatar_derekg_128.png" },
                ],
              },
              {
                name: "ihatehipstrz",
                title: "I Hate Hipstrz",
                uuid: "t:6ERlKC1rZTmJd9x3_1y5-g",
                primary: false,
              },
            ],
          },
        },
      },
      expected: {
        id: "t:0aY0xL2Fi1OFJg4YxpmegQ",
        name: "derekg",
        avatarUrl: "https://64.media.tumblr.com/avatar_derekg_512.png",
      },
    },
  },
];
