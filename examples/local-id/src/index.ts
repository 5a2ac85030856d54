// Local ID: a small OpenID Connect server (oidc-provider) for scenario tests and demos.
export type { LocalIdClient } from "./clients.js";
export {
  type LocalIdBackchannelLogout,
  type LocalIdOptions,
  type LocalIdServer,
  type LocalIdStats,
  startLocalId,
} from "./server.js";
export { demoUsers, type LocalIdUser } from "./users.js";
