// @oauth-dance/core: the framework-free OAuth 1.0a and OAuth 2 / OpenID Connect dance.

export { Sealer } from "#seal";
export { parseCookieHeader } from "./cookies.js";
export { createDance, type Dance } from "./dance.js";
export type {
  AuthorizedEvent,
  BeforeLoginEvent,
  CookieOptions,
  DanceHooks,
  DanceOptions,
  ErrorEvent,
  TokenUpdatedEvent,
} from "./dance-options.js";
export {
  DanceError,
  DanceErrorCode,
  type DanceErrorInfo,
  type DanceErrorOptions,
  type DanceStep,
  isDanceError,
} from "./errors.js";
export type { FetchOptions } from "./fetch-handler.js";
export { type FormBodySource, readFormBody } from "./form-body.js";
export type { ConfigSource } from "./from-config.js";
export { type HandleStatus, ProviderHandle } from "./handle.js";
export type { DanceLogger } from "./logger.js";
export { oauth1 } from "./oauth1/oauth1.js";
export type { OAuth1Options, OAuth1SignatureMethod } from "./oauth1/oauth1-options.js";
export type { BasicAuthEncoding } from "./oauth2/basic-auth.js";
export { oauth2 } from "./oauth2/oauth2.js";
export type {
  OAuth2Options,
  PkceSupport,
  PrivateKeyJwtOptions,
  RefreshBehaviour,
  ResponseMode,
  SignedClientSecretOptions,
  TokenEndpointAuthMethod,
  TokenRequestFormat,
  TokenResponseShape,
} from "./oauth2/oauth2-options.js";
export type { Profile, ProfileFields, ProfileSource } from "./profile.js";
export { type OAuth1Provider, type OAuth2Provider, type Provider, withProfile } from "./provider.js";
export type { Register, RegisteredHandles } from "./register.js";
export { createDanceRequest, type DanceRequest, type DanceRequestInit, type HeaderValue } from "./request.js";
export type { ContextOptions, Handles, RequestContext } from "./request-context.js";
export type { DanceResponse, DanceResult } from "./result.js";
export { weakSecretReason } from "./session/secret-strength.js";
export type { SessionCookies } from "./session/session-cookies.js";
export { MemoryStorage } from "./storage/memory-storage.js";
export { NullStorage } from "./storage/null-storage.js";
export { SessionStorage, type SessionStorageOptions } from "./storage/session-storage.js";
export type { TokenContext, TokenStorage } from "./storage/token-storage.js";
export type { Token } from "./token.js";
export { danceRequestFromWeb, type WebRequestOptions } from "./web-request.js";
export { toWebResponse } from "./web-response.js";
