// What a dance route works with: the dance's shared services it uses, and its request's session, clients, tokens.
import type { AuthorizedEvent } from "../hooks.js";
import type { DanceRequest } from "../http/request.js";
import type { ProtocolClient } from "../protocols/protocol.js";
import type { ProviderRuntime } from "../protocols/provider-runtime.js";
import type { DanceServices } from "../services.js";
import type { SessionCookies } from "../session/session-cookies.js";
import type { TokenAccess } from "../storage/token-access.js";
import type { TelemetrySpan } from "../telemetry.js";

/** The services a route uses. */
export type RouteServices = Pick<
  DanceServices,
  | "hooks"
  | "logger"
  | "redirectTo"
  | "paths"
  | "telemetry"
  | "storage"
  | "now"
  | "logoutList"
  | "logoutReplays"
>;

/** The request a route answers. */
export interface RouteScope {
  readonly request: DanceRequest;
  /** The framework's own request object, for the hooks. */
  readonly native: unknown;
  readonly session: SessionCookies;
  /** The provider's client for this request (`fromConfig` applied, chosen per request). */
  client(provider: string): Promise<ProtocolClient>;
  /** The provider's token for this request, shared with its handle: the account stored last, or the one named. */
  tokens(provider: string, account?: string): TokenAccess;
  /** The provider's handle, as the `authorized` hook receives it. */
  handle(provider: string): AuthorizedEvent["handle"];
  takeCookies(): string[];
}

/** One route call: the services, the request, and the provider the route is for. */
export interface RouteCall {
  services: RouteServices;
  scope: RouteScope;
  runtime: ProviderRuntime;
  /** The route's span, when the app traces. */
  span?: TelemetrySpan | undefined;
}
