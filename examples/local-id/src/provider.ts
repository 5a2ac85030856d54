// Builds the oidc-provider instance: scopes, claims, tokens, keys and storage.
import { randomBytes, type X509Certificate } from "node:crypto";
import type { TLSSocket } from "node:tls";
import type { ClientAuthMethod, Configuration, KoaContextWithOIDC } from "oidc-provider";
import { type LocalIdClient, toClientMetadata } from "./clients.js";
import type { MemoryStore } from "./memory-adapter.js";
import { Provider } from "./oidc-provider.js";
import { logoutPage, messagePage } from "./pages.js";
import type { LocalIdStats } from "./server.js";
import { signingKey } from "./signing-key.js";
import { accountFinder, type LocalIdUser } from "./users.js";

export type LocalIdProvider = InstanceType<typeof Provider>;

export interface ProviderSettings {
  issuer: string;
  clients: LocalIdClient[];
  users: LocalIdUser[];
  accessTokenTtl: number;
  store: MemoryStore;
  /** Counts token-endpoint requests by grant_type, and registrations. */
  stats: LocalIdStats;
  /** The ids of clients registered through the registration endpoint, in order. */
  registered: string[];
  /** Dynamic client registration: off, open, or only with this initial access token. */
  registration: boolean | { initialAccessToken: string };
  requirePushedAuthorizationRequests: boolean;
  dpopNonces: boolean;
  requestObjects: boolean;
  /** The https origin whose endpoints take client certificates (mTLS), when there is one. */
  mtlsOrigin: string | undefined;
  /** How the server calls clients (back-channel logout tokens). */
  fetch: typeof fetch;
}

const DAY = 24 * 60 * 60;

/** oidc-provider's default client authentication methods. */
const CLIENT_AUTH_METHODS: ClientAuthMethod[] = [
  "client_secret_basic",
  "client_secret_jwt",
  "client_secret_post",
  "private_key_jwt",
  "none",
];

function html(ctx: KoaContextWithOIDC, body: string): void {
  ctx.type = "html";
  ctx.body = body;
}

export async function createProvider(settings: ProviderSettings): Promise<LocalIdProvider> {
  // Every default oidc-provider helper we leave in place prints a "you SHOULD change this"
  // notice the first time it runs, so each one that a normal dance reaches is set here.
  const configuration: Configuration = {
    adapter: settings.store.adapter,
    clients: settings.clients.map(toClientMetadata),
    findAccount: accountFinder(settings.users),
    jwks: { keys: [await signingKey()] },
    // Signed cookies; fresh keys per server are fine because nothing outlives the process.
    cookies: { keys: [randomBytes(32).toString("base64url"), randomBytes(32).toString("base64url")] },
    responseTypes: ["code"], // authorization code flow only (no implicit/hybrid)
    scopes: ["openid", "profile", "email", "offline_access"],
    claims: { openid: ["sub"], profile: ["name"], email: ["email", "email_verified"] },
    features: {
      devInteractions: { enabled: false }, // we serve our own /interaction/:uid pages
      userinfo: { enabled: true },
      revocation: {
        enabled: true,
        allowedPolicy: (_ctx, client, token) => token.clientId === client.clientId,
      },
      pushedAuthorizationRequests: {
        enabled: true,
        requirePushedAuthorizationRequests: settings.requirePushedAuthorizationRequests,
      },
      // Nonces are issued when asked for; a fresh secret per server, like the cookie keys.
      dPoP: { enabled: true, nonceSecret: randomBytes(32), requireNonce: () => settings.dpopNonces },
      requestObjects: { enabled: settings.requestObjects },
      registration: registrationFeature(settings.registration),
      mTLS: {
        enabled: settings.mtlsOrigin !== undefined,
        certificateBoundAccessTokens: true,
        tlsClientAuth: true,
        selfSignedTlsClientAuth: true,
        // The certificate of the https server's connection; none on the plain one.
        getCertificate: (ctx) => peerCertificate(ctx.socket),
        certificateAuthorized: (ctx) => (ctx.socket as TLSSocket).authorized === true,
        certificateSubjectMatches: (ctx, property, expected) =>
          property === "tls_client_auth_subject_dn" && peerCertificate(ctx.socket)?.subject === expected,
      },
      // On by default; with it a `resource` parameter would need resource-server config we don't have.
      resourceIndicators: { enabled: false },
      // Logout tokens go to every client of the session that registered a `backchannel_logout_uri`.
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => html(ctx, logoutPage(form)),
        postLogoutSuccessSource: (ctx) =>
          html(ctx, messagePage("Signed out", "You are signed out of Local ID.")),
      },
    },
    // Same as the default, spelled out: refresh tokens for clients allowed the refresh_token
    // grant (all of ours) that were granted offline_access.
    issueRefreshToken: (_ctx, client, source) =>
      client.grantTypeAllowed("refresh_token") && source.scopes.has("offline_access"),
    ttl: {
      AccessToken: settings.accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      RefreshToken: 14 * DAY,
      Interaction: 60 * 60,
      Session: 14 * DAY,
      Grant: 14 * DAY,
    },
    // Browser apps may call the token/userinfo endpoints from their redirect URI origins.
    clientBasedCORS: (_ctx, origin, client) =>
      client.redirectUris?.some((uri) => URL.parse(uri)?.origin === origin) ?? false,
    ...(settings.mtlsOrigin
      ? {
          discovery: { mtls_endpoint_aliases: mtlsAliases(settings.mtlsOrigin) },
          clientAuthMethods: [...CLIENT_AUTH_METHODS, "tls_client_auth", "self_signed_tls_client_auth"],
        }
      : {}),
    fetch: settings.fetch,
    renderError: (ctx, out) => html(ctx, messagePage("Something went wrong", { ...out })),
  };

  const provider = new Provider(settings.issuer, configuration);

  // Runs around oidc-provider's own routing, so the form body is already parsed into params.
  provider.use(async (ctx, next) => {
    await next();
    const oidc = (ctx as KoaContextWithOIDC).oidc;
    if (ctx.method === "POST" && oidc?.route === "token") {
      const grantType = String(oidc.params?.grant_type ?? "unknown");
      const { tokenRequests } = settings.stats;
      tokenRequests[grantType] = (tokenRequests[grantType] ?? 0) + 1;
    }
    if (ctx.method === "POST" && oidc?.route === "registration") {
      settings.stats.registrationRequests++;
      if (ctx.status === 201 && oidc.client) {
        settings.stats.registrations++;
        settings.registered.push(oidc.client.clientId);
      }
    }
  });

  return provider;
}

/** oidc-provider's registration feature; a fixed string is the one initial access token it accepts. */
function registrationFeature(registration: ProviderSettings["registration"]) {
  if (!registration) return { enabled: false };
  return {
    enabled: true,
    ...(typeof registration === "object" ? { initialAccessToken: registration.initialAccessToken } : {}),
  };
}

/** The client certificate a connection presented: only TLS sockets have one. */
export function peerCertificate(socket: unknown): X509Certificate | undefined {
  return (socket as Partial<TLSSocket>).getPeerX509Certificate?.();
}

/** Where the endpoints that take client certificates are (RFC 8705 §5): the same paths on the https server. */
function mtlsAliases(origin: string): Record<string, string> {
  return {
    token_endpoint: `${origin}/token`,
    revocation_endpoint: `${origin}/token/revocation`,
    userinfo_endpoint: `${origin}/me`,
    pushed_authorization_request_endpoint: `${origin}/request`,
  };
}
