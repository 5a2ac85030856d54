// startLocalId(): a real OpenID Connect server on 127.0.0.1 for tests and demos.
import { createServer, type RequestListener, type Server } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { createApiHandler } from "./api.js";
import type { LocalIdClient } from "./clients.js";
import { sendHtml } from "./http-helpers.js";
import { createInteractionHandler } from "./interactions.js";
import { createMemoryStore } from "./memory-adapter.js";
import { messagePage } from "./pages.js";
import { createProvider } from "./provider.js";
import { signLogoutToken } from "./signing-key.js";
import { demoUsers, type LocalIdUser } from "./users.js";

export interface LocalIdOptions {
  /** Default 0: any free port. Always binds 127.0.0.1. */
  port?: number;
  clients: LocalIdClient[];
  /** Default demoUsers. */
  users?: LocalIdUser[];
  /** Seconds; default 3600. */
  accessTokenTtl?: number;
  /**
   * For scripted clients: when the authorization request has `login_hint=<userId>`, sign that
   * user in and consent without showing pages (`login_hint=deny` denies). Default false.
   */
  autoLogin?: boolean;
  /** Refuse authorization requests that were not pushed first (RFC 9126), for every client. Default false. */
  requirePushedAuthorizationRequests?: boolean;
  /** Make DPoP proofs carry a nonce the server gave (RFC 9449 §8), at the token endpoint and userinfo. Default false. */
  dpopNonces?: boolean;
  /** Accept signed request objects (RFC 9101 JAR). Default false. */
  requestObjects?: boolean;
  /**
   * Mutual TLS (RFC 8705): a second, https server whose token, revocation, userinfo, PAR and API endpoints ask
   * for a client certificate; discovery lists them as `mtls_endpoint_aliases`. `ca` signs the client certificates
   * that `tls_client_auth` accepts.
   */
  mtls?: { cert: string; key: string; ca: string };
  /**
   * Dynamic client registration (RFC 7591) at `/reg`, listed in discovery as `registration_endpoint`: `true` for
   * open registration, or `{ initialAccessToken }` to accept only registrations that carry that bearer token.
   * Registered clients live as long as the server. Default off.
   */
  registration?: boolean | { initialAccessToken: string };
  /**
   * How the server calls clients (back-channel logout tokens to `backchannel_logout_uri`). Default the global
   * fetch, to any address, loopback included (oidc-provider's own default refuses special-use addresses).
   */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
}

/** A back-channel logout the server sent: to which client, for whom, and whether the client answered 200. */
export interface LocalIdBackchannelLogout {
  clientId: string;
  accountId: string;
  sid: string | undefined;
  ok: boolean;
  error?: string;
}

export interface LocalIdServer {
  /** "http://127.0.0.1:<port>" */
  issuer: string;
  port: number;
  /** `${issuer}/api/`: a protected resource API (/api/me, /api/echo). */
  apiUrl: string;
  /** With `mtls`: the https origin of the endpoints that take client certificates, and its API. */
  mtls?: { origin: string; apiUrl: string };
  close(): Promise<void>;
  /**
   * For tests: token-endpoint requests by grant_type, and client registrations (`registration`): the ones the
   * server accepted, and every request it had, refused ones included.
   */
  stats: LocalIdStats;
  /** The clients registered through `registration` so far, in order: their metadata as the server keeps it. */
  registeredClients(): Promise<Record<string, unknown>[]>;
  /**
   * Ends the life of every access token issued so far, as their expiry would (refresh tokens stay valid): tests
   * expire tokens at the server this way instead of waiting for the clock.
   */
  expireAccessTokens(): void;
  /** Whether an access or refresh token is still live here (not expired, not revoked). */
  isLive(token: string): Promise<boolean>;
  /** The back-channel logouts sent so far, in order; each ended before the user's logout page answered. */
  backchannelLogouts: LocalIdBackchannelLogout[];
  /**
   * Signs a logout token with this server's ID token key (RS256): the claims as given, nothing added. With
   * `forged`, signs with another key under the same `kid`, as an attacker would.
   */
  signLogoutToken(claims: Record<string, unknown>, options?: { forged?: boolean }): Promise<string>;
}

export interface LocalIdStats {
  tokenRequests: Record<string, number>;
  /** Registrations accepted (201). */
  registrations: number;
  /** Registration requests, refused ones included. */
  registrationRequests: number;
}

export async function startLocalId(options: LocalIdOptions): Promise<LocalIdServer> {
  const users = options.users ?? demoUsers;
  const stats: LocalIdStats = { tokenRequests: {}, registrations: 0, registrationRequests: 0 };
  const registered: string[] = [];

  // We need the port for the issuer URL before the provider exists, so listen first
  // and route requests once everything is built.
  let route: RequestListener | undefined;
  const server = createServer((req, res) => {
    if (route) route(req, res);
    else sendHtml(res, 503, messagePage("Starting", "Local ID is still starting."));
  });
  await listen(server, options.port ?? 0);
  const tlsServer =
    options.mtls &&
    createTlsServer({ ...options.mtls, requestCert: true, rejectUnauthorized: false }, (req, res) => {
      if (route) route(req, res);
      else sendHtml(res, 503, messagePage("Starting", "Local ID is still starting."));
    });
  if (tlsServer) await listen(tlsServer, 0);

  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const mtlsOrigin = tlsServer && `https://127.0.0.1:${(tlsServer.address() as AddressInfo).port}`;
  const store = createMemoryStore();
  const provider = await createProvider({
    issuer,
    store,
    clients: options.clients,
    users,
    accessTokenTtl: options.accessTokenTtl ?? 3600,
    stats,
    registered,
    registration: options.registration ?? false,
    requirePushedAuthorizationRequests: options.requirePushedAuthorizationRequests ?? false,
    dpopNonces: options.dpopNonces ?? false,
    requestObjects: options.requestObjects ?? false,
    mtlsOrigin,
    fetch: (url, init) => {
      const { dispatcher: _ssrfGuard, ...rest } = init as RequestInit & { dispatcher?: unknown };
      return (options.fetch ?? fetch)(String(url), rest);
    },
  }).catch((error: unknown) => {
    server.close();
    tlsServer?.close();
    throw error;
  });
  const backchannelLogouts: LocalIdBackchannelLogout[] = [];
  provider.on("backchannel.success", (_ctx, client, accountId, sid) => {
    backchannelLogouts.push({ clientId: client.clientId, accountId, sid, ok: true });
  });
  provider.on("backchannel.error", (_ctx, error, client, accountId, sid) => {
    const reason = error instanceof Error ? error.message : String(error);
    backchannelLogouts.push({ clientId: client.clientId, accountId, sid, ok: false, error: reason });
  });
  const handleInteraction = createInteractionHandler(provider, {
    users,
    autoLogin: options.autoLogin ?? false,
  });
  const handleApi = createApiHandler(provider, users);
  const handleOidc = provider.callback();

  route = (req, res) => {
    const url = new URL(
      req.url ?? "/",
      (req.socket as { encrypted?: boolean }).encrypted ? mtlsOrigin : issuer,
    );
    let handled: Promise<void>;
    if (url.pathname.startsWith("/interaction/")) handled = handleInteraction(req, res, url.pathname);
    else if (url.pathname.startsWith("/api/")) handled = handleApi(req, res, url);
    else handled = handleOidc(req, res); // discovery, /auth, /token, /me (userinfo), /jwks, ...
    handled.catch((error: unknown) => {
      if (!res.headersSent) sendHtml(res, 500, messagePage("Something went wrong", String(error)));
      else res.destroy();
    });
  };

  return {
    issuer,
    port,
    apiUrl: `${issuer}/api/`,
    stats,
    registeredClients: async () => {
      const clients = await Promise.all(registered.map((id) => provider.Client.find(id)));
      return clients.flatMap((client) => (client ? [client.metadata() as Record<string, unknown>] : []));
    },
    expireAccessTokens: () => store.expireAll("AccessToken"),
    backchannelLogouts,
    signLogoutToken: (claims, signOptions) => signLogoutToken(claims, signOptions?.forged ?? false),
    isLive: async (token) =>
      Boolean((await provider.AccessToken.find(token)) ?? (await provider.RefreshToken.find(token))),
    ...(mtlsOrigin ? { mtls: { origin: mtlsOrigin, apiUrl: `${mtlsOrigin}/api/` } } : {}),
    close: async () => {
      await Promise.all([server, tlsServer].map((open) => open && close(open)));
    },
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // close() only stops accepting; keep-alive connections would hold it open.
    server.closeAllConnections();
  });
}
