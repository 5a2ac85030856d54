// The scenario app on Hono, served by @hono/node-server on 127.0.0.1.
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { type Driver, prepareScenario, scenarioOf } from "../scenario.js";
import { mountHonoApp } from "./hono-app.js";

export const honoNodeDriver: Driver = {
  name: "Hono on @hono/node-server",
  async start(options = {}) {
    const app = new Hono();
    // Listening first gives the app its URL; routes are mounted before any request arrives.
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const started = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(started));
    });
    const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { idp, idps, dance } = await prepareScenario(appUrl, options);
    mountHonoApp(app, dance, {
      trustProxy: options.trustProxy ?? false,
      ...(options.config ? { config: options.config } : {}),
    });
    return scenarioOf({
      appUrl,
      idp,
      idps,
      dance,
      fetch: (url, init) => fetch(url, init),
      async close() {
        if ("closeAllConnections" in server) server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      },
    });
  },
};
