// The scenario app on Hono with no socket: the browser's requests for the app go straight into `app.request()`.
import { Hono } from "hono";
import { type Driver, prepareScenario, scenarioOf } from "../scenario.js";
import { mountHonoApp } from "./hono-app.js";

/** Nothing listens here: only the scenario's browser knows to hand this origin's requests to the app. */
const MEMORY_ORIGIN = "http://127.0.0.1:1";

export const honoMemoryDriver: Driver = {
  name: "Hono in memory via app.request()",
  async start(options = {}) {
    const { idp, idps, dance } = await prepareScenario(MEMORY_ORIGIN, options);
    const app = new Hono();
    mountHonoApp(app, dance, { trustProxy: options.trustProxy ?? false });
    // The config arrives as the app's env, the way Workers hand over their secrets.
    const env = options.config;
    return scenarioOf({
      appUrl: MEMORY_ORIGIN,
      idp,
      idps,
      dance,
      fetch: async (url, init) => app.request(url, init, env),
      async close() {},
    });
  },
};
