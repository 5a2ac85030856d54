// Every OAuth 1.0a preset's documented behaviour: one case file per preset, named by its id, gathered here by id.
import type { OAuth1PresetCase } from "../oauth1-simulator.js";
import { CASES as flickr } from "./flickr.js";
import { CASES as jira } from "./jira.js";
import { CASES as plurk } from "./plurk.js";
import { CASES as smugmug } from "./smugmug.js";
import { CASES as trello } from "./trello.js";
import { CASES as twitter } from "./twitter.js";

/** Each case file's cases, under the file's name: the id of the preset they test. */
export const OAUTH1_CASE_FILES: Readonly<Record<string, readonly OAuth1PresetCase[]>> = {
  flickr,
  jira,
  plurk,
  smugmug,
  trello,
  twitter,
};

/** Every case, the files in order of their ids. */
export const OAUTH1_CASES: readonly OAuth1PresetCase[] = Object.values(OAUTH1_CASE_FILES).flat();
