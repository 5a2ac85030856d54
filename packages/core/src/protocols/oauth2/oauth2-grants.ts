// What the OAuth 2 grant steps (the dance, refresh, revocation) read of their provider's client.
import type * as client from "openid-client";
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
  /** Whether a URL is an https page of the provider, safe to show the user. */
  isProviderPage(url: string): Promise<boolean>;
}
