// Yahoo: the provider's documented behaviour.
import { yahoo } from "../../yahoo.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: yahoo,
    authorize: {
      url: "https://api.login.yahoo.com/oauth2/request_auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: false,
      nonce: true,
    },
    token: {
      url: "https://api.login.yahoo.com/oauth2/get_token",
      auth: "basic",
      answer: {
        access_token: "Jzxbkqqcvjqik2IMxGFEE1cuaos--",
        token_type: "bearer",
        expires_in: 3600,
        refresh_token: "AOiRUlJn_qOmByVGTmUpwcMKW3XDcipToOoHx2wRoyLgJC_RFlA-",
        xoauth_yahoo_guid: "JT4FACLQZI2OCE",
      },
      idToken: {
        iss: "https://api.login.yahoo.com",
        sub: "JT4FACLQZI2OCE",
        name: "Jane Yahoo",
        email: "jane@yahoo.com",
        email_verified: true,
        picture: "https://s.yimg.com/ag/images/default_user_profile_pic_192sq.jpg",
      },
      expect: { xoauth_yahoo_guid: "JT4FACLQZI2OCE" },
    },
    profile: {
      expected: {
        id: "JT4FACLQZI2OCE",
        name: "Jane Yahoo",
        email: "jane@yahoo.com",
        emailVerified: true,
        avatarUrl: "https://s.yimg.com/ag/images/default_user_profile_pic_192sq.jpg",
      },
    },
  },
];
