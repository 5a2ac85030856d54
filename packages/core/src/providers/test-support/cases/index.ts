// Every OAuth 2 preset's documented behaviour: one case file per preset, named by its id, gathered here by id.
import type { PresetCase } from "../provider-simulator.js";
import { CASES as adobesign } from "./adobesign.js";
import { CASES as aidbox } from "./aidbox.js";
import { CASES as aircall } from "./aircall.js";
import { CASES as airtable } from "./airtable.js";
import { CASES as amazon } from "./amazon.js";
import { CASES as anilist } from "./anilist.js";
import { CASES as ansattporten } from "./ansattporten.js";
import { CASES as apple } from "./apple.js";
import { CASES as asana } from "./asana.js";
import { CASES as asgardeo } from "./asgardeo.js";
import { CASES as athenahealth } from "./athenahealth.js";
import { CASES as atlassian } from "./atlassian.js";
import { CASES as auth0 } from "./auth0.js";
import { CASES as authelia } from "./authelia.js";
import { CASES as authentik } from "./authentik.js";
import { CASES as authentiq } from "./authentiq.js";
import { CASES as authing } from "./authing.js";
import { CASES as aweber } from "./aweber.js";
import { CASES as azure } from "./azure.js";
import { CASES as baidu } from "./baidu.js";
import { CASES as bankidno } from "./bankidno.js";
import { CASES as basecamp } from "./basecamp.js";
import { CASES as battlenet } from "./battlenet.js";
import { CASES as beyondidentity } from "./beyondidentity.js";
import { CASES as bitbucket } from "./bitbucket.js";
import { CASES as bitly } from "./bitly.js";
import { CASES as blackboard } from "./blackboard.js";
import { CASES as bluebutton } from "./bluebutton.js";
import { CASES as box } from "./box.js";
import { CASES as brex } from "./brex.js";
import { CASES as brightspace } from "./brightspace.js";
import { CASES as bungie } from "./bungie.js";
import { CASES as calendly } from "./calendly.js";
import { CASES as campaignmonitor } from "./campaignmonitor.js";
import { CASES as canva } from "./canva.js";
import { CASES as canvas } from "./canvas.js";
import { CASES as casdoor } from "./casdoor.js";
import { CASES as cerner } from "./cerner.js";
import { CASES as classlink } from "./classlink.js";
import { CASES as claveunica } from "./claveunica.js";
import { CASES as clerk } from "./clerk.js";
import { CASES as clever } from "./clever.js";
import { CASES as clickup } from "./clickup.js";
import { CASES as close } from "./close.js";
import { CASES as cognito } from "./cognito.js";
import { CASES as coinbase } from "./coinbase.js";
import { CASES as concept2 } from "./concept2.js";
import { CASES as constantcontact } from "./constantcontact.js";
import { CASES as contentful } from "./contentful.js";
import { CASES as copper } from "./copper.js";
import { CASES as criipto } from "./criipto.js";
import { CASES as daccount } from "./daccount.js";
import { CASES as dailymotion } from "./dailymotion.js";
import { CASES as descope } from "./descope.js";
import { CASES as deviantart } from "./deviantart.js";
import { CASES as dex } from "./dex.js";
import { CASES as dexcom } from "./dexcom.js";
import { CASES as dialpad } from "./dialpad.js";
import { CASES as digilocker } from "./digilocker.js";
import { CASES as digitalocean } from "./digitalocean.js";
import { CASES as discord } from "./discord.js";
import { CASES as docusign } from "./docusign.js";
import { CASES as douyin } from "./douyin.js";
import { CASES as dribbble } from "./dribbble.js";
import { CASES as dropbox } from "./dropbox.js";
import { CASES as dropboxsign } from "./dropboxsign.js";
import { CASES as duende } from "./duende.js";
import { CASES as ecwid } from "./ecwid.js";
import { CASES as edx } from "./edx.js";
import { CASES as egnyte } from "./egnyte.js";
import { CASES as entraexternalid } from "./entraexternalid.js";
import { CASES as epic } from "./epic.js";
import { CASES as epicgames } from "./epicgames.js";
import { CASES as etsy } from "./etsy.js";
import { CASES as eventbrite } from "./eventbrite.js";
import { CASES as eveonline } from "./eveonline.js";
import { CASES as facebook } from "./facebook.js";
import { CASES as faceit } from "./faceit.js";
import { CASES as feishu } from "./feishu.js";
import { CASES as figma } from "./figma.js";
import { CASES as fitbit } from "./fitbit.js";
import { CASES as fortytwo } from "./fortytwo.js";
import { CASES as foursquare } from "./foursquare.js";
import { CASES as franceconnect } from "./franceconnect.js";
import { CASES as freeagent } from "./freeagent.js";
import { CASES as freja } from "./freja.js";
import { CASES as freshbooks } from "./freshbooks.js";
import { CASES as front } from "./front.js";
import { CASES as frontegg } from "./frontegg.js";
import { CASES as fusionauth } from "./fusionauth.js";
import { CASES as garmin } from "./garmin.js";
import { CASES as genius } from "./genius.js";
import { CASES as gitea } from "./gitea.js";
import { CASES as gitee } from "./gitee.js";
import { CASES as github } from "./github.js";
import { CASES as gitlab } from "./gitlab.js";
import { CASES as gocardless } from "./gocardless.js";
import { CASES as google } from "./google.js";
import { CASES as gorgias } from "./gorgias.js";
import { CASES as goto } from "./goto.js";
import { CASES as govbr } from "./govbr.js";
import { CASES as gumroad } from "./gumroad.js";
import { CASES as helpscout } from "./helpscout.js";
import { CASES as heroku } from "./heroku.js";
import { CASES as huawei } from "./huawei.js";
import { CASES as hubspot } from "./hubspot.js";
import { CASES as huggingface } from "./huggingface.js";
import { CASES as ibmverify } from "./ibmverify.js";
import { CASES as idaustria } from "./idaustria.js";
import { CASES as idme } from "./idme.js";
import { CASES as idporten } from "./idporten.js";
import { CASES as iduruguay } from "./iduruguay.js";
import { CASES as imgur } from "./imgur.js";
import { CASES as inoreader } from "./inoreader.js";
import { CASES as instagram } from "./instagram.js";
import { CASES as intercom } from "./intercom.js";
import { CASES as intervals } from "./intervals.js";
import { CASES as intuit } from "./intuit.js";
import { CASES as janssen } from "./janssen.js";
import { CASES as kakao } from "./kakao.js";
import { CASES as kanidm } from "./kanidm.js";
import { CASES as keap } from "./keap.js";
import { CASES as keycloak } from "./keycloak.js";
import { CASES as kick } from "./kick.js";
import { CASES as kinde } from "./kinde.js";
import { CASES as kkbox } from "./kkbox.js";
import { CASES as klaviyo } from "./klaviyo.js";
import { CASES as komoot } from "./komoot.js";
import { CASES as lichess } from "./lichess.js";
import { CASES as lightspeed } from "./lightspeed.js";
import { CASES as line } from "./line.js";
import { CASES as linear } from "./linear.js";
import { CASES as lineworks } from "./lineworks.js";
import { CASES as linkedin } from "./linkedin.js";
import { CASES as logingov } from "./logingov.js";
import { CASES as logto } from "./logto.js";
import { CASES as lucid } from "./lucid.js";
import { CASES as mailchimp } from "./mailchimp.js";
import { CASES as mailru } from "./mailru.js";
import { CASES as mapmyfitness } from "./mapmyfitness.js";
import { CASES as mastodon } from "./mastodon.js";
import { CASES as mattermost } from "./mattermost.js";
import { CASES as medplum } from "./medplum.js";
import { CASES as meetup } from "./meetup.js";
import { CASES as mercadolibre } from "./mercadolibre.js";
import { CASES as mercadopago } from "./mercadopago.js";
import { CASES as miargentina } from "./miargentina.js";
import { CASES as miro } from "./miro.js";
import { CASES as mixcloud } from "./mixcloud.js";
import { CASES as mojeid } from "./mojeid.js";
import { CASES as mollie } from "./mollie.js";
import { CASES as monday } from "./monday.js";
import { CASES as monzo } from "./monzo.js";
import { CASES as myob } from "./myob.js";
import { CASES as naver } from "./naver.js";
import { CASES as netid } from "./netid.js";
import { CASES as netlify } from "./netlify.js";
import { CASES as nextcloud } from "./nextcloud.js";
import { CASES as notion } from "./notion.js";
import { CASES as nylas } from "./nylas.js";
import { CASES as oidc } from "./oidc.js";
import { CASES as okta } from "./okta.js";
import { CASES as onelogin } from "./onelogin.js";
import { CASES as orcid } from "./orcid.js";
import { CASES as ory } from "./ory.js";
import { CASES as osm } from "./osm.js";
import { CASES as osso } from "./osso.js";
import { CASES as osu } from "./osu.js";
import { CASES as oura } from "./oura.js";
import { CASES as pandadoc } from "./pandadoc.js";
import { CASES as patreon } from "./patreon.js";
import { CASES as paypal } from "./paypal.js";
import { CASES as pingone } from "./pingone.js";
import { CASES as pinterest } from "./pinterest.js";
import { CASES as pipedrive } from "./pipedrive.js";
import { CASES as polar } from "./polar.js";
import { CASES as qq } from "./qq.js";
import { CASES as raindrop } from "./raindrop.js";
import { CASES as reddit } from "./reddit.js";
import { CASES as ringcentral } from "./ringcentral.js";
import { CASES as roblox } from "./roblox.js";
import { CASES as sage } from "./sage.js";
import { CASES as salesforce } from "./salesforce.js";
import { CASES as salla } from "./salla.js";
import { CASES as sentry } from "./sentry.js";
import { CASES as shopify } from "./shopify.js";
import { CASES as signicat } from "./signicat.js";
import { CASES as slack } from "./slack.js";
import { CASES as smartsheet } from "./smartsheet.js";
import { CASES as snapchat } from "./snapchat.js";
import { CASES as snowflake } from "./snowflake.js";
import { CASES as soundcloud } from "./soundcloud.js";
import { CASES as sourcegraph } from "./sourcegraph.js";
import { CASES as spotify } from "./spotify.js";
import { CASES as square } from "./square.js";
import { CASES as squarespace } from "./squarespace.js";
import { CASES as stackexchange } from "./stackexchange.js";
import { CASES as starling } from "./starling.js";
import { CASES as storyblok } from "./storyblok.js";
import { CASES as strava } from "./strava.js";
import { CASES as stripe } from "./stripe.js";
import { CASES as stytch } from "./stytch.js";
import { CASES as supabase } from "./supabase.js";
import { CASES as surveymonkey } from "./surveymonkey.js";
import { CASES as suunto } from "./suunto.js";
import { CASES as swissid } from "./swissid.js";
import { CASES as tara } from "./tara.js";
import { CASES as teamviewer } from "./teamviewer.js";
import { CASES as threads } from "./threads.js";
import { CASES as tidal } from "./tidal.js";
import { CASES as tiktok } from "./tiktok.js";
import { CASES as todoist } from "./todoist.js";
import { CASES as trainingpeaks } from "./trainingpeaks.js";
import { CASES as trakt } from "./trakt.js";
import { CASES as truelayer } from "./truelayer.js";
import { CASES as tumblr } from "./tumblr.js";
import { CASES as twitch } from "./twitch.js";
import { CASES as typeform } from "./typeform.js";
import { CASES as uaepass } from "./uaepass.js";
import { CASES as unsplash } from "./unsplash.js";
import { CASES as upwork } from "./upwork.js";
import { CASES as vercel } from "./vercel.js";
import { CASES as verimi } from "./verimi.js";
import { CASES as vimeo } from "./vimeo.js";
import { CASES as vipps } from "./vipps.js";
import { CASES as vk } from "./vk.js";
import { CASES as wahoo } from "./wahoo.js";
import { CASES as webex } from "./webex.js";
import { CASES as webflow } from "./webflow.js";
import { CASES as wechat } from "./wechat.js";
import { CASES as weibo } from "./weibo.js";
import { CASES as whoop } from "./whoop.js";
import { CASES as wikimedia } from "./wikimedia.js";
import { CASES as wise } from "./wise.js";
import { CASES as withings } from "./withings.js";
import { CASES as wordpress } from "./wordpress.js";
import { CASES as workos } from "./workos.js";
import { CASES as wrike } from "./wrike.js";
import { CASES as wristband } from "./wristband.js";
import { CASES as x } from "./x.js";
import { CASES as xero } from "./xero.js";
import { CASES as yahoo } from "./yahoo.js";
import { CASES as yahoojapan } from "./yahoojapan.js";
import { CASES as yandex } from "./yandex.js";
import { CASES as zendesk } from "./zendesk.js";
import { CASES as zitadel } from "./zitadel.js";
import { CASES as zoho } from "./zoho.js";
import { CASES as zoom } from "./zoom.js";

/** Each case file's cases, under the file's name: the id of the preset they test. */
export const CASE_FILES: Readonly<Record<string, readonly PresetCase[]>> = {
  adobesign,
  aidbox,
  aircall,
  airtable,
  amazon,
  anilist,
  ansattporten,
  apple,
  asana,
  asgardeo,
  athenahealth,
  atlassian,
  auth0,
  authelia,
  authentik,
  authentiq,
  authing,
  aweber,
  azure,
  baidu,
  bankidno,
  basecamp,
  battlenet,
  beyondidentity,
  bitbucket,
  bitly,
  blackboard,
  bluebutton,
  box,
  brex,
  brightspace,
  bungie,
  calendly,
  campaignmonitor,
  canva,
  canvas,
  casdoor,
  cerner,
  classlink,
  claveunica,
  clerk,
  clever,
  clickup,
  close,
  cognito,
  coinbase,
  concept2,
  constantcontact,
  contentful,
  copper,
  criipto,
  daccount,
  dailymotion,
  descope,
  deviantart,
  dex,
  dexcom,
  dialpad,
  digilocker,
  digitalocean,
  discord,
  docusign,
  douyin,
  dribbble,
  dropbox,
  dropboxsign,
  duende,
  ecwid,
  edx,
  egnyte,
  entraexternalid,
  epic,
  epicgames,
  etsy,
  eventbrite,
  eveonline,
  facebook,
  faceit,
  feishu,
  figma,
  fitbit,
  fortytwo,
  foursquare,
  franceconnect,
  freeagent,
  freja,
  freshbooks,
  front,
  frontegg,
  fusionauth,
  garmin,
  genius,
  gitea,
  gitee,
  github,
  gitlab,
  gocardless,
  google,
  gorgias,
  goto,
  govbr,
  gumroad,
  helpscout,
  heroku,
  huawei,
  hubspot,
  huggingface,
  ibmverify,
  idaustria,
  idme,
  idporten,
  iduruguay,
  imgur,
  inoreader,
  instagram,
  intercom,
  intervals,
  intuit,
  janssen,
  kakao,
  kanidm,
  keap,
  keycloak,
  kick,
  kinde,
  kkbox,
  klaviyo,
  komoot,
  lichess,
  lightspeed,
  line,
  linear,
  lineworks,
  linkedin,
  logingov,
  logto,
  lucid,
  mailchimp,
  mailru,
  mapmyfitness,
  mastodon,
  mattermost,
  medplum,
  meetup,
  mercadolibre,
  mercadopago,
  miargentina,
  miro,
  mixcloud,
  mojeid,
  mollie,
  monday,
  monzo,
  myob,
  naver,
  netid,
  netlify,
  nextcloud,
  notion,
  nylas,
  oidc,
  okta,
  onelogin,
  orcid,
  ory,
  osm,
  osso,
  osu,
  oura,
  pandadoc,
  patreon,
  paypal,
  pingone,
  pinterest,
  pipedrive,
  polar,
  qq,
  raindrop,
  reddit,
  ringcentral,
  roblox,
  sage,
  salesforce,
  salla,
  sentry,
  shopify,
  signicat,
  slack,
  smartsheet,
  snapchat,
  snowflake,
  soundcloud,
  sourcegraph,
  spotify,
  square,
  squarespace,
  stackexchange,
  starling,
  storyblok,
  strava,
  stripe,
  stytch,
  supabase,
  surveymonkey,
  suunto,
  swissid,
  tara,
  teamviewer,
  threads,
  tidal,
  tiktok,
  todoist,
  trainingpeaks,
  trakt,
  truelayer,
  tumblr,
  twitch,
  typeform,
  uaepass,
  unsplash,
  upwork,
  vercel,
  verimi,
  vimeo,
  vipps,
  vk,
  wahoo,
  webex,
  webflow,
  wechat,
  weibo,
  whoop,
  wikimedia,
  wise,
  withings,
  wordpress,
  workos,
  wrike,
  wristband,
  x,
  xero,
  yahoo,
  yahoojapan,
  yandex,
  zendesk,
  zitadel,
  zoho,
  zoom,
};

/** Every case, the files in order of their ids. */
export const CASES: readonly PresetCase[] = Object.values(CASE_FILES).flat();
