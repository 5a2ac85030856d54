// Everything a demo app needs except its framework: Local ID, the dance, the token store, and the page's answers.
import { createHash } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { relative } from "node:path";
import {
  type ConfigSource,
  createDance,
  type Dance,
  type DanceLogger,
  type Handles,
  type ProviderHandle,
  parseCookieHeader,
  type Token,
} from "@oauth-dance/core";
import { type LocalIdServer, startLocalId } from "@oauth-dance/local-id";
import { endedSessionMessage, friendlyError } from "./friendly-error.js";
import { type ApiCallView, type PageView, type ProviderView, renderPage, type TokenView } from "./page.js";
import { profileOf } from "./profile.js";
import { type DemoProvider, demoProviders, LOCAL_CLIENT, setupHints } from "./providers.js";
import { openStorage } from "./storage.js";
import { newVisitorCookie } from "./visitor.js";

/** What every example's `startDemo()` takes. */
export interface DemoOptions {
  /** Default 3000; 0 picks a free port. The demo listens on 127.0.0.1 only. */
  port?: number;
  /** Where a browser reaches the demo. Default `http://localhost:<port>` (and `http://127.0.0.1:<port>` works too). */
  publicUrl?: string;
  /** Where GITHUB_CLIENT_ID, SESSION_SECRET, ... are read. Default `process.env`. */
  env?: Record<string, string | undefined>;
  /** The folder of the SQLite file. Default: the example's `data/` folder. */
  dataDir?: string;
  /** Where the dance reports failures. Default: silent. */
  logger?: DanceLogger;
}

/** A running demo. */
export interface Demo {
  /** The URL to open. */
  url: string;
  close(): Promise<void>;
}

export interface DemoKitOptions extends DemoOptions {
  /** The framework's name, for the page. */
  framework: string;
  /** The app's HTTP server, not yet listening. */
  server: Server;
  dataDir: string;
}

/** What an example's routes call; every method answers without throwing. */
export interface DemoKit extends Demo {
  dance: Dance;
  /** Pass to the adapter: `oauthDance(kit.dance, kit.adapterOptions)`. */
  adapterOptions: { baseUrl?: string; config: ConfigSource };
  /** A Set-Cookie value to send when the browser has no visitor id yet. */
  newVisitorCookie(cookieHeader: string | undefined): string | undefined;
  /** `GET /`: the page. `requestUrl` is the request's URL: absolute, or its path and query. */
  homePage(oauth: Handles, requestUrl: string): Promise<string>;
  /** `POST /call/:provider`: the page with the provider's API answer, or undefined for an unknown provider. */
  apiCallPage(oauth: Handles, provider: string): Promise<string | undefined>;
  /**
   * `POST /expire/:provider`: marks the stored token as expired, so the next call through `handle.api` refreshes
   * it, as it would once the token really expires. Returns where to redirect (303).
   */
  expire(oauth: Handles, provider: string): Promise<string>;
  /** `POST /logout/:provider`: logs out and returns where to redirect (303). */
  logout(oauth: Handles, provider: string): Promise<string>;
  /** The page for an error the framework caught: a sentence, never a stack trace. */
  errorPage(): string;
}

// Sealing key for the demo's cookies when SESSION_SECRET is not set. Fine on loopback, never in production.
const DEV_SECRET = "oauth-dance-demo-secret-for-loopback-only";
const MAX_REMEMBERED_REFRESHES = 1000;

/** Listens on 127.0.0.1, then starts Local ID and the dance for the URL the app got. */
export async function startDemoKit(options: DemoKitOptions): Promise<DemoKit> {
  const env = options.env ?? process.env;
  const { server, framework } = options;
  const port = await listen(server, options.port ?? 3000);
  const url = (options.publicUrl ?? `http://localhost:${port}`).replace(/\/$/, "");
  // Without a public URL, the callback follows the Host the browser used: localhost or 127.0.0.1.
  const origins = options.publicUrl ? [url] : [url, `http://127.0.0.1:${port}`];

  let idp: LocalIdServer | undefined;
  let store: Awaited<ReturnType<typeof openStorage>> | undefined;
  try {
    idp = await startLocalId({
      clients: [
        { ...LOCAL_CLIENT, redirectUris: origins.map((origin) => `${origin}/login/local/authorized`) },
      ],
      accessTokenTtl: Number(env.LOCAL_ID_TOKEN_TTL) || 120,
    });
    store = await openStorage(options.dataDir);
  } catch (error) {
    await Promise.allSettled([closeServer(server), idp?.close(), store?.knex.destroy()]);
    throw error;
  }
  const { storage, knex, file } = store;
  const localId = idp;
  const providers = demoProviders(localId, env);

  // When each token was last refreshed, by a hash of its access token, so the page can say so.
  const refreshedAt = new Map<string, Date>();
  const dance = createDance({
    secret: env.SESSION_SECRET || DEV_SECRET,
    providers: Object.fromEntries(providers.map((entry) => [entry.name, entry.provider])),
    storage,
    ...(options.logger ? { logger: options.logger } : {}),
    on: {
      tokenUpdated: ({ token, reason }) => {
        if (reason !== "refreshed" || !token?.access_token) return;
        if (refreshedAt.size >= MAX_REMEMBERED_REFRESHES) refreshedAt.clear();
        refreshedAt.set(fingerprint(token.access_token), new Date());
      },
    },
  });

  const hints = setupHints(env, url);
  const storageNote = displayPath(file);

  function tokenView(token: Token | undefined): TokenView {
    const view: TokenView = {
      scopes: String(token?.scope ?? "")
        .split(/[\s,]+/)
        .filter(Boolean),
      refreshable: Boolean(token?.refresh_token),
    };
    if (typeof token?.expires_at === "number") view.expiresAt = token.expires_at;
    const refreshed = token?.access_token ? refreshedAt.get(fingerprint(token.access_token)) : undefined;
    if (refreshed) view.refreshedAt = refreshed;
    return view;
  }

  async function providerView(oauth: Handles, entry: DemoProvider, callApi = false): Promise<ProviderView> {
    const handle = oauth[entry.name] as ProviderHandle;
    // Every login comes back to `/`: the page is the demo's only one, and `handle.loginUrl` on `/?loggedOut=...`
    // would bring the browser back to that URL, whose logout notice is old news once the login succeeds or fails.
    const view: ProviderView = { name: entry.name, label: entry.label, loginUrl: handle.loginUrlFor() };
    const failure = await handle.takeError().catch(() => undefined);
    if (failure) view.error = friendlyError(failure, entry.label);
    try {
      if (!(await handle.authorized())) return view;
      const profile = await profileOf(handle, entry.profile);
      const apiCall = callApi ? await apiCallOf(handle, entry) : undefined;
      // Read after the API calls: one of them may have refreshed the token.
      const token = tokenView(await handle.token());
      view.session = { profile, token, ...(apiCall ? { apiCall } : {}) };
    } catch (error) {
      // A token the provider no longer takes: forget it and offer the login again, rather than a broken page.
      await handle.logout().catch(() => undefined);
      view.error = endedSessionMessage(error, entry.label);
    }
    return view;
  }

  async function page(
    oauth: Handles,
    notice?: string,
    callApiOf?: string,
    noticeAbout?: string,
  ): Promise<string> {
    const views = await Promise.all(
      providers.map((entry) => providerView(oauth, entry, entry.name === callApiOf)),
    );
    const view: PageView = {
      framework,
      providers: views,
      setupHints: hints,
      storage: storageNote,
      now: new Date(),
    };
    if (notice) view.notice = notice;
    if (noticeAbout) view.noticeAbout = noticeAbout;
    return renderPage(view);
  }

  const find = (name: string) => providers.find((entry) => entry.name === name);
  const safely = (html: Promise<string>) =>
    html.catch((error: unknown) => {
      options.logger?.error("demo: the page failed", { error: String(error) });
      return errorPage();
    });
  const errorPage = () =>
    renderPage({
      framework,
      providers: [],
      notice: "Something went wrong on this page. Go back to the start and try again.",
      setupHints: [],
      storage: storageNote,
      now: new Date(),
    });

  return {
    url,
    dance,
    adapterOptions: { ...(options.publicUrl ? { baseUrl: url } : {}), config: env },
    newVisitorCookie: (cookieHeader) =>
      newVisitorCookie(parseCookieHeader(cookieHeader), url.startsWith("https:")),
    async homePage(oauth, requestUrl) {
      const loggedOut = find(new URL(requestUrl, url).searchParams.get("loggedOut") ?? "");
      return safely(page(oauth, loggedOut && logoutNotice(loggedOut), undefined, loggedOut?.name));
    },
    async apiCallPage(oauth, name) {
      return find(name) ? safely(page(oauth, undefined, name)) : undefined;
    },
    async expire(oauth, name) {
      const entry = find(name);
      const handle = entry && (oauth[entry.name] as ProviderHandle);
      const token = await handle?.token().catch(() => undefined);
      if (handle && token?.refresh_token) {
        // Without expires_in, setToken keeps this expires_at as it is: a second ago.
        const { expires_in: _, ...rest } = token;
        await handle
          .setToken({ ...rest, expires_at: Math.floor(Date.now() / 1000) - 1 })
          .catch(() => undefined);
      }
      return "/";
    },
    async logout(oauth, name) {
      const entry = find(name);
      const handle = entry && (oauth[entry.name] as ProviderHandle);
      // A browser with no token (another tab logged out already) has nothing to log out of.
      if (!entry || !handle || !(await handle.token().catch(() => undefined))) return "/";
      await handle.logout().catch((error: unknown) => {
        options.logger?.warn("demo: logout failed", { provider: name, error: String(error) });
      });
      return `/?loggedOut=${encodeURIComponent(entry.name)}`;
    },
    errorPage,
    async close() {
      await Promise.allSettled([closeServer(server), localId.close()]);
      await knex.destroy();
    },
  };
}

function logoutNotice(entry: DemoProvider): string {
  const revoked = entry.revokes ? ` and asked ${entry.label} to revoke it` : "";
  return `You are logged out of ${entry.label} here: the demo deleted your token${revoked}. You may still be signed in at ${entry.label} itself, so the next login can skip its password form.`;
}

/** "Call the API": one GET through `handle.api`, answered whatever the status. */
async function apiCallOf(handle: ProviderHandle, entry: DemoProvider): Promise<ApiCallView> {
  const at = new Date();
  try {
    const response = await handle.api.get(entry.profile.path, { throwHttpErrors: false });
    return { url: response.url, status: response.status, body: pretty(await response.text()), at };
  } catch (error) {
    return { url: entry.profile.path, body: `No answer: ${(error as Error).message}`, at };
  }
}

function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body.length > 4000 ? `${body.slice(0, 4000)}…` : body;
  }
}

function fingerprint(accessToken: string): string {
  return createHash("sha256").update(accessToken).digest("base64url");
}

function displayPath(file: string): string {
  const path = relative(process.cwd(), file);
  return path.startsWith("..") ? file : path;
}

async function listen(server: Server, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

function closeServer(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve) => {
    server.close(() => resolve());
    // close() only stops accepting; keep-alive connections would hold it open.
    server.closeAllConnections();
  });
}
