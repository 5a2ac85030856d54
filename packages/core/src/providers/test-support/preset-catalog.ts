// Every preset with what the providers table says of it: the OAuth 2 presets' own `info`, and the OAuth 1.0a ones'.
import type { Provider } from "../../provider.js";
import * as presets from "../index.js";

/** One row's source: the preset and the options that build a working example of it. */
export interface CatalogEntry {
  id: string;
  name: string;
  docs: string;
  /** The preset's own options. */
  options: readonly string[];
  build: () => Provider;
}

/** What the OAuth 1.0a presets (which carry no `info`) would say about themselves. */
const OAUTH1: Record<string, Omit<CatalogEntry, "id" | "build"> & { example: Record<string, unknown> }> = {
  jira: {
    name: "Jira Server / Data Center",
    docs: "https://developer.atlassian.com/server/jira/platform/oauth/",
    options: ["baseUrl", "consumerKey"],
    example: { baseUrl: "https://jira.example.com", consumerKey: "key", rsaPrivateKey: "PRIVATE KEY" },
  },
  twitter: {
    name: "X (Twitter, OAuth 1.0a)",
    docs: "https://docs.x.com/fundamentals/authentication/oauth-1-0a/obtaining-user-access-tokens",
    options: ["signIn", "forceLogin", "screenName"],
    example: { clientKey: "key", clientSecret: "secret" },
  },
};

type AnyPreset = ((options: Record<string, unknown>) => Provider) & {
  info?: { id: string; name: string; docs: string; options?: readonly string[]; example?: object };
};

/** Every exported preset, by id. */
export function presetCatalog(): CatalogEntry[] {
  return Object.entries(presets as unknown as Record<string, AnyPreset>)
    .filter(([, preset]) => typeof preset === "function")
    .map(([id, preset]) => {
      const { info } = preset;
      if (info) {
        return {
          ...info,
          options: info.options ?? [],
          build: () => preset({ clientId: "id", ...info.example }),
        };
      }
      const described = OAUTH1[id];
      if (!described) throw new Error(`preset ${id} has no info`);
      return { id, ...described, build: () => preset(described.example) };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
