// Adobe Acrobat Sign: the provider's documented behaviour.
import { adobesign } from "../../adobesign.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const USER = {
  id: "CBJCHBCAABAAqxxfMqu9a6VBDCZ4UAh8TpUeL2ZlvA9v",
  email: "jdoe@example.com",
  firstName: "John",
  lastName: "Doe",
  accountId: "CBJCHBCAABAAxzkEG4VxyvG1Lq9vNA0oRrNqZ_g5ImKy",
  company: "Example Inc.",
  isAccountAdmin: true,
  status: "ACTIVE",
};
const PROFILE = {
  id: "CBJCHBCAABAAqxxfMqu9a6VBDCZ4UAh8TpUeL2ZlvA9v",
  name: "John Doe",
  email: "jdoe@example.com",
};

export const CASES: PresetCase[] = [
  {
    preset: adobesign,
    authorize: {
      url: "https://secure.na1.adobesign.com/public/oauth/v2",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "user_read:self" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.na1.adobesign.com/oauth/v2/token",
      auth: "post",
      callback: {
        api_access_point: "https://api.na1.adobesign.com/",
        web_access_point: "https://secure.na1.adobesign.com/",
      },
      answer: {
        access_token: "3AAABLblqZhByhLuqlb-eHHKJc8GQGp4E3P4iKZvEXAMPLE",
        refresh_token: "3AAABLblqZhC_nJCT7n7KlOL4kSxMQ5oUzvzJPcEXAMPLE",
        token_type: "Bearer",
        api_access_point: "https://api.na1.adobesign.com/",
        web_access_point: "https://secure.na1.adobesign.com/",
        expires_in: 3600,
      },
      expect: { api_access_point: "https://api.na1.adobesign.com/" },
    },
    profile: { url: "https://api.na1.adobesign.com/api/rest/v6/users/me", answer: USER, expected: PROFILE },
  },
  {
    title: "Adobe Acrobat Sign (eu1 shard)",
    preset: adobesign,
    options: { shard: "eu1" },
    authorize: {
      url: "https://secure.eu1.adobesign.com/public/oauth/v2",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "user_read:self" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.eu1.adobesign.com/oauth/v2/token",
      auth: "post",
      answer: {
        access_token: "3AAABLblqZhByhLuqlb-eHHKJc8GQGp4E3P4iKZvEXAMPLE",
        refresh_token: "3AAABLblqZhC_nJCT7n7KlOL4kSxMQ5oUzvzJPcEXAMPLE",
        token_type: "Bearer",
        api_access_point: "https://api.eu1.adobesign.com/",
        web_access_point: "https://secure.eu1.adobesign.com/",
        expires_in: 3600,
      },
      expect: { web_access_point: "https://secure.eu1.adobesign.com/" },
    },
    profile: { url: "https://api.eu1.adobesign.com/api/rest/v6/users/me", answer: USER, expected: PROFILE },
  },
];
