// OpenStreetMap, one of Flask-Dance's presets: the provider's documented behaviour.
import { osm } from "../../osm.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: osm,
    authorize: {
      url: "https://www.openstreetmap.org/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read_prefs" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://www.openstreetmap.org/oauth2/token",
      auth: "post",
      answer: {
        access_token: "5YYR9gdsR1pdLUyZrbJoWbBS",
        token_type: "Bearer",
        scope: "read_prefs",
        created_at: 1676287640,
      },
      expect: { access_token: "5YYR9gdsR1pdLUyZrbJoWbBS" },
    },
    profile: {
      url: "https://api.openstreetmap.org/api/0.6/user/details.json",
      answer: {
        version: "0.6",
        user: {
          id: 1234,
          display_name: "mapper",
          account_created: "2014-05-14T09:21:50Z",
          img: { href: "https://www.openstreetmap.org/rails/active_storage/avatar.png" },
        },
      },
      expected: {
        id: 1234,
        name: "mapper",
        avatarUrl: "https://www.openstreetmap.org/rails/active_storage/avatar.png",
      },
    },
  },
];
