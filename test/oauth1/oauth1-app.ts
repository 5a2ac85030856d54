// The OAuth 1.0a scenario app: a real Express server on 127.0.0.1 whose providers dance with the local OAuth 1 provider.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  createDance,
  type Dance,
  type DanceErrorInfo,
  type DanceOptions,
  isDanceError,
  type Provider,
  type ProviderHandle,
  type Token,
} from "@oauth-dance/core";
import { oauthDance } from "@oauth-dance/express";
import express, { type Request, type Response } from "express";

export const SECRET = "oauth1-scenario-secret-that-is-32-chars-or-more";

export interface OAuth1AppOptions {
  providers: Record<string, Provider>;
  dance?: Partial<Omit<DanceOptions, "providers">>;
  /** Where fromConfig reads from (default: an empty record, so the tests never depend on process.env). */
  config?: Record<string, unknown>;
  /** The API path each provider's routes call, relative to its baseUrl (default "account"). */
  resources?: Record<string, string>;
}

export interface OAuth1App {
  url: string;
  dance: Dance;
  /** What the hooks saw, in order. */
  events: { errors: DanceErrorInfo[]; authorized: { provider: string; token: Token }[] };
  close(): Promise<void>;
}

/**
 * Starts the app. `/login/<name>?user=bob` passes `user` on to the provider's authorize endpoint (the test
 * stand-in for the user's choice). Routes, per provider name:
 * - `/me/<name>`: the provider's account resource through `handle.api` (401 with the error code when unauthorized)
 * - `/query/<name>?...`: the same resource, GET, with this request's query parameters
 * - `/form/<name>?...`: the same resource, POST, with this request's query parameters as a form body (and `via`)
 * - `/token/<name>`, `/error/<name>`, `/authorized/<name>`, `/half-token/<name>` (stores a token without secret)
 */
export async function startOAuth1App(options: OAuth1AppOptions): Promise<OAuth1App> {
  const events: OAuth1App["events"] = { errors: [], authorized: [] };
  const dance = createDance({
    secret: SECRET,
    ...options.dance,
    on: {
      // Test-only: pass ?user=<name> through to the provider's auto-approving authorize endpoint.
      beforeLogin: ({ url, request }) => {
        const user = request.url.searchParams.get("user");
        if (user) url.searchParams.set("user", user);
      },
      authorized: ({ provider, token }) => {
        events.authorized.push({ provider, token });
        return undefined;
      },
      error: ({ error }) => {
        events.errors.push(error.toJSON());
      },
      ...options.dance?.on,
    },
    providers: options.providers,
  });
  const app = express();
  app.use(oauthDance(dance, { config: options.config ?? {} }));

  const handleOf = (req: Request): ProviderHandle => {
    const handle = (req.oauth as Record<string, ProviderHandle | undefined>)[String(req.params.name)];
    if (!handle) throw new Error(`no provider ${req.params.name}`);
    return handle;
  };
  const resourceOf = (req: Request) => options.resources?.[String(req.params.name)] ?? "account";
  const queryOf = (req: Request) => new URL(req.originalUrl, "http://app.invalid").searchParams;

  /** Calls the provider's API; a DanceError or an HTTP error from the provider becomes a JSON answer. */
  async function callApi(res: Response, call: () => Promise<unknown>) {
    try {
      res.json(await call());
    } catch (error) {
      if (isDanceError(error)) return res.status(401).json({ code: error.code });
      const status = (error as { response?: { status: number; text(): Promise<string> } }).response;
      if (status)
        return res.status(502).json({ providerStatus: status.status, providerBody: await status.text() });
      throw error;
    }
  }

  app.get("/", (_req, res) => {
    res.send("home");
  });
  app.get("/me/:name", (req, res) => callApi(res, () => handleOf(req).api.get(resourceOf(req)).json()));
  app.get("/query/:name", (req, res) =>
    callApi(res, () =>
      handleOf(req)
        .api.get(resourceOf(req), { searchParams: queryOf(req) })
        .json(),
    ),
  );
  app.get("/form/:name", (req, res) =>
    callApi(res, () =>
      handleOf(req)
        .api.post(resourceOf(req), { searchParams: { via: "form post" }, body: queryOf(req) })
        .json(),
    ),
  );
  app.get("/token/:name", async (req, res) => {
    res.json((await handleOf(req).token()) ?? null);
  });
  app.get("/error/:name", async (req, res) => {
    res.json((await handleOf(req).takeError()) ?? null);
  });
  app.get("/authorized/:name", async (req, res) => {
    res.json({ authorized: await handleOf(req).authorized() });
  });
  app.get("/half-token/:name", async (req, res) => {
    await handleOf(req).setToken({ oauth_token: "token-without-its-secret" });
    res.json({ authorized: await handleOf(req).authorized() });
  });

  const server = await listen(app);
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    dance: dance as unknown as Dance,
    events,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function listen(app: express.Express): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, "127.0.0.1", (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}
