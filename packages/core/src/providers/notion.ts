// Notion public integrations: Basic client authentication with a JSON body; the token names the user and workspace.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Notion's token answer: the workspace, and the user who added the integration. */
export interface NotionProfile {
  bot_id: string;
  workspace_id: string;
  workspace_name?: string | null;
  owner:
    | {
        type: "user";
        user: { id: string; name?: string | null; avatar_url?: string | null; person?: { email?: string } };
      }
    | { type: "workspace"; workspace: true };
  [field: string]: unknown;
}

/**
 * Notion. `api` sends the `Notion-Version` header. Without `clientId`, reads `NOTION_CLIENT_ID` /
 * `NOTION_CLIENT_SECRET` from the config source.
 *
 * @example notion({ clientId, clientSecret })
 */
export const notion = oauth2Preset<NoOptions, NotionProfile>({
  id: "notion",
  name: "Notion",
  docs: "https://developers.notion.com/docs/authorization",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://api.notion.com/v1/oauth/authorize",
    tokenUrl: "https://api.notion.com/v1/oauth/token",
    baseUrl: "https://api.notion.com/v1/",
    tokenEndpointAuthMethod: "client_secret_basic",
    tokenRequestFormat: "json",
    authorizationParams: { owner: "user" },
    pkceSupport: "unsupported",
    refresh: "rotating",
    apiHeaders: { "Notion-Version": "2022-06-28" },
  },
  profile: {
    fromToken: true,
    map: ({ owner, bot_id }) =>
      owner.type === "user"
        ? {
            id: owner.user.id,
            name: owner.user.name ?? undefined,
            email: owner.user.person?.email,
            avatarUrl: owner.user.avatar_url ?? undefined,
          }
        : { id: bot_id },
  },
});
