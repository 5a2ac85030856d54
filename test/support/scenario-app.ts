// The scenario app's routes, written once against the handles; each driver mounts them the way its framework does.
import { findHandle, type Handles } from "@oauth-dance/core";

export interface AppRequest {
  /** The path and query as the framework handed them to the route. */
  url: string;
}

/** What a route answers; drivers send `body` as JSON with these status and headers. */
export interface AppReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface AppRoute {
  path: string;
  handle(oauth: Handles, request: AppRequest): AppReply | Promise<AppReply>;
}

export const appRoutes: readonly AppRoute[] = [
  { path: "/", handle: () => ({ status: 200, body: "home" }) },
  {
    path: "/me",
    async handle(oauth) {
      const corp = oauth.corp;
      if (!corp || !(await corp.authorized())) return { status: 401, body: { login: corp?.loginUrl } };
      return { status: 200, body: await corp.api.get("me").json() };
    },
  },
  {
    // A provider looked up at run time has no property on `oauth`: it is found by name.
    path: "/found/me",
    async handle(oauth, request) {
      const name = new URL(request.url, "http://app.invalid").searchParams.get("provider") ?? "";
      const handle = await findHandle(oauth, name);
      if (!handle) return { status: 404, body: { unknown: name } };
      if (!(await handle.authorized())) return { status: 401, body: { login: handle.loginUrl } };
      return { status: 200, body: await handle.api.get("me").json() };
    },
  },
  { path: "/token", handle: async (oauth) => ({ status: 200, body: (await oauth.corp?.token()) ?? null }) },
  {
    path: "/logout",
    async handle(oauth) {
      await oauth.corp?.logout();
      return { status: 200, body: { loggedOut: true } };
    },
  },
  {
    // Logs out here and at the provider, then lands on /plain.
    path: "/logout-everywhere",
    async handle(oauth) {
      const location = (await oauth.corp?.logout({ federated: true, returnTo: "/plain" })) ?? "/";
      return { status: 302, body: null, headers: { location } };
    },
  },
  {
    path: "/error",
    handle: async (oauth) => ({ status: 200, body: (await oauth.corp?.takeError()) ?? null }),
  },
  // Routes that never touch the handles: the dance must leave them exactly as the app answers them.
  {
    path: "/plain",
    handle: (_oauth, request) => ({ status: 200, body: { url: request.url }, headers: { "x-app": "plain" } }),
  },
  { path: "/login/help", handle: () => ({ status: 200, body: "how to log in" }) },
];
