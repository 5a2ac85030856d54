// @oauth-dance/core/providers: one preset per provider, each built on oauth2() or oauth1().
export { type AmazonProfile, amazon } from "./amazon.js";
export { type AppleOptions, type AppleProfile, apple } from "./apple.js";
export { type AtlassianProfile, atlassian } from "./atlassian.js";
export { type Auth0Options, type Auth0Profile, auth0 } from "./auth0.js";
export { type AuthentikOptions, type AuthentikProfile, authentik } from "./authentik.js";
export { type AuthentiqOptions, type AuthentiqProfile, authentiq } from "./authentiq.js";
export { type AzureOptions, type AzureProfile, azure } from "./azure.js";
export { type BattleNetOptions, type BattleNetProfile, battlenet } from "./battlenet.js";
export { type BitbucketProfile, bitbucket } from "./bitbucket.js";
export { type BoxProfile, box } from "./box.js";
export { type CognitoOptions, type CognitoProfile, cognito } from "./cognito.js";
export { type CoinbaseProfile, coinbase } from "./coinbase.js";
export { type DexcomOptions, type DexcomProfile, dexcom } from "./dexcom.js";
export { type DigitalOceanProfile, digitalocean } from "./digitalocean.js";
export { type DiscordOptions, type DiscordProfile, discord } from "./discord.js";
export { type DribbbleProfile, dribbble } from "./dribbble.js";
export { type DropboxOptions, type DropboxProfile, dropbox } from "./dropbox.js";
export { type EpicGamesProfile, epicgames } from "./epicgames.js";
export { type FacebookOptions, type FacebookProfile, facebook } from "./facebook.js";
export { type FigmaProfile, figma } from "./figma.js";
export { type FitbitProfile, fitbit } from "./fitbit.js";
export { type FlickrOptions, type FlickrProfile, flickr } from "./flickr.js";
export { type GitHubProfile, github } from "./github.js";
export { type GitLabOptions, type GitLabProfile, gitlab } from "./gitlab.js";
export { type GoogleOptions, type GoogleProfile, google } from "./google.js";
export { type HerokuOptions, type HerokuProfile, heroku } from "./heroku.js";
export { type HubSpotOptions, type HubSpotProfile, hubspot } from "./hubspot.js";
export { type HuggingFaceProfile, huggingface } from "./huggingface.js";
export { type InstagramProfile, instagram } from "./instagram.js";
export { type IntuitOptions, type IntuitProfile, intuit } from "./intuit.js";
export { type JiraOptions, jira } from "./jira.js";
export { type KakaoProfile, kakao } from "./kakao.js";
export { type KeycloakOptions, type KeycloakProfile, keycloak } from "./keycloak.js";
export { type KickProfile, kick } from "./kick.js";
export { type LineOptions, type LineProfile, line } from "./line.js";
export { type LinearOptions, type LinearProfile, linear } from "./linear.js";
export { type LinkedInProfile, linkedin } from "./linkedin.js";
export { type MastodonOptions, type MastodonProfile, mastodon } from "./mastodon.js";
export { type MeetupProfile, meetup } from "./meetup.js";
export { type NaverProfile, naver } from "./naver.js";
export { type NotionProfile, notion } from "./notion.js";
export { type NylasOptions, type NylasProfile, nylas } from "./nylas.js";
export { type OidcOptions, type OidcProfile, oidc } from "./oidc.js";
export type { OidcClaims } from "./oidc-claims.js";
export { type OktaOptions, type OktaProfile, okta } from "./okta.js";
export { type OrcidOptions, type OrcidProfile, orcid } from "./orcid.js";
export { type OsmProfile, osm } from "./osm.js";
export { type OsuProfile, osu } from "./osu.js";
export { type PatreonProfile, patreon } from "./patreon.js";
export { type PayPalOptions, type PayPalProfile, paypal } from "./paypal.js";
export { type PinterestProfile, pinterest } from "./pinterest.js";
export type {
  NoOptions,
  OAuth1Preset,
  OAuth1PresetOptions,
  OAuth2PresetSpec,
  Preset,
  PresetArguments,
  PresetInfo,
  PresetOptions,
} from "./preset.js";
export { type PlurkProfile, plurk } from "./plurk.js";
export { type RedditOptions, type RedditProfile, reddit } from "./reddit.js";
export { type RobloxProfile, roblox } from "./roblox.js";
export { type SalesforceOptions, type SalesforceProfile, salesforce } from "./salesforce.js";
export { type SlackOptions, type SlackProfile, slack } from "./slack.js";
export { type SmugMugOptions, type SmugMugProfile, smugmug } from "./smugmug.js";
export { type SpotifyOptions, type SpotifyProfile, spotify } from "./spotify.js";
export { type StravaOptions, type StravaProfile, strava } from "./strava.js";
export { type TikTokProfile, tiktok } from "./tiktok.js";
export { type TrelloOptions, type TrelloProfile, trello } from "./trello.js";
export { type TwitchOptions, type TwitchProfile, twitch } from "./twitch.js";
export { type TwitterOptions, twitter } from "./twitter.js";
export { type VercelProfile, vercel } from "./vercel.js";
export { type VkOptions, type VkProfile, vk } from "./vk.js";
export { type WeChatProfile, wechat } from "./wechat.js";
export { type WithingsOptions, type WithingsProfile, withings } from "./withings.js";
export { type WorkOSOptions, type WorkOSProfile, workos } from "./workos.js";
export { type XOptions, type XProfile, x } from "./x.js";
export { type YahooProfile, yahoo } from "./yahoo.js";
export { type YandexOptions, type YandexProfile, yandex } from "./yandex.js";
export { type ZohoOptions, type ZohoProfile, zoho } from "./zoho.js";
export { type ZoomProfile, zoom } from "./zoom.js";
