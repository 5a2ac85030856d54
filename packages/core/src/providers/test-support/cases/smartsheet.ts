// Smartsheet: the provider's documented behaviour.
import { smartsheet } from "../../smartsheet.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const ANSWER = {
  access_token: "ll352u9jujauoqz4gstvsae05",
  token_type: "bearer",
  refresh_token: "e9x352a9mp4151le2505",
  expires_in: 604799,
};

const USER = {
  id: 4583173393803140,
  email: "john.doe@smartsheet.com",
  firstName: "John",
  lastName: "Doe",
  locale: "en_US",
  timeZone: "US/Pacific",
  account: { name: "Acme", id: 942513719853956 },
};

const EXPECTED = { id: 4583173393803140, name: "John Doe", email: "john.doe@smartsheet.com" };

export const CASES: PresetCase[] = [
  {
    preset: smartsheet,
    authorize: {
      url: "https://app.smartsheet.com/b/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "READ_SHEETS" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.smartsheet.com/2.0/token",
      auth: "post",
      answer: ANSWER,
      expect: { refresh_token: "e9x352a9mp4151le2505" },
    },
    profile: { url: "https://api.smartsheet.com/2.0/users/me", answer: USER, expected: EXPECTED },
  },
  {
    title: "Smartsheet (Regions Europe)",
    preset: smartsheet,
    options: { region: "eu" },
    authorize: {
      url: "https://app.smartsheet.eu/b/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "READ_SHEETS" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.smartsheet.eu/2.0/token",
      auth: "post",
      answer: ANSWER,
      expect: { access_token: "ll352u9jujauoqz4gstvsae05" },
    },
    profile: { url: "https://api.smartsheet.eu/2.0/users/me", answer: USER, expected: EXPECTED },
  },
];
