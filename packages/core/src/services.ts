// What `createDance` prepares once and every request shares: providers, paths, session sealing, store, hooks.
import type { TokenRefresher } from "./handle/token-refresher.js";
import type { DanceHooks } from "./hooks.js";
import type { DanceLogger } from "./logger.js";
import type { LogoutTokenReplays } from "./protocols/logout-token-checks.js";
import type { ProviderDirectory } from "./protocols/provider-directory.js";
import type { DancePaths } from "./routes/dance-paths.js";
import type { Sealer } from "./session/seal.js";
import type { LogoutList } from "./storage/logout-list.js";
import type { TokenStorage } from "./storage/token-storage.js";
import type { DanceTelemetry } from "./telemetry.js";

/** How the dance's cookies are named and flagged; Secure and the `__Host-` prefix are decided per request. */
export interface CookiePolicy {
  name: string;
  /** Forced on or off; undefined: on for https requests. */
  secure: boolean | undefined;
  hostPrefix: boolean;
  domain: string | undefined;
  path: string;
}

export interface DanceServices {
  /** Which provider serves a name in a request. */
  providers: ProviderDirectory;
  paths: DancePaths;
  sealer: Sealer;
  storage: TokenStorage;
  cookies: CookiePolicy;
  hooks: DanceHooks;
  logger: DanceLogger;
  /** Where the browser goes after a dance when nothing more specific says. */
  redirectTo: string | undefined;
  /** The fetch `handle.api` sends with (size-limited). */
  apiFetch: typeof fetch;
  /** Milliseconds before a call to a provider is abandoned. */
  timeout: number;
  now: () => number;
  refresher: TokenRefresher;
  /** The logouts providers announced over the back channel. */
  logoutList: LogoutList;
  /** The logout tokens already accepted, so none is accepted twice. */
  logoutReplays: LogoutTokenReplays;
  telemetry: DanceTelemetry;
}
