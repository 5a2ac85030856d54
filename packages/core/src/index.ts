// @oauth-dance/core: the framework-free OAuth 1.0a and OAuth 2 / OpenID Connect dance.

export { Sealer } from "#seal";
export { createDance, type Dance } from "./dance.js";
export type { CookieOptions, DanceOptions } from "./dance-options.js";
export {
  DanceError,
  DanceErrorCode,
  type DanceErrorInfo,
  type DanceErrorOptions,
  type DanceStep,
  isDanceError,
} from "./errors.js";
export { type Profile, type ProfileFields, type ProfileSource, verifiedEmail } from "./handle/profile.js";
export { type AccountSummary, type HandleStatus, ProviderHandle } from "./handle/provider-handle.js";
export type {
  AuthorizedAnswer,
  AuthorizedEvent,
  AuthorizedVerdict,
  BeforeLoginEvent,
  DanceHooks,
  ErrorEvent,
  TokenUpdatedEvent,
} from "./hooks.js";
export { parseCookieHeader } from "./http/cookies.js";
export type { FetchOptions, WebHandles } from "./http/fetch-handler.js";
export { type FormBodySource, readFormBody } from "./http/form-body.js";
export { ResponseTooLargeError } from "./http/limited-fetch.js";
export { danceRequestFromNode, type NodeRequestLike, type NodeRequestOptions } from "./http/node-request.js";
export {
  createDanceRequest,
  type DanceRequest,
  type DanceRequestInit,
  type HeaderValue,
  originOf,
} from "./http/request.js";
export type { DanceResponse, DanceResult } from "./http/result.js";
export { danceRequestFromWeb, type WebRequestOptions } from "./http/web-request.js";
export { toWebResponse } from "./http/web-response.js";
export type { DanceLogger } from "./logger.js";
export type { ConfigSource } from "./options/from-config.js";
export { oauth1 } from "./protocols/oauth1/oauth1.js";
export type { OAuth1Options, OAuth1SignatureMethod } from "./protocols/oauth1/oauth1-options.js";
export type { BasicAuthEncoding } from "./protocols/oauth2/basic-auth.js";
export type {
  PrivateKeyJwtOptions,
  SignedClientSecretOptions,
  TokenEndpointAuthMethod,
} from "./protocols/oauth2/client-auth-options.js";
export { oauth2 } from "./protocols/oauth2/oauth2.js";
export type {
  OAuth2Options,
  PkceSupport,
  RefreshBehaviour,
  ResponseMode,
  TokenRequestFormat,
  TokenResponseShape,
} from "./protocols/oauth2/oauth2-options.js";
export type {
  ClientRegistrationMetadata,
  ClientRegistrationOptions,
} from "./protocols/oauth2/registration-options.js";
export type {
  ProviderCacheOptions,
  ProviderResolver,
} from "./protocols/provider-directory.js";
export {
  type DeclaredProvider,
  type OAuth1Provider,
  type OAuth2Provider,
  type PerRequest,
  type PerRequestProvider,
  type Provider,
  type ProviderRequest,
  perRequest,
  withProfile,
} from "./provider.js";
export type { Register, RegisteredHandles } from "./register.js";
export { type ContextOptions, findHandle, type Handles, type RequestContext } from "./request-context.js";
export { atRestSealer } from "./session/at-rest-sealer.js";
export { weakSecretReason } from "./session/secret-strength.js";
export type { SessionCookies } from "./session/session-cookies.js";
export {
  type ClientRegistrationKey,
  type ClientRegistrationStore,
  MemoryRegistrationStore,
  type RegisteredClient,
} from "./storage/client-registration-store.js";
export {
  type LogoutEntry,
  type LogoutList,
  type LogoutQuery,
  MemoryLogoutList,
} from "./storage/logout-list.js";
export { MemoryStorage } from "./storage/memory-storage.js";
export { NullStorage } from "./storage/null-storage.js";
export {
  resolveUser,
  type UserContext,
  type UserId,
  type UserResolver,
  type UserRules,
} from "./storage/resolve-user.js";
export { SessionStorage, type SessionStorageOptions } from "./storage/session-storage.js";
export { ACCOUNT_FIELD, ACCOUNT_LABEL_FIELD, type ProviderAccount } from "./storage/token-account.js";
export {
  configuredUser,
  type StoredAccount,
  type TokenContext,
  type TokenStorage,
  type VersionedToken,
} from "./storage/token-storage.js";
export type {
  TelemetryAttributes,
  TelemetryMeter,
  TelemetryOptions,
  TelemetrySpan,
  TelemetryTracer,
} from "./telemetry.js";
export type { Token } from "./token.js";
