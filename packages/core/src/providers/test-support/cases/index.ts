// Every OAuth 2 preset's documented behaviour: one case file per preset, named by its id, gathered here by id.
import type { PresetCase } from "../provider-simulator.js";
import { CASES as amazon } from "./amazon.js";
import { CASES as apple } from "./apple.js";
import { CASES as atlassian } from "./atlassian.js";
import { CASES as auth0 } from "./auth0.js";
import { CASES as authentik } from "./authentik.js";
import { CASES as authentiq } from "./authentiq.js";
import { CASES as azure } from "./azure.js";
import { CASES as battlenet } from "./battlenet.js";
import { CASES as bitbucket } from "./bitbucket.js";
import { CASES as box } from "./box.js";
import { CASES as cognito } from "./cognito.js";
import { CASES as coinbase } from "./coinbase.js";
import { CASES as dexcom } from "./dexcom.js";
import { CASES as digitalocean } from "./digitalocean.js";
import { CASES as discord } from "./discord.js";
import { CASES as dribbble } from "./dribbble.js";
import { CASES as dropbox } from "./dropbox.js";
import { CASES as epicgames } from "./epicgames.js";
import { CASES as facebook } from "./facebook.js";
import { CASES as figma } from "./figma.js";
import { CASES as fitbit } from "./fitbit.js";
import { CASES as github } from "./github.js";
import { CASES as gitlab } from "./gitlab.js";
import { CASES as google } from "./google.js";
import { CASES as heroku } from "./heroku.js";
import { CASES as hubspot } from "./hubspot.js";
import { CASES as huggingface } from "./huggingface.js";
import { CASES as instagram } from "./instagram.js";
import { CASES as intuit } from "./intuit.js";
import { CASES as kakao } from "./kakao.js";
import { CASES as keycloak } from "./keycloak.js";
import { CASES as kick } from "./kick.js";
import { CASES as line } from "./line.js";
import { CASES as linear } from "./linear.js";
import { CASES as linkedin } from "./linkedin.js";
import { CASES as mastodon } from "./mastodon.js";
import { CASES as meetup } from "./meetup.js";
import { CASES as naver } from "./naver.js";
import { CASES as notion } from "./notion.js";
import { CASES as nylas } from "./nylas.js";
import { CASES as oidc } from "./oidc.js";
import { CASES as okta } from "./okta.js";
import { CASES as orcid } from "./orcid.js";
import { CASES as osm } from "./osm.js";
import { CASES as osu } from "./osu.js";
import { CASES as patreon } from "./patreon.js";
import { CASES as paypal } from "./paypal.js";
import { CASES as pinterest } from "./pinterest.js";
import { CASES as reddit } from "./reddit.js";
import { CASES as roblox } from "./roblox.js";
import { CASES as salesforce } from "./salesforce.js";
import { CASES as slack } from "./slack.js";
import { CASES as spotify } from "./spotify.js";
import { CASES as strava } from "./strava.js";
import { CASES as tiktok } from "./tiktok.js";
import { CASES as twitch } from "./twitch.js";
import { CASES as vercel } from "./vercel.js";
import { CASES as vk } from "./vk.js";
import { CASES as wechat } from "./wechat.js";
import { CASES as withings } from "./withings.js";
import { CASES as workos } from "./workos.js";
import { CASES as x } from "./x.js";
import { CASES as yahoo } from "./yahoo.js";
import { CASES as yandex } from "./yandex.js";
import { CASES as zoho } from "./zoho.js";
import { CASES as zoom } from "./zoom.js";

/** Each case file's cases, under the file's name: the id of the preset they test. */
export const CASE_FILES: Readonly<Record<string, readonly PresetCase[]>> = {
  amazon,
  apple,
  atlassian,
  auth0,
  authentik,
  authentiq,
  azure,
  battlenet,
  bitbucket,
  box,
  cognito,
  coinbase,
  dexcom,
  digitalocean,
  discord,
  dribbble,
  dropbox,
  epicgames,
  facebook,
  figma,
  fitbit,
  github,
  gitlab,
  google,
  heroku,
  hubspot,
  huggingface,
  instagram,
  intuit,
  kakao,
  keycloak,
  kick,
  line,
  linear,
  linkedin,
  mastodon,
  meetup,
  naver,
  notion,
  nylas,
  oidc,
  okta,
  orcid,
  osm,
  osu,
  patreon,
  paypal,
  pinterest,
  reddit,
  roblox,
  salesforce,
  slack,
  spotify,
  strava,
  tiktok,
  twitch,
  vercel,
  vk,
  wechat,
  withings,
  workos,
  x,
  yahoo,
  yandex,
  zoho,
  zoom,
};

/** Every case, the files in order of their ids. */
export const CASES: readonly PresetCase[] = Object.values(CASE_FILES).flat();
