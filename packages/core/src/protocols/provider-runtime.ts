// A declared provider made ready for requests: options checked once, `fromConfig` applied per request (cached).
import type { z } from "zod";
import { DanceError } from "../errors.js";
import type { ProfileSource } from "../handle/profile.js";
import { applyConfigValues, type ConfigSource, readFromConfig } from "../options/from-config.js";
import { parseOptions } from "../options/schema-helpers.js";
import type { Provider } from "../provider.js";
import { OAuth1Client } from "./oauth1/oauth1-client.js";
import { oauth1Flow } from "./oauth1/oauth1-flow.js";
import { type OAuth1Options, oauth1OptionsSchema } from "./oauth1/oauth1-options.js";
import { type ClientDeps, OAuth2Client } from "./oauth2/oauth2-client.js";
import { oauth2Flow } from "./oauth2/oauth2-flow.js";
import { type OAuth2Options, oauth2OptionsSchema } from "./oauth2/oauth2-options.js";
import type { DanceFlow } from "./protocol.js";

/** A provider's client for one request, whichever protocol it speaks. */
export type DanceClient = OAuth2Client | OAuth1Client;

/** Distinct `fromConfig` results kept ready; more than this means config changes per request, so start over. */
const MAX_CACHED_CLIENTS = 32;

/** What differs between the protocols, as data: the schema, the client, the dance. */
const PROTOCOLS = {
  oauth2: { schema: oauth2OptionsSchema, flow: oauth2Flow },
  oauth1: { schema: oauth1OptionsSchema, flow: oauth1Flow },
} as const;

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
  readonly flow: DanceFlow<DanceClient>;
  /** Where `handle.profile()` reads the user from, as the provider declared it. */
  readonly profile: ProfileSource | undefined;
  readonly #deps: ClientDeps;
  readonly #clients = new Map<string, DanceClient>();
  readonly #static: DanceClient | undefined;

  constructor(name: string, provider: Provider, deps: ClientDeps) {
    this.name = name;
    this.kind = provider.kind;
    this.#deps = deps;
    this.flow = PROTOCOLS[provider.kind].flow as DanceFlow<DanceClient>;
    this.profile = provider.profile;
    this.options = this.#parse(provider.options);
    if (!this.options.fromConfig) this.#static = this.#client(this.options);
  }

  /** The client for this request: the declared options, with whatever `fromConfig` finds in `source`. */
  clientFor(source: ConfigSource | undefined): DanceClient {
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

  #parse(options: unknown): Readonly<OAuth2Options | OAuth1Options> {
    const schema: z.ZodType = PROTOCOLS[this.kind].schema;
    return parseOptions(schema, options, ["providers", this.name]) as OAuth2Options | OAuth1Options;
  }

  #client(options: Readonly<OAuth2Options | OAuth1Options>): DanceClient {
    return this.kind === "oauth2"
      ? new OAuth2Client(this.name, options as OAuth2Options, this.#deps)
      : new OAuth1Client(this.name, options as OAuth1Options, this.#deps);
  }
}
