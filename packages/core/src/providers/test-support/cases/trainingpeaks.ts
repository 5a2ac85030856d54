// TrainingPeaks: the provider's documented behaviour.
import { trainingpeaks } from "../../trainingpeaks.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const ANSWER = {
  access_token: "gAAAAJ8rZq3x7Yv2Nw1Lk5Hs0Pd4Tf6Bm9Cj",
  token_type: "bearer",
  expires_in: 600,
  refresh_token: "Xr2Lp8Qs4Vt6Ny0Mb3Kd",
  scope: "athlete:profile",
};
const ATHLETE = { Id: 123456, FirstName: "Jane", LastName: "Athlete", Email: "jane@example.com" };

export const CASES: PresetCase[] = [
  {
    preset: trainingpeaks,
    authorize: {
      url: "https://oauth.trainingpeaks.com/OAuth/Authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "athlete:profile" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://oauth.trainingpeaks.com/oauth/token",
      auth: "post",
      answer: ANSWER,
      expect: { refresh_token: "Xr2Lp8Qs4Vt6Ny0Mb3Kd" },
    },
    profile: {
      url: "https://api.trainingpeaks.com/v1/athlete/profile",
      answer: ATHLETE,
      expected: { id: 123456, name: "Jane Athlete", email: "jane@example.com" },
    },
  },
  {
    title: "TrainingPeaks (sandbox)",
    preset: trainingpeaks,
    options: { sandbox: true },
    authorize: {
      url: "https://oauth.sandbox.trainingpeaks.com/OAuth/Authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "athlete:profile" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://oauth.sandbox.trainingpeaks.com/oauth/token",
      auth: "post",
      answer: ANSWER,
      expect: { access_token: "gAAAAJ8rZq3x7Yv2Nw1Lk5Hs0Pd4Tf6Bm9Cj" },
    },
    profile: {
      url: "https://api.sandbox.trainingpeaks.com/v1/athlete/profile",
      answer: ATHLETE,
      expected: { id: 123456, name: "Jane Athlete", email: "jane@example.com" },
    },
  },
];
