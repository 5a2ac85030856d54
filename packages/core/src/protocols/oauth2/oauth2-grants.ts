// What the OAuth 2 grant steps (the dance, refresh, revocation) read of their provider's client.
import type * as client from "openid-client";
import type { DPoPKeys } from "./dpop.js";
import type { OAuth2Options } from "./oauth2-options.js";

export interface OAuth2Grants {
  readonly name: string;
  readonly options: Readonly<OAuth2Options>;
  /** The scopes, joined as the provider wants them. */
  readonly scope: string | undefined;
  /** Whether the login is OpenID Connect (a nonce sent, an ID token expected). */
  readonly isOpenId: boolean;
  configuration(): Promise<client.Configuration>;
  /** The configuration refreshes go through. */
  refreshConfiguration(): Promise<client.Configuration>;
  /** The DPoP keys of this client's tokens: made when `dpop` is on, read whenever a token has one. */
  readonly dpopKeys: DPoPKeys;
  /** Whether tokens are DPoP-bound from the code exchange on. */
  readonly usesDPoP: boolean;
  /** The key request objects are signed with, when `requestObject` is set (imported once). */
  requestObjectKey(): Promise<CryptoKey> | undefined;
  /** Whether a URL is an https page of the provider, safe to show the user. */
  isProviderPage(url: string): Promise<boolean>;
}
