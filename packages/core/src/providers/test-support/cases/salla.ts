// Salla: the provider's documented behaviour.
import { salla } from "../../salla.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: salla,
    authorize: {
      url: "https://accounts.salla.sa/oauth2/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "offline_access" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://accounts.salla.sa/oauth2/token",
      auth: "post",
      answer: {
        access_token: "ory_at_n6Pq2sV8xZ1bC4dF7gH0jK3mN5pQ8rS1tU4vW7xY0",
        expires_in: 1209600,
        refresh_token: "ory_rt_a2B4c6D8e0F2g4H6i8J0k2L4m6N8o0P2q4R6s8T0",
        scope: "offline_access",
        token_type: "bearer",
      },
      expect: { refresh_token: "ory_rt_a2B4c6D8e0F2g4H6i8J0k2L4m6N8o0P2q4R6s8T0" },
    },
    profile: {
      url: "https://accounts.salla.sa/oauth2/user/info",
      answer: {
        status: 200,
        success: true,
        data: {
          id: 1771165749,
          name: "Test User",
          email: "testuser@email.partners",
          mobile: "+966500000000",
          role: "user",
          created_at: "2021-12-31 11:36:57",
          merchant: {
            id: 1803665367,
            username: "dev-j8gtzhp59w3irgsw",
            name: "dev-j8gtzhp59w3irgsw",
            avatar: "https://i.ibb.co/jyqRQfQ/avatar-male.webp",
            store_location: "26.989000873354787,49.62477639657287",
            plan: "special",
            status: "active",
            domain: "https://salla.sa/dev-j8gtzhp59w3irgsw",
            created_at: "2021-12-31 11:36:57",
          },
        },
      },
      expected: {
        id: 1771165749,
        name: "Test User",
        email: "testuser@email.partners",
        avatarUrl: "https://i.ibb.co/jyqRQfQ/avatar-male.webp",
      },
    },
  },
];
