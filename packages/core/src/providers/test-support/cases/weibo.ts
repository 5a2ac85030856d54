// Weibo: the provider's documented behaviour.
import { weibo } from "../../weibo.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: weibo,
    authorize: {
      url: "https://api.weibo.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.weibo.com/oauth2/access_token",
      auth: "post",
      // No token type, the lifetime as a string, and the user's uid.
      answer: {
        access_token: "2.00VNNvrCjJTHgB789f62d93d0Q8vbn",
        expires_in: "7200",
        remind_in: "7200",
        uid: "1404376560",
      },
      expect: { uid: "1404376560", token_type: "bearer" },
    },
    profile: {
      url: "https://api.weibo.com/2/users/show.json?uid=1404376560",
      auth: { query: "access_token" },
      answer: {
        id: 1404376560,
        idstr: "1404376560",
        screen_name: "zaku",
        name: "zaku",
        province: "11",
        city: "5",
        location: "北京 朝阳区",
        profile_image_url: "http://tp1.sinaimg.cn/1404376560/50/0/1",
        avatar_large: "http://tp1.sinaimg.cn/1404376560/180/0/1",
        gender: "m",
      },
      expected: { id: "1404376560", name: "zaku", avatarUrl: "http://tp1.sinaimg.cn/1404376560/180/0/1" },
    },
  },
];
