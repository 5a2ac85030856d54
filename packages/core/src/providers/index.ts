// @oauth-dance/core/providers: one preset per provider, each built on oauth2() or oauth1().
export { github } from "./github.js";
export { type GoogleOptions, google } from "./google.js";
export { type JiraOptions, jira } from "./jira.js";
export type { OAuth1PresetOptions, PresetOptions } from "./preset.js";
export { type TwitterOptions, twitter } from "./twitter.js";
