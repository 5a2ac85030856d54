// Amazon: the provider's documented behaviour.
import { amazon } from "../../amazon.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: amazon,
    authorize: {
      url: "https://www.amazon.com/ap/oa",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "profile" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://api.amazon.com/auth/o2/token",
      auth: "post",
      answer: {
        access_token: "Atza|IQEBLjAsAhRmHjNgHpi0U-Dme37rR6CuUpSR",
        token_type: "bearer",
        expires_in: 3600,
        refresh_token: "Atzr|IQEBLzAtAhRPpMJxdwVz2Nn6f2y-tpJX2DeX",
      },
      expect: { refresh_token: "Atzr|IQEBLzAtAhRPpMJxdwVz2Nn6f2y-tpJX2DeX" },
    },
    profile: {
      url: "https://api.amazon.com/user/profile",
      answer: {
        user_id: "amzn1.account.K2LI23KL2LK2",
        email: "mhashimoto-04@plaxo.com",
        name: "Mork Hashimoto",
        postal_code: "98052",
      },
      expected: {
        id: "amzn1.account.K2LI23KL2LK2",
        name: "Mork Hashimoto",
        email: "mhashimoto-04@plaxo.com",
      },
    },
  },
];
