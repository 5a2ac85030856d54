// The demo app: an embedded Local ID server, the dance, and one page that shows the logged-in user and their token.
import type { AddressInfo } from "node:net";
import { createDance, oauth2, type Provider, type ProviderHandle } from "@oauth-dance/core";
import { github } from "@oauth-dance/core/providers";
import { oauthDance } from "@oauth-dance/express";
import { startLocalId } from "@oauth-dance/local-id";
import express from "express";
import { friendlyError } from "./friendly-error.js";
import { type ProviderView, renderPage } from "./page.js";

export interface DemoOptions {
  port?: number;
  /** Where the app is reached from a browser. Default http://localhost:<port>. */
  publicUrl?: string;
  env?: Record<string, string | undefined>;
}

export interface Demo {
  url: string;
  close(): Promise<void>;
}

const LABELS: Record<string, string> = { local: "Local ID", github: "GitHub" };
/** Where each provider's profile lives, relative to its API base. */
const PROFILE_PATHS: Record<string, string> = { local: "me", github: "user" };
const DEV_SECRET = "demo-only-secret-do-not-use-in-production";

export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const env = options.env ?? process.env;
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  const server = app.listen(options.port ?? 3000, "127.0.0.1");
  await new Promise((resolve, reject) => server.once("listening", resolve).once("error", reject));
  const port = (server.address() as AddressInfo).port;
  const url = options.publicUrl ?? `http://localhost:${port}`;

  const idp = await startLocalId({
    clients: [
      {
        clientId: "demo-app",
        clientSecret: "demo-app-secret",
        redirectUris: [`${url}/login/local/authorized`],
      },
    ],
    accessTokenTtl: 120,
  });
  const providers: Record<string, Provider> = {
    local: oauth2({
      issuer: idp.issuer,
      clientId: "demo-app",
      clientSecret: "demo-app-secret",
      scope: ["openid", "profile", "email"],
      baseUrl: idp.apiUrl,
    }),
  };
  if (env.GITHUB_CLIENT_ID) providers.github = github({ scope: ["read:user"] });
  const dance = createDance({ secret: env.SESSION_SECRET ?? DEV_SECRET, providers });

  app.use(oauthDance(dance, { baseUrl: url, config: env }));

  async function view(handle: ProviderHandle, apiResult?: string): Promise<ProviderView> {
    const label = LABELS[handle.name] ?? handle.name;
    const result: ProviderView = { name: handle.name, label, loginUrl: handle.loginUrl };
    const error = await handle.takeError();
    if (error) result.error = friendlyError(error, label);
    const token = await handle.token();
    if (!token?.access_token) return result;
    try {
      result.profile = await handle.api.get(PROFILE_PATHS[handle.name] ?? "").json();
    } catch {
      // An expired or revoked token: show the login button again rather than a broken page.
      await handle.logout();
      result.error = `Your ${label} session has ended. Please log in again.`;
      return result;
    }
    const expiresIn = typeof token.expires_in === "number" ? `${Math.round(token.expires_in)} s` : "never";
    result.token = { scope: String(token.scope ?? ""), expiresIn, refreshable: Boolean(token.refresh_token) };
    if (apiResult) result.apiResult = apiResult;
    return result;
  }

  app.get("/", async (req, res) => {
    const views = await Promise.all(
      Object.keys(providers).map((name) => view(req.oauth[name] as ProviderHandle)),
    );
    res.type("html").send(renderPage(views));
  });

  app.post("/call/:provider", async (req, res) => {
    const name = String(req.params.provider);
    const handle = req.oauth[name];
    if (!handle) return void res.status(404).send("Unknown provider");
    let apiResult: string;
    try {
      const answer = await handle.api.get(PROFILE_PATHS[name] ?? "").json();
      apiResult = `GET ${PROFILE_PATHS[name]} at ${new Date().toISOString()}\n${JSON.stringify(answer, null, 2)}`;
    } catch (error) {
      apiResult = `The API call failed: ${(error as Error).message}`;
    }
    const views = await Promise.all(
      Object.keys(providers).map((n) =>
        view(req.oauth[n] as ProviderHandle, n === name ? apiResult : undefined),
      ),
    );
    res.type("html").send(renderPage(views));
  });

  app.post("/logout/:provider", async (req, res) => {
    await req.oauth[String(req.params.provider)]?.logout();
    res.redirect(303, "/");
  });

  return {
    url,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await idp.close();
    },
  };
}
