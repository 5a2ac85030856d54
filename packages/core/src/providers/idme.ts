// ID.me: identity and group verification; the scope names the policy, the user's attributes come as a list.
import { text } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface IdmeOptions {
  /** The policy (group or verification) handle to ask for, the app's scope: `military`, `student`, `nurse`, ... */
  policy: string;
  /** Use ID.me's sandbox (`api.idmelabs.com`) instead of production. */
  sandbox?: boolean;
}

/** ID.me's `GET /api/public/v3/attributes.json` answer. */
export interface IdmeProfile {
  attributes: { handle: string; name: string; value: string }[];
  status: { group: string; subgroups?: string[]; verified: boolean }[];
  [field: string]: unknown;
}

/**
 * ID.me. Access tokens last five minutes. The user is a list of `attributes` (handles `uuid`, `email`, `fname`,
 * `lname`, ...) and a `status` list saying which groups they verified. Without `clientId`, reads
 * `IDME_CLIENT_ID` / `IDME_CLIENT_SECRET`.
 *
 * @example idme({ policy: "military", clientId, clientSecret })
 */
export const idme = oauth2Preset<IdmeOptions, IdmeProfile>({
  id: "idme",
  name: "ID.me",
  docs: "https://developers.id.me/documentation/oauth/overview/identity",
  checked: "2026-12-04",
  options: ["policy", "sandbox"],
  required: ["policy"],
  example: { policy: "military" },
  oauth2: ({ policy, sandbox }) => {
    const origin = sandbox ? "https://api.idmelabs.com" : "https://api.id.me";
    return {
      authorizationUrl: `${origin}/oauth/authorize`,
      tokenUrl: `${origin}/oauth/token`,
      baseUrl: `${origin}/api/public/v3/`,
      scope: [policy],
      tokenEndpointAuthMethod: "client_secret_post",
      refresh: "standard",
    };
  },
  profile: {
    url: "attributes.json",
    map: (raw) => {
      const attribute = (handle: string) => raw.attributes.find((a) => a.handle === handle)?.value;
      const name = [attribute("fname"), attribute("lname")].filter(Boolean).join(" ");
      return { id: attribute("uuid") ?? "", name: name || undefined, email: text(attribute("email")) };
    },
  },
});
