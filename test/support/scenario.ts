// What every scenario driver provides: a real Local ID, the dance that uses it, and an app served by one framework.
import {
  createDance,
  type Dance,
  type DanceOptions,
  type DeclaredProvider,
  type OAuth2Options,
  oauth2,
} from "@oauth-dance/core";
import {
  type LocalIdClient,
  type LocalIdOptions,
  type LocalIdServer,
  type LocalIdUser,
  startLocalId,
} from "@oauth-dance/local-id";
import { Browser, type OriginFetch } from "./browser.js";
import { PUBLIC_ORIGIN } from "./proxy.js";

export const SECRET = "scenario-secret-that-is-at-least-32-chars";

export type ProviderOverrides = { [K in keyof OAuth2Options]?: OAuth2Options[K] | undefined };

export interface ScenarioOptions {
  dance?: Partial<Omit<DanceOptions, "providers">>;
  /** Overrides of the "corp" provider's options; `undefined` removes one. A function sees the started Local ID. */
  provider?: ProviderOverrides | ((idp: LocalIdServer) => ProviderOverrides);
  /** Where fromConfig reads from (default: the adapter's own default). */
  config?: Record<string, unknown>;
  /** Believe X-Forwarded-* (Koa: `app.proxy`; the others: the adapter's `trustProxy`). Default false. */
  trustProxy?: boolean;
  /** Who can sign in to Local ID. Default its demo users (alice, bob). */
  users?: LocalIdUser[];
  /** Local ID's server-wide settings (PAR required, DPoP nonces, request objects). */
  idp?: Pick<LocalIdOptions, "requirePushedAuthorizationRequests" | "dpopNonces" | "requestObjects" | "mtls">;
  /** How the app is registered at Local ID, over the default (a Basic client with a secret). */
  client?: Pick<LocalIdClient, "tokenEndpointAuthMethod" | "metadata" | "clientSecret">;
  /** How Local ID is started (for example in a child process). Default `startLocalId`, in this process. */
  startIdp?: (options: LocalIdOptions) => Promise<LocalIdServer>;
  /** How many Local IDs to start, each with the same users and client: the tenants of one provider. Default 1. */
  tenants?: number;
  /** Replaces the "corp" provider, given every Local ID started (the first is `idp`). */
  corp?: (idps: readonly LocalIdServer[]) => DeclaredProvider;
  /** Provider names besides "corp" whose callbacks Local ID accepts (providers looked up at run time). */
  callbackNames?: readonly string[];
  /**
   * Back-channel logout: "corp" gets `backchannelLogout: true`, and the app's `/login/corp/backchannel-logout` is
   * the client's `backchannel_logout_uri` (with `sid` required), which Local ID reaches the way the browser does.
   */
  backchannelLogout?: boolean;
}

export interface Scenario {
  /** Where the app answers; for an app served in memory, an origin no socket listens on. */
  appUrl: string;
  idp: LocalIdServer;
  /** Every Local ID started: `idp` first, then the other tenants. */
  idps: readonly LocalIdServer[];
  dance: Dance;
  /** Reaches the app: over the socket, or straight into the framework in memory. */
  fetch: OriginFetch;
  /** A fresh browser that reaches the app through `fetch`, plus any other origins given. */
  browser(origins?: Readonly<Record<string, OriginFetch>>): Browser;
  close(): Promise<void>;
}

/** One framework (and way of serving it) the scenario table runs against. */
export interface Driver {
  name: string;
  /**
   * Starts Local ID and the app on this framework. `/login/corp?as=alice` logs in as alice without forms
   * (`as=deny` makes the provider refuse). The app's routes are `appRoutes`.
   */
  start(options?: ScenarioOptions): Promise<Scenario>;
}

/** Starts Local ID for an app at `appUrl` and creates the app's dance, whose "corp" provider is that Local ID. */
export async function prepareScenario(
  appUrl: string,
  options: ScenarioOptions,
): Promise<{ idp: LocalIdServer; idps: LocalIdServer[]; dance: Dance }> {
  const prefix = options.dance?.prefix ?? "/login";
  const names = ["corp", ...(options.callbackNames ?? [])];
  const startIdp = () =>
    (options.startIdp ?? startLocalId)({
      autoLogin: true,
      ...options.idp,
      ...(options.users ? { users: options.users } : {}),
      clients: [
        {
          clientId: "scenario-app",
          clientSecret: "scenario-secret",
          redirectUris: [appUrl, PUBLIC_ORIGIN].flatMap((origin) =>
            names.map((name) => `${origin}${prefix}/${name}/authorized`),
          ),
          ...options.client,
          metadata: {
            post_logout_redirect_uris: [appUrl, PUBLIC_ORIGIN].flatMap((origin) =>
              names.map((name) => `${origin}${prefix}/${name}/logged-out`),
            ),
            ...backchannel,
            ...options.client?.metadata,
          },
        },
      ],
      ...(options.backchannelLogout ? { fetch: idpFetch } : {}),
    });
  const reach: AppReach = {};
  const backchannel = options.backchannelLogout
    ? {
        backchannel_logout_uri: `${appUrl}${prefix}/corp/backchannel-logout`,
        backchannel_logout_session_required: true,
      }
    : {};
  // The app in memory has no socket: Local ID's calls to it go where the browser's do.
  const idpFetch = (url: string, init: RequestInit) =>
    reach.fetch && new URL(url).origin === appUrl ? reach.fetch(new URL(url), init) : fetch(url, init);
  const idps = await Promise.all(Array.from({ length: options.tenants ?? 1 }, startIdp));
  const idp = idps[0] as LocalIdServer;
  const dance = createDance({
    secret: SECRET,
    ...options.dance,
    on: {
      // Test-only: pass ?as=<user> through to Local ID's autoLogin.
      beforeLogin: ({ url, request }) => {
        const as = request.url.searchParams.get("as");
        if (as) url.searchParams.set("login_hint", as);
      },
      ...options.dance?.on,
    },
    providers: {
      corp:
        options.corp?.(idps) ??
        oauth2({
          issuer: idp.issuer,
          clientId: "scenario-app",
          clientSecret: "scenario-secret",
          scope: ["openid", "email", "profile"],
          baseUrl: idp.apiUrl,
          ...(options.backchannelLogout ? { backchannelLogout: true } : {}),
          ...((typeof options.provider === "function"
            ? options.provider(idp)
            : options.provider) as OAuth2Options),
        }),
    },
  });
  reaches.set(dance, reach);
  return { idp, idps, dance };
}

/** How Local ID reaches a scenario's app, once the driver has said how (`scenarioOf`). */
interface AppReach {
  fetch?: OriginFetch;
}

const reaches = new WeakMap<Dance, AppReach>();

/** Completes a driver's scenario: the browser factory, and closing the app before Local ID. */
export function scenarioOf(parts: Omit<Scenario, "browser">): Scenario {
  const reach = reaches.get(parts.dance);
  if (reach) reach.fetch = parts.fetch;
  return {
    ...parts,
    browser: (origins = {}) => new Browser({ ...origins, [parts.appUrl]: parts.fetch }),
    async close() {
      await parts.close();
      await Promise.all(parts.idps.map((idp) => idp.close()));
    },
  };
}
