// The scenario app on Koa with @koa/router: a real server on 127.0.0.1.
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import Router from "@koa/router";
import { oauthDance } from "@oauth-dance/koa";
import Koa from "koa";
import { type Driver, prepareScenario, scenarioOf } from "../scenario.js";
import { appRoutes } from "../scenario-app.js";

export const koaDriver: Driver = {
  name: "Koa",
  async start(options = {}) {
    // Koa composes its middleware when the callback is made, so the server asks for it once the app is built.
    let listener: RequestListener | undefined;
    const server = createServer((req, res) => listener?.(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { idp, idps, dance } = await prepareScenario(appUrl, options);

    const app = new Koa();
    app.proxy = options.trustProxy ?? false;
    app.use(oauthDance(dance, options.config ? { config: options.config } : {}));
    const router = new Router();
    for (const route of appRoutes) {
      router.get(route.path, async (ctx) => {
        const reply = await route.handle(ctx.state.oauth, { url: ctx.originalUrl });
        ctx.status = reply.status;
        ctx.set(reply.headers ?? {});
        ctx.type = "application/json";
        ctx.body = JSON.stringify(reply.body);
      });
    }
    app.use(router.routes());
    listener = app.callback();

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
