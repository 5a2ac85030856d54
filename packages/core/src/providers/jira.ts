// Jira Server / Data Center over OAuth 1.0a: self-hosted, RSA-SHA1 with the key of an application link.
import { DanceError } from "../errors.js";
import { oauth1 } from "../protocols/oauth1/oauth1.js";
import type { OAuth1Provider } from "../provider.js";
import { type OAuth1PresetOptions, oauth1Preset, withOAuth1FromConfig } from "./preset.js";

export interface JiraOptions extends Omit<OAuth1PresetOptions, "baseUrl" | "clientKey"> {
  /** The Jira server's URL, context path included (`https://jira.example.com` or `https://example.com/jira`). */
  baseUrl: string;
  /** The consumer key of the application link. */
  consumerKey?: string;
}

/**
 * Jira Server or Data Center (the application-link OAuth 1.0a, RSA-SHA1). `rsaPrivateKey` is the PEM text of
 * the key whose public half was given to Jira (read a key file yourself: the core reads no files). `api` is
 * based on `{baseUrl}/rest/api/2/` and sends JSON. Without `consumerKey`, reads `JIRA_CONSUMER_KEY` /
 * `JIRA_RSA_PRIVATE_KEY` from the config source.
 *
 * @throws DanceError `invalid_options` when `baseUrl` is missing.
 * @example jira({ baseUrl: "https://jira.example.com", consumerKey, rsaPrivateKey: readFileSync("jira.pem", "utf8") })
 */
export const jira = oauth1Preset(
  {
    id: "jira",
    name: "Jira Server / Data Center",
    docs: "https://developer.atlassian.com/server/jira/platform/oauth/",
    options: ["baseUrl", "consumerKey"],
    required: ["baseUrl"],
    example: { baseUrl: "https://jira.example.com", consumerKey: "key", rsaPrivateKey: "PRIVATE KEY" },
    checked: "2026-12-03",
  },
  (options: JiraOptions): OAuth1Provider => {
    const { baseUrl, consumerKey, ...rest } = options;
    if (typeof baseUrl !== "string" || !baseUrl) {
      throw new DanceError(
        "invalid_options",
        "Invalid options: jira().baseUrl: Required (the Jira server's URL)",
        {
          step: "options",
        },
      );
    }
    const server = baseUrl.replace(/\/+$/, "");
    const clientKey = consumerKey ? { clientKey: consumerKey } : {};
    return oauth1({
      signatureMethod: "RSA-SHA1",
      requestTokenUrl: `${server}/plugins/servlet/oauth/request-token`,
      authorizationUrl: `${server}/plugins/servlet/oauth/authorize`,
      accessTokenUrl: `${server}/plugins/servlet/oauth/access-token`,
      baseUrl: `${server}/rest/api/2/`,
      ...clientKey,
      ...rest,
      apiHeaders: { "Content-Type": "application/json", ...rest.apiHeaders },
      ...withOAuth1FromConfig(
        { ...clientKey, ...rest },
        { clientKey: "JIRA_CONSUMER_KEY", rsaPrivateKey: "JIRA_RSA_PRIVATE_KEY" },
      ),
    });
  },
);
