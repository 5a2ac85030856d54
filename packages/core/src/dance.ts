// `createDance`: checks the options once, prepares every provider, and serves requests through contexts.

import { Sealer } from "#seal";
import { type DanceOptions, danceOptionsSchema, MULTIPLE_ACCOUNTS_STORE } from "./dance-options.js";
import { DanceError } from "./errors.js";
import { TokenRefresher } from "./handle/token-refresher.js";
import type { ClientCertificate } from "./http/client-certificate.js";
import { type FetchOptions, fetchDance, fetchHandles, type WebHandles } from "./http/fetch-handler.js";
import {
  DEFAULT_MAX_API_RESPONSE_BYTES,
  DEFAULT_MAX_RESPONSE_BYTES,
  limitedClientCertificateFetch,
  limitResponseSize,
} from "./http/limited-fetch.js";
import type { DanceRequest } from "./http/request.js";
import { type DanceResult, PASS } from "./http/result.js";
import { silentLogger } from "./logger.js";
import { invalidOptions, optionProblems, parseOptions } from "./options/schema-helpers.js";
import { LogoutTokenReplays } from "./protocols/logout-token-checks.js";
import { ProviderDirectory } from "./protocols/provider-directory.js";
import { optionsSchemaOf } from "./protocols/provider-runtime.js";
import { type DeclaredProvider, isPerRequest, isProvider } from "./provider.js";
import { type ContextOptions, type Handles, handlesFactory, RequestContext } from "./request-context.js";
import { backchannelLogout } from "./routes/backchannel-logout.js";
import { callback } from "./routes/callback.js";
import { allowedMethods } from "./routes/callback-params.js";
import { DancePaths } from "./routes/dance-paths.js";
import { loggedOut } from "./routes/logged-out.js";
import { login } from "./routes/login.js";
import type { DanceServices } from "./services.js";
import { MemoryLogoutList } from "./storage/logout-list.js";
import { SessionStorage } from "./storage/session-storage.js";
import { DanceTelemetry } from "./telemetry.js";

const DEFAULT_TIMEOUT_MS = 10_000;

export interface Dance<P extends Record<string, DeclaredProvider> = Record<string, DeclaredProvider>> {
  /** The declared providers, by name. */
  readonly providers: Readonly<P>;
  /** The path the dance routes live under ("/login"). */
  readonly prefix: string;
  /** Starts serving one request: adapters call this, then `route()`, then expose `context.oauth`. */
  createContext(request: DanceRequest, options?: ContextOptions): RequestContext<P>;
  /** Answers a dance route (`/login/:provider`, `/login/:provider/authorized`), or returns `{ type: "pass" }`. */
  route(context: RequestContext<P>): Promise<DanceResult>;
  /**
   * Serves a Web `Request`: the dance route's `Response`, or `undefined` when the request is not a dance route,
   * so any runtime or framework can use the dance without an adapter. Safe to pass around unbound.
   *
   * @param options `trustProxy` and `baseUrl` for the public URL, `config` for `fromConfig` (default: none).
   * @throws DanceError `missing_config` or `invalid_options` when `fromConfig` finds nothing usable.
   * @example
   * Bun.serve({ fetch: async (request) => (await dance.fetch(request)) ?? app(request) });
   */
  fetch(request: Request, options?: FetchOptions): Promise<Response | undefined>;
  /**
   * The handles of a Web `Request` outside the dance's routes, for fetch-based frameworks (Next.js route handlers
   * and server actions, SvelteKit hooks, Nitro): read `oauth`, then send `cookies()` with the response, since a
   * handle may change a cookie (a refreshed token, `logout()`). Safe to pass around unbound.
   *
   * @param options `trustProxy` and `baseUrl` for the public URL, `config` for `fromConfig` (default: none).
   * @example
   * const { oauth, cookies } = dance.handles(request);
   * const me = await oauth.github.api.get("user").json();
   * const headers = new Headers({ "content-type": "application/json" });
   * for (const cookie of cookies()) headers.append("set-cookie", cookie);
   * return new Response(JSON.stringify(me), { headers });
   */
  handles(request: Request, options?: FetchOptions): WebHandles<Handles<P>>;
}

/**
 * Creates the dance: every option is checked here, so a mistake fails at start-up with the option's path.
 *
 * @throws DanceError `invalid_options`
 * @example
 * const dance = createDance({ secret: process.env.SESSION_SECRET, providers: { github: github({ clientId, clientSecret }) } });
 */
export function createDance<P extends Record<string, DeclaredProvider>>(options: DanceOptions<P>): Dance<P> {
  if (typeof options !== "object" || options === null) {
    throw new DanceError("invalid_options", "Invalid options: createDance expects an options object", {
      step: "options",
    });
  }
  // Every problem at once, the providers' too: fixing one option should not reveal the next.
  const problems = optionProblems(danceOptionsSchema, options, []);
  for (const [name, provider] of Object.entries((options.providers as unknown) ?? {})) {
    // A provider chosen per request is checked when a request chooses it.
    if (isProvider(provider) && !isPerRequest(provider)) {
      problems.push(...optionProblems(optionsSchemaOf(provider), provider.options, ["providers", name]));
      if (provider.options.multipleAccounts === true && options.storage?.accounts === undefined) {
        problems.push(`providers.${name}.multipleAccounts: ${MULTIPLE_ACCOUNTS_STORE}`);
      }
    }
  }
  if (problems.length > 0) throw invalidOptions(problems);
  const parsed = parseOptions(danceOptionsSchema, options, []);
  const timeout = parsed.timeout ?? DEFAULT_TIMEOUT_MS;
  const protocolFetch = limitResponseSize(
    options.fetch,
    parsed.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    timeout,
  );
  const maxApiBytes = parsed.maxApiResponseBytes ?? DEFAULT_MAX_API_RESPONSE_BYTES;
  const apiFetch = limitResponseSize(options.fetch, maxApiBytes);
  // The app's own fetch, when given, is the one to present a client certificate.
  const certificateFetch = (certificate: ClientCertificate) => {
    if (options.fetch) return { protocol: protocolFetch, api: apiFetch };
    const maxBytes = parsed.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const protocol = limitedClientCertificateFetch(certificate, maxBytes, timeout);
    const api = limitedClientCertificateFetch(certificate, maxApiBytes);
    return protocol && api ? { protocol, api } : undefined;
  };
  const telemetry = new DanceTelemetry(options.telemetry);
  const sealer = new Sealer(typeof options.secret === "string" ? [options.secret] : options.secret);
  const now = options.now ?? Date.now;
  const providers = new ProviderDirectory(options.providers, {
    deps: { fetch: protocolFetch, timeout: timeout / 1000, sealer, certificateFetch, now },
    resolveProvider: options.resolveProvider,
    cache: parsed.providerCache,
    now,
  });
  const { names } = providers;
  const services: DanceServices = {
    providers,
    paths: new DancePaths(parsed.prefix ?? "/login", names, { anyName: providers.resolvesAtRunTime }),
    sealer,
    storage: options.storage ?? new SessionStorage(),
    cookies: {
      name: parsed.cookie?.name ?? "oauth-dance",
      secure: parsed.cookie?.secure,
      hostPrefix: parsed.cookie?.hostPrefix ?? true,
      domain: parsed.cookie?.domain,
      path: parsed.cookie?.path ?? "/",
    },
    hooks: options.on ?? {},
    logger: options.logger ?? silentLogger,
    redirectTo: parsed.redirectTo,
    apiFetch,
    timeout,
    now,
    refresher: new TokenRefresher(telemetry),
    logoutList: options.logoutList ?? new MemoryLogoutList(),
    logoutReplays: new LogoutTokenReplays(now),
    telemetry,
  };
  const createHandles = handlesFactory(names);

  const dance: Dance<P> = {
    providers: options.providers,
    prefix: services.paths.prefix,
    createContext(request, contextOptions) {
      return new RequestContext<P>(services, createHandles, request, contextOptions);
    },
    async route(context) {
      const route = services.paths.match(context.request.url.pathname);
      if (!route) return PASS;
      // A name looked up at run time may turn out not to be a provider's: then the route is the app's.
      const runtime = await context.runtime(route.provider);
      if (!runtime) return PASS;
      const allowed = allowedMethods(route.step, runtime);
      // A route the provider has not enabled (back-channel logout) is the app's, whatever the method.
      if (allowed.length === 0) return PASS;
      const { method } = context.request;
      // A HEAD (a link preview, a prefetcher) must neither start a dance nor spend the single-use one in flight.
      if (method === "HEAD") {
        return {
          type: "response",
          status: 405,
          headers: { allow: allowed.join(", ") },
          body: "",
          cookies: [],
        };
      }
      if (!allowed.includes(method)) return PASS;
      const attributes = { "oauth_dance.provider": route.provider, "oauth_dance.step": route.step };
      return telemetry.span(`oauth_dance.${route.step}`, attributes, (span) => {
        const call = { services, scope: context, runtime, span };
        if (route.step === "logged-out") return loggedOut(call);
        if (route.step === "backchannel-logout") return backchannelLogout(call);
        return route.step === "login" ? login(call) : callback(call);
      });
    },
    fetch: (request, fetchOptions) => fetchDance(dance, request, fetchOptions),
    handles: (request, fetchOptions) => fetchHandles(dance, request, fetchOptions),
  };
  return dance;
}
