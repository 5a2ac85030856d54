// The scenario app on Express: a real server on 127.0.0.1 whose "corp" provider is a real Local ID server.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createDance, type Dance, type DanceOptions, type OAuth2Options, oauth2 } from "@oauth-dance/core";
import { oauthDance } from "@oauth-dance/express";
import { type LocalIdServer, startLocalId } from "@oauth-dance/local-id";
import express from "express";

export const SECRET = "scenario-secret-that-is-at-least-32-chars";

export interface ScenarioOptions {
  dance?: Partial<Omit<DanceOptions, "providers">>;
  /** Overrides of the "corp" provider's options; `undefined` removes one. */
  provider?: { [K in keyof OAuth2Options]?: OAuth2Options[K] | undefined };
  /** Where fromConfig reads from (default: process.env). */
  config?: Record<string, unknown>;
}

export interface Scenario {
  appUrl: string;
  idp: LocalIdServer;
  dance: Dance;
  close(): Promise<void>;
}

/**
 * Starts Local ID and an Express app that uses it. `/login/corp?as=alice` logs in as alice without forms
 * (`as=deny` makes the provider refuse). The app's routes read the handle the way users' apps do.
 */
export async function startExpressScenario(options: ScenarioOptions = {}): Promise<Scenario> {
  const app = express();
  const server = await listen(app);
  const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const idp = await startLocalId({
    autoLogin: true,
    clients: [
      {
        clientId: "scenario-app",
        clientSecret: "scenario-secret",
        redirectUris: [`${appUrl}/login/corp/authorized`],
      },
    ],
  });
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
      corp: oauth2({
        issuer: idp.issuer,
        clientId: "scenario-app",
        clientSecret: "scenario-secret",
        scope: ["openid", "email", "profile"],
        baseUrl: idp.apiUrl,
        ...(options.provider as OAuth2Options),
      }),
    },
  });
  app.use(oauthDance(dance, options.config ? { config: options.config } : {}));
  app.get("/", (_req, res) => {
    res.send("home");
  });
  app.get("/me", async (req, res) => {
    const corp = req.oauth.corp;
    if (!corp || !(await corp.authorized())) {
      res.status(401).json({ login: corp?.loginUrl });
      return;
    }
    res.json(await corp.api.get("me").json());
  });
  app.get("/token", async (req, res) => {
    res.json((await req.oauth.corp?.token()) ?? null);
  });
  app.get("/logout", async (req, res) => {
    await req.oauth.corp?.logout();
    res.json({ loggedOut: true });
  });
  app.get("/error", async (req, res) => {
    res.json((await req.oauth.corp?.takeError()) ?? null);
  });
  return {
    appUrl,
    idp,
    dance,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await idp.close();
    },
  };
}

function listen(app: express.Express): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, "127.0.0.1", (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}
