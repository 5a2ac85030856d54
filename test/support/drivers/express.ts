// The scenario app on Express: a real server on 127.0.0.1.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { oauthDance } from "@oauth-dance/express";
import express from "express";
import { type Driver, prepareScenario, scenarioOf } from "../scenario.js";
import { appRoutes } from "../scenario-app.js";

export const expressDriver: Driver = {
  name: "Express",
  async start(options = {}) {
    const app = express();
    const server = await listen(app);
    const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { idp, idps, dance } = await prepareScenario(appUrl, options);
    app.use(
      oauthDance(dance, {
        trustProxy: options.trustProxy ?? false,
        ...(options.config ? { config: options.config } : {}),
      }),
    );
    for (const route of appRoutes) {
      app.get(route.path, async (req, res) => {
        const reply = await route.handle(req.oauth, { url: req.originalUrl });
        res
          .status(reply.status)
          .set(reply.headers ?? {})
          .json(reply.body);
      });
    }
    return scenarioOf({
      appUrl,
      idp,
      idps,
      dance,
      fetch: (url, init) => fetch(url, init),
      async close() {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      },
    });
  },
};

function listen(app: express.Express): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, "127.0.0.1", (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}
