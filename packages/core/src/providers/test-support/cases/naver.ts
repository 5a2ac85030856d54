// Naver: the provider's documented behaviour.
import { expect } from "vitest";
import { naver } from "../../naver.js";
import { CLIENT_ID, type PresetCase, STATE } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: naver,
    authorize: {
      url: "https://nid.naver.com/oauth2.0/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://nid.naver.com/oauth2.0/token",
      auth: "post",
      params: { state: STATE },
      // Naver sends expires_in as a string.
      answer: {
        access_token: "AAAAQosjWDJieBiQZc3to9YQp6HDLvrmyKC+6+iZ3gq7qrkqf50ljZC+Lgoqrg",
        refresh_token: "c8ceMEJisO4Se7uGisHoX0f5JEii7JnipglQipkOn5Zp3tyP7dHQoP0zNKHUq2gY",
        token_type: "bearer",
        expires_in: "3600",
      },
      expect: { token_type: "bearer", expires_at: expect.any(Number) },
    },
    profile: {
      url: "https://openapi.naver.com/v1/nid/me",
      answer: {
        resultcode: "00",
        message: "success",
        response: {
          email: "openapi@naver.com",
          nickname: "OpenAPI",
          profile_image: "https://ssl.pstatic.net/static/pwe/address/nodata_33x33.gif",
          age: "40-49",
          gender: "F",
          id: "32742776",
          name: "오픈 API",
          birthday: "10-01",
        },
      },
      expected: {
        id: "32742776",
        name: "오픈 API",
        email: "openapi@naver.com",
        avatarUrl: "https://ssl.pstatic.net/static/pwe/address/nodata_33x33.gif",
      },
    },
  },
];
