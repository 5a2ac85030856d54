// The scenario app on Fastify 5: a real server on 127.0.0.1.
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { oauthDance } from "@oauth-dance/fastify";
import Fastify from "fastify";
import { type Driver, prepareScenario, scenarioOf } from "../scenario.js";
import { appRoutes } from "../scenario-app.js";

export const fastifyDriver: Driver = {
  name: "Fastify",
  async start(options = {}) {
    // The server listens first (the callback URL needs its port); Fastify is handed it once the app is built.
    let listener: RequestListener | undefined;
    const server = createServer((req, res) => listener?.(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { idp, idps, dance } = await prepareScenario(appUrl, options);

    const app = Fastify({
      trustProxy: options.trustProxy ?? false,
      serverFactory: (handler) => {
        listener = handler;
        return server;
      },
    });
    await app.register(oauthDance(dance, options.config ? { config: options.config } : {}));
    for (const route of appRoutes) {
      app.get(route.path, async (request, reply) => {
        const answer = await route.handle(request.oauth, { url: request.url });
        return reply
          .code(answer.status)
          .headers(answer.headers ?? {})
          .type("application/json")
          .send(JSON.stringify(answer.body));
      });
    }
    await app.ready();

    return scenarioOf({
      appUrl,
      idp,
      idps,
      dance,
      fetch: (url, init) => fetch(url, init),
      async close() {
        server.closeAllConnections();
        await app.close();
      },
    });
  },
};
