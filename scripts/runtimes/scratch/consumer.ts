// An app's code as a user writes it against the installed tarballs: type-checked under node16, nodenext and
// bundler resolution by test/runtimes/run.ts (it is not part of any workspace).
import {
  createDance,
  type Dance,
  DanceError,
  isDanceError,
  MemoryStorage,
  oauth2,
  type Token,
} from "@oauth-dance/core";
import { github } from "@oauth-dance/core/providers";
import { oauthDance as expressDance } from "@oauth-dance/express";
import { oauthDance as honoDance, type OAuthDanceEnv } from "@oauth-dance/hono";
import { oauthDance as koaDance } from "@oauth-dance/koa";
import express from "express";
import { Hono } from "hono";
import Koa from "koa";

const dance = createDance({
  secret: "a-session-secret-of-at-least-32-chars",
  storage: new MemoryStorage(),
  providers: {
    corp: oauth2({ issuer: "https://id.example", clientId: "id", clientSecret: "secret", scope: ["openid"] }),
    github: github({ clientId: "id", clientSecret: "secret", scope: ["read:user"] }),
  },
});

// Registering the dance types req.oauth, c.var.oauth and ctx.state.oauth with its provider names.
declare module "@oauth-dance/core" {
  interface Register {
    dance: typeof dance;
  }
}

export const asDance: Dance = dance;

const hono = new Hono<OAuthDanceEnv<typeof dance>>();
hono.use(honoDance(dance));
hono.get("/", async (c) => {
  const token: Token | undefined = await c.var.oauth.github.token();
  return c.json({ authorized: await c.var.oauth.corp.authorized(), login: c.var.oauth.corp.loginUrl, token });
});

const app = express();
app.use(expressDance(dance, { trustProxy: false }));
app.get("/", async (req, res) => {
  const authorized: boolean = await req.oauth.corp.authorized();
  res.json({ authorized, login: req.oauth.github.loginUrl });
});

const koa = new Koa();
koa.use(koaDance(dance));
koa.use(async (ctx) => {
  ctx.body = { authorized: await ctx.state.oauth.corp.authorized() };
});

export async function serve(request: Request): Promise<Response> {
  const response: Response | undefined = await dance.fetch(request, { config: { GITHUB_CLIENT_ID: "id" } });
  return response ?? hono.fetch(request);
}

export function describe(error: unknown): string {
  return isDanceError(error)
    ? `${error.code}: ${error.message}`
    : error instanceof DanceError
      ? "?"
      : "other";
}
