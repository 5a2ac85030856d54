// Dialpad: the provider's documented behaviour.
import { dialpad } from "../../dialpad.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const ANSWER = {
  access_token: "dp.9cBfWm3aS1qL0xYk4RzT7nVe2uHo",
  token_type: "Bearer",
  expires_in: 2591999,
  refresh_token: "dpr.Xx81Ka0ZbQm2Lr7Tq4VsWn9E",
};
const USER = {
  id: 5384562890997760,
  emails: ["jane.doe@example.com"],
  first_name: "Jane",
  last_name: "Doe",
  display_name: "Jane Doe",
  image_url: "https://dialpad.com/avatar/user/5384562890997760.png",
  company_id: 4612394880991232,
  state: "active",
};
const PROFILE = {
  id: 5384562890997760,
  name: "Jane Doe",
  email: "jane.doe@example.com",
  avatarUrl: "https://dialpad.com/avatar/user/5384562890997760.png",
};

export const CASES: PresetCase[] = [
  {
    preset: dialpad,
    authorize: {
      url: "https://dialpad.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://dialpad.com/oauth2/token",
      auth: "post",
      answer: ANSWER,
      expect: { refresh_token: "dpr.Xx81Ka0ZbQm2Lr7Tq4VsWn9E" },
    },
    profile: { url: "https://dialpad.com/api/v2/users/me", answer: USER, expected: PROFILE },
  },
  {
    title: "Dialpad (sandbox)",
    preset: dialpad,
    options: { sandbox: true },
    authorize: {
      url: "https://sandbox.dialpad.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://sandbox.dialpad.com/oauth2/token",
      auth: "post",
      answer: ANSWER,
      expect: { access_token: "dp.9cBfWm3aS1qL0xYk4RzT7nVe2uHo" },
    },
    profile: { url: "https://sandbox.dialpad.com/api/v2/users/me", answer: USER, expected: PROFILE },
  },
];
