// The demo's providers: Local ID always, GitHub and Google when their client ids are configured.
import { oauth2, type Provider } from "@oauth-dance/core";
import { github, google } from "@oauth-dance/core/providers";
import type { LocalIdServer } from "@oauth-dance/local-id";
import type { SetupHint } from "./page.js";
import { githubProfile, googleProfile, localIdProfile, type ProfileSource } from "./profile.js";

/** One provider as the demo uses it. */
export interface DemoProvider {
  /** The name in `createDance({ providers })`, and so in `/login/<name>`. */
  name: string;
  label: string;
  provider: Provider;
  /** Where the profile comes from; the "Call the API" button asks the same endpoint. */
  profile: ProfileSource;
  /** Whether `handle.logout()` revokes the token at the provider (it has a revocation endpoint). */
  revokes: boolean;
}

/** A provider the demo can add, and what a person must configure for it. */
interface OptionalProvider {
  name: string;
  label: string;
  /** The environment variable whose presence turns the provider on. */
  clientIdKey: string;
  clientSecretKey: string;
  /** Where to register an app. */
  register: string;
  create(): Provider;
  profile: ProfileSource;
  revokes: boolean;
}

/** The demo app's client at Local ID. */
export const LOCAL_CLIENT = { clientId: "oauth-dance-demo", clientSecret: "oauth-dance-demo-secret" };

const optional: OptionalProvider[] = [
  {
    name: "github",
    label: "GitHub",
    clientIdKey: "GITHUB_CLIENT_ID",
    clientSecretKey: "GITHUB_CLIENT_SECRET",
    register: "an OAuth App (github.com/settings/developers)",
    // No clientId here: the preset reads GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET from the adapter's config.
    create: () => github({ scope: ["read:user", "user:email"] }),
    profile: githubProfile,
    revokes: false,
  },
  {
    name: "google",
    label: "Google",
    clientIdKey: "GOOGLE_CLIENT_ID",
    clientSecretKey: "GOOGLE_CLIENT_SECRET",
    register: "an OAuth client of type Web application (console.cloud.google.com/apis/credentials)",
    create: () => google(),
    profile: googleProfile,
    revokes: true,
  },
];

export function demoProviders(idp: LocalIdServer, env: Record<string, string | undefined>): DemoProvider[] {
  const local: DemoProvider = {
    name: "local",
    label: "Local ID",
    provider: oauth2({
      issuer: idp.issuer,
      ...LOCAL_CLIENT,
      // offline_access asks for a refresh token; oidc-provider grants it only with prompt=consent.
      scope: ["openid", "profile", "email", "offline_access"],
      authorizationParams: { prompt: "consent" },
      baseUrl: idp.apiUrl,
    }),
    profile: localIdProfile,
    revokes: true,
  };
  const configured = optional
    .filter((entry) => env[entry.clientIdKey])
    .map(({ name, label, create, profile, revokes }) => ({
      name,
      label,
      provider: create(),
      profile,
      revokes,
    }));
  return [local, ...configured];
}

/** How to add each provider that is not configured. */
export function setupHints(env: Record<string, string | undefined>, appUrl: string): SetupHint[] {
  return optional
    .filter((entry) => !env[entry.clientIdKey])
    .map((entry) => ({
      label: entry.label,
      register: entry.register,
      callbackUrl: `${appUrl}/login/${entry.name}/authorized`,
      keys: [entry.clientIdKey, entry.clientSecretKey],
    }));
}
