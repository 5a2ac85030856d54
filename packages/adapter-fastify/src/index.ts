// @oauth-dance/fastify: a Fastify 5 plugin that maps requests onto the core and exposes `request.oauth`.
import {
  type ConfigSource,
  type Dance,
  type DanceResult,
  type DeclaredProvider,
  danceRequestFromNode,
  originOf,
  type RegisteredHandles,
  type RequestContext,
} from "@oauth-dance/core";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";

export interface FastifyDanceOptions {
  /** The app's public origin (`https://app.example.com`), when it cannot be read from the request. */
  baseUrl?: string;
  /** Where `fromConfig` reads: a record, or a function of the request. Default `process.env`. */
  config?: ConfigSource | ((request: FastifyRequest) => ConfigSource);
}

declare module "fastify" {
  interface FastifyRequest {
    /** This request's provider handles (`request.oauth.github`), set by the `oauthDance()` plugin. */
    oauth: RegisteredHandles;
  }
}

/** A callback form holds a code, a state, an issuer and at most an ID token; a logout form one logout token. */
const FORM_BODY_LIMIT = 64 * 1024;

/**
 * Registers the dance routes (`GET <prefix>/:provider`, `GET|POST <prefix>/:provider/authorized`,
 * `GET <prefix>/:provider/logged-out`, `POST <prefix>/:provider/backchannel-logout`) as Fastify routes and sets `request.oauth` on every request of the app. The public URL comes from Fastify's own
 * `request.protocol` and `request.host`, so its `trustProxy` setting decides whether forwarding headers count.
 * Cookie changes made in handlers (`logout()`, `setToken()`) are sent with the reply.
 *
 * @example await app.register(oauthDance(dance));
 */
export function oauthDance<P extends Record<string, DeclaredProvider>>(
  dance: Dance<P>,
  options: FastifyDanceOptions = {},
): FastifyPluginAsync {
  const contexts = new WeakMap<FastifyRequest, RequestContext<P>>();
  const plugin: FastifyPluginAsync = async (app) => {
    app.decorateRequest("oauth", null as unknown as RegisteredHandles);
    app.addHook("onRequest", async (request) => {
      const config =
        typeof options.config === "function" ? options.config(request) : (options.config ?? process.env);
      const danceRequest = danceRequestFromNode(request.raw, {
        url: request.raw.url ?? request.url,
        trustProxy: false,
        // Fastify's own resolution (its trustProxy decides), when it is an origin; otherwise the core reads the request.
        baseUrl: options.baseUrl ?? originOf(request.protocol, request.host),
        parsedBody: () => request.body,
      });
      const context = dance.createContext(danceRequest, { native: request, config });
      contexts.set(request, context);
      request.oauth = context.oauth as RegisteredHandles;
    });
    app.addHook("onSend", async (request, reply) => {
      const cookies = contexts.get(request)?.takeCookies() ?? [];
      if (cookies.length > 0) reply.header("set-cookie", [...headerList(reply), ...cookies]);
    });
    // The routes sit in a context of their own, so the form parser a form_post callback needs stays theirs.
    await app.register(async (routes) => {
      if (!routes.hasContentTypeParser("application/x-www-form-urlencoded")) {
        routes.addContentTypeParser(
          "application/x-www-form-urlencoded",
          { parseAs: "string" },
          (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
        );
      }
      // Errors go to the app's error handler as it is when they happen, even one set after this plugin.
      routes.setErrorHandler((error, request, reply) => app.errorHandler.call(app, error, request, reply));
      const handler = async (request: FastifyRequest, reply: FastifyReply) => {
        const result = await dance.route(contexts.get(request) as RequestContext<P>);
        if (result.type === "pass") return reply.callNotFound();
        return send(reply, result);
      };
      routes.get(`${dance.prefix}/:provider`, handler);
      routes.route({
        method: ["GET", "POST"],
        url: `${dance.prefix}/:provider/authorized`,
        bodyLimit: FORM_BODY_LIMIT,
        handler,
      });
      routes.get(`${dance.prefix}/:provider/logged-out`, handler);
      // Server to server: the provider's logout token, as a form, for providers with backchannelLogout.
      routes.post(`${dance.prefix}/:provider/backchannel-logout`, { bodyLimit: FORM_BODY_LIMIT }, handler);
    });
  };
  return fp(plugin, { fastify: "5.x", name: "@oauth-dance/fastify" });
}

function headerList(reply: FastifyReply): string[] {
  const existing = reply.getHeader("set-cookie");
  if (existing === undefined) return [];
  return Array.isArray(existing) ? existing.map(String) : [String(existing)];
}

function send(reply: FastifyReply, result: Exclude<DanceResult, { type: "pass" }>): FastifyReply {
  if (result.cookies.length > 0) reply.header("set-cookie", result.cookies);
  if (result.type === "redirect") return reply.code(result.status).header("location", result.location).send();
  return reply.code(result.status).headers(result.headers).send(result.body);
}
