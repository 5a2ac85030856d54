// A provider made ready for requests: options checked once, `fromConfig` applied per request (cached).
import type { z } from "zod";
import { DanceError } from "../errors.js";
import type { ProfileSource } from "../handle/profile.js";
import { applyConfigValues, type ConfigSource, readFromConfig } from "../options/from-config.js";
import { parseOptions } from "../options/schema-helpers.js";
import type { Provider } from "../provider.js";
import { OAuth1Client } from "./oauth1/oauth1-client.js";
import { type OAuth1Options, oauth1OptionsSchema } from "./oauth1/oauth1-options.js";
import { OAuth2Client } from "./oauth2/oauth2-client.js";
import { type OAuth2Options, oauth2OptionsSchema } from "./oauth2/oauth2-options.js";
import type { ClientDeps, ProtocolClient } from "./protocol.js";

/** Distinct `fromConfig` results kept ready; more than this means config changes per request, so start over. */
const MAX_CACHED_CLIENTS = 32;

/** What differs between the protocols at start-up, as data: the schema, the client, how the callback arrives. */
const PROTOCOLS = {
  oauth2: {
    schema: oauth2OptionsSchema,
    client: (name: string, options: object, deps: ClientDeps) =>
      new OAuth2Client(name, options as OAuth2Options, deps),
    formPost: (options: object) => (options as OAuth2Options).responseMode === "form_post",
    backchannelLogout: (options: object) => Boolean((options as OAuth2Options).backchannelLogout),
    binding: (options: object) => {
      const { issuer, tokenUrl, authorizationUrl, clientId } = options as OAuth2Options;
      return { issuer: issuer ?? tokenUrl ?? authorizationUrl ?? "", clientId: clientId ?? "" };
    },
  },
  oauth1: {
    schema: oauth1OptionsSchema,
    client: (name: string, options: object, deps: ClientDeps) =>
      new OAuth1Client(name, options as OAuth1Options, deps),
    formPost: () => false,
    backchannelLogout: () => false,
    binding: (options: object) => {
      const { accessTokenUrl, clientKey } = options as OAuth1Options;
      return { issuer: accessTokenUrl, clientId: clientKey ?? "" };
    },
  },
} as const;

/**
 * The authorization server and client a dance or token belongs to, for providers chosen per request: what was
 * started or issued under one is never finished or used under another.
 */
export interface ClientBinding {
  /** The issuer, or the token endpoint of a provider without one. */
  issuer: string;
  clientId: string;
}

/** The schema a provider's options are checked against. */
export function optionsSchemaOf(provider: Provider): z.ZodType {
  return PROTOCOLS[provider.kind].schema;
}

/** Options `fromConfig` must find when it maps them: without them the provider cannot work at all. */
const CREDENTIALS = ["clientId", "clientKey", "clientSecret", "rsaPrivateKey"] as const;

export class ProviderRuntime {
  readonly name: string;
  readonly kind: Provider["kind"];
  /** The options as declared (fromConfig not applied): enough for redirects and headers. */
  readonly options: Readonly<OAuth2Options | OAuth1Options>;
  /** Whether the provider returns to its callback with a cross-site form POST (`response_mode=form_post`). */
  readonly returnsByFormPost: boolean;
  /** Whether the provider POSTs logout tokens to the dance (OpenID Connect Back-Channel Logout, opted in). */
  readonly acceptsBackchannelLogout: boolean;
  /** Whether the user may connect several accounts at this provider, each with its own token. */
  readonly multipleAccounts: boolean;
  /** Where `handle.profile()` reads the user from, as the provider declared it. */
  readonly profile: ProfileSource | undefined;
  readonly #deps: ClientDeps;
  readonly #clients = new Map<string, ProtocolClient>();
  readonly #static: ProtocolClient | undefined;
  /** Set for providers chosen per request: each client's server and id. */
  readonly #bindings: WeakMap<ProtocolClient, ClientBinding> | undefined;

  /** `bound`: the provider is chosen per request, so its dances and tokens carry their client's binding. */
  constructor(name: string, provider: Provider, deps: ClientDeps, { bound = false } = {}) {
    this.name = name;
    this.#bindings = bound ? new WeakMap() : undefined;
    this.kind = provider.kind;
    this.#deps = deps;
    this.profile = provider.profile;
    this.options = this.#parse(provider.options);
    this.returnsByFormPost = PROTOCOLS[this.kind].formPost(this.options);
    this.acceptsBackchannelLogout = PROTOCOLS[this.kind].backchannelLogout(this.options);
    this.multipleAccounts = this.options.multipleAccounts === true;
    if (!this.options.fromConfig) this.#static = this.#client(this.options);
  }

  /** The client for this request: the declared options, with whatever `fromConfig` finds in `source`. */
  clientFor(source: ConfigSource | undefined): ProtocolClient {
    if (this.#static) return this.#static;
    const values = readFromConfig(this.options.fromConfig, source);
    const key = JSON.stringify(values);
    let client = this.#clients.get(key);
    if (!client) {
      const resolved = applyConfigValues(this.options, values) as Record<string, unknown>;
      for (const option of CREDENTIALS) {
        const configKey = this.options.fromConfig?.[option];
        if (configKey && !resolved[option]) {
          throw new DanceError(
            "missing_config",
            `providers.${this.name}.${option} is not set: fromConfig reads it from "${configKey}", which is empty`,
            { provider: this.name, step: "options" },
          );
        }
      }
      client = this.#client(this.#parse(resolved));
      if (this.#clients.size >= MAX_CACHED_CLIENTS) this.#clients.clear();
      this.#clients.set(key, client);
    }
    return client;
  }

  /** What the client's dances and tokens are bound to; undefined for providers fixed at start-up. */
  bindingOf(client: ProtocolClient): ClientBinding | undefined {
    return this.#bindings?.get(client);
  }

  #parse(options: unknown): Readonly<OAuth2Options | OAuth1Options> {
    const schema: z.ZodType = PROTOCOLS[this.kind].schema;
    return parseOptions(schema, options, ["providers", this.name]) as OAuth2Options | OAuth1Options;
  }

  #client(options: Readonly<OAuth2Options | OAuth1Options>): ProtocolClient {
    const client = PROTOCOLS[this.kind].client(this.name, options, this.#deps);
    this.#bindings?.set(client, PROTOCOLS[this.kind].binding(options));
    return client;
  }
}
