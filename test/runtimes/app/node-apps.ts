// The runtime app's routes on the Node-only adapters (Express, Koa), for the packed-tarball checks on Node.
import type { RequestListener } from "node:http";
import Router from "@koa/router";
import type { Dance } from "@oauth-dance/core";
import { oauthDance as expressDance } from "@oauth-dance/express";
import { oauthDance as koaDance } from "@oauth-dance/koa";
import express from "express";
import Koa from "koa";
import { type AppRoute, appRoutes } from "../../support/scenario-app.js";

/** An Express app with the dance and the scenario app's routes; fromConfig reads process.env, the default. */
export function expressApp(dance: Dance): RequestListener {
  const app = express();
  app.use(expressDance(dance));
  for (const route of routes) {
    app.get(route.path, async (req, res) => {
      const reply = await route.handle(req.oauth, { url: req.originalUrl });
      res
        .status(reply.status)
        .set(reply.headers ?? {})
        .json(reply.body);
    });
  }
  return app;
}

/** A Koa app with the dance and the scenario app's routes. */
export function koaApp(dance: Dance): RequestListener {
  const app = new Koa();
  app.use(koaDance(dance));
  const router = new Router();
  for (const route of routes) {
    router.get(route.path, async (ctx) => {
      const reply = await route.handle(ctx.state.oauth, { url: ctx.originalUrl });
      ctx.status = reply.status;
      ctx.set(reply.headers ?? {});
      ctx.type = "application/json";
      ctx.body = JSON.stringify(reply.body);
    });
  }
  app.use(router.routes());
  return app.callback();
}

/** The scenario app's routes, and `/runtime` saying which runtime answers. */
const routes: readonly AppRoute[] = [
  ...appRoutes,
  { path: "/runtime", handle: () => ({ status: 200, body: `node ${process.versions.node}` }) },
];
