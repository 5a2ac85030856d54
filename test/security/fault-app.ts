// An Express app dancing with Local ID through a fault proxy: every call from the app to the provider can be broken.
import type { AddressInfo } from "node:net";
import {
  createDance,
  type DanceError,
  type DanceOptions,
  type Handles,
  oauth2,
  type TokenStorage,
  withProfile,
} from "@oauth-dance/core";
import { oauthDance } from "@oauth-dance/express";
import { type LocalIdServer, startLocalId } from "@oauth-dance/local-id";
import express from "express";
import { Browser } from "../support/browser.js";
import { type FaultProxy, startFaultProxy } from "./fault-proxy.js";

export const FAULT_SECRET = "faults-secret-that-is-at-least-32-characters";

export interface FaultAppOptions {
  /** Milliseconds before a call to the provider is abandoned. Default 1000 (Local ID answers in a few). */
  timeout?: number;
  storage?: TokenStorage;
  /** Load the profile (the userinfo endpoint) in the authorized hook, as apps that create accounts do. */
  loadProfile?: boolean;
  dance?: Partial<DanceOptions>;
  /** Ask for refresh tokens (offline_access, with the consent prompt Local ID wants for it). */
  refreshTokens?: boolean;
  /**
   * Reach the proxy through the provider's declared endpoints instead of an injected `fetch`, so the calls take the
   * path they take in production when the app gives no `fetch` (on Node: node:http). Discovery is then not used.
   */
  direct?: boolean;
}

export interface FaultApp {
  url: string;
  idp: LocalIdServer;
  proxy: FaultProxy;
  /** Every error the error hook received, in order. */
  errors: DanceError[];
  /** Restarts the dance with other secrets (as a deploy that rotates them does), keeping the app and provider. */
  useSecret(secret: string | readonly string[]): void;
  browser(): Browser;
  close(): Promise<void>;
}

/**
 * Starts Local ID, the fault proxy in front of it, and the app, whose every call to the provider (discovery, token,
 * userinfo, API) goes through the proxy while the browser talks to Local ID directly.
 */
export async function startFaultApp(options: FaultAppOptions = {}): Promise<FaultApp> {
  const app = express();
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const idp = await startLocalId({
    autoLogin: true,
    clients: [
      {
        clientId: "faults-app",
        clientSecret: "faults-secret",
        redirectUris: [`${url}/login/corp/authorized`],
      },
    ],
  });
  const proxy = await startFaultProxy(idp.issuer);
  const viaProxy = ((input: RequestInfo | URL, init?: RequestInit) => {
    const original = input instanceof Request ? input.url : String(input);
    if (!original.startsWith(idp.issuer)) return fetch(input, init);
    const rerouted = proxy.url + original.slice(idp.issuer.length);
    return fetch(input instanceof Request ? new Request(rerouted, input) : rerouted, init);
  }) as typeof fetch;
  const errors: DanceError[] = [];
  const endpoints = options.direct
    ? { authorizationUrl: `${idp.issuer}/auth`, tokenUrl: `${proxy.url}/token` }
    : {};
  const provider = oauth2({
    issuer: idp.issuer,
    ...endpoints,
    clientId: "faults-app",
    clientSecret: "faults-secret",
    scope: ["openid", "email", "profile", ...(options.refreshTokens ? ["offline_access"] : [])],
    ...(options.refreshTokens ? { authorizationParams: { prompt: "consent" } } : {}),
    baseUrl: idp.apiUrl,
  });
  const userinfo = `${options.direct ? proxy.url : idp.issuer}/me`;
  const danceWith = (secret: string | readonly string[]) =>
    createDance({
      secret,
      ...(options.direct ? {} : { fetch: viaProxy }),
      timeout: options.timeout ?? 1000,
      ...(options.storage ? { storage: options.storage } : {}),
      ...options.dance,
      providers: { corp: withProfile(provider, { url: userinfo }) },
      on: {
        beforeLogin: ({ url: authorization, request }) => {
          const as = request.url.searchParams.get("as");
          if (as) authorization.searchParams.set("login_hint", as);
        },
        authorized: async ({ handle }) => {
          if (options.loadProfile) await handle.profile();
          return undefined;
        },
        error: ({ error }) => {
          errors.push(error);
        },
      },
    });
  let handler = oauthDance(danceWith(FAULT_SECRET));
  app.use((req, res, next) => handler(req, res, next));
  app.get("/", (_req, res) => {
    res.json("home");
  });
  app.get("/me", async (req, res) => {
    const corp = (req.oauth as Handles).corp;
    if (!corp || !(await corp.authorized())) {
      res.status(401).json(null);
      return;
    }
    try {
      res.json(await corp.api.get("me").json());
    } catch (error) {
      res.status(409).json({ code: (error as DanceError).code ?? "http" });
    }
  });
  app.get("/status", async (req, res) => {
    const corp = (req.oauth as Handles).corp;
    res.json({ authorized: await corp?.authorized(), status: await corp?.status() });
  });
  app.get("/error", async (req, res) => {
    res.json((await (req.oauth as Handles).corp?.takeError()) ?? null);
  });
  app.get("/echo", async (req, res) => {
    try {
      // Local ID echoes the query back: the padding makes the answer larger than the test's limit.
      res.json(
        await (req.oauth as Handles).corp?.api
          .get("echo", { searchParams: { pad: "x".repeat(1000) } })
          .json(),
      );
    } catch (error) {
      res.status(502).json({ name: (error as Error).name });
    }
  });
  app.get("/token", async (req, res) => {
    res.json((await (req.oauth as Handles).corp?.token()) ?? null);
  });
  return {
    url,
    idp,
    proxy,
    errors,
    useSecret(secret) {
      handler = oauthDance(danceWith(secret));
    },
    browser: () => new Browser(),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await proxy.close();
      await idp.close();
    },
  };
}

/** The errors a DanceError was caused by, outermost first. */
export function causesOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = (error as { cause?: unknown })?.cause; current; ) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}
