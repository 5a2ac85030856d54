// Documented behaviours, second batch: Flask-Dance's presets from Heroku to Zoho, and X over OAuth 2.0.
import { heroku } from "../../heroku.js";
import { linkedin } from "../../linkedin.js";
import { meetup } from "../../meetup.js";
import { nylas } from "../../nylas.js";
import { orcid } from "../../orcid.js";
import { osm } from "../../osm.js";
import { reddit } from "../../reddit.js";
import { salesforce } from "../../salesforce.js";
import { slack } from "../../slack.js";
import { spotify } from "../../spotify.js";
import { strava } from "../../strava.js";
import { twitch } from "../../twitch.js";
import { x } from "../../x.js";
import { zoho } from "../../zoho.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const BATCH_2: PresetCase[] = [
  {
    preset: heroku,
    authorize: {
      url: "https://id.heroku.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "identity" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://id.heroku.com/oauth/token",
      auth: "post",
      answer: {
        access_token: "01234567-89ab-cdef-0123-456789abcdef",
        expires_in: 28800,
        refresh_token: "01234567-89ab-cdef-0123-456789abcdef",
        token_type: "Bearer",
        user_id: "01234567-89ab-cdef-0123-456789abcdef",
        session_nonce: "2bf3ec81",
      },
      expect: { user_id: "01234567-89ab-cdef-0123-456789abcdef" },
    },
    profile: {
      url: "https://api.heroku.com/account",
      headers: { accept: "application/vnd.heroku+json; version=3" },
      answer: {
        id: "01234567-89ab-cdef-0123-456789abcdef",
        email: "username@example.com",
        name: "Tina Edmonds",
        verified: true,
        allow_tracking: true,
      },
      expected: {
        id: "01234567-89ab-cdef-0123-456789abcdef",
        name: "Tina Edmonds",
        email: "username@example.com",
        emailVerified: true,
      },
    },
  },
  {
    preset: linkedin,
    authorize: {
      url: "https://www.linkedin.com/oauth/v2/authorization",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: false,
      nonce: true,
    },
    token: {
      url: "https://www.linkedin.com/oauth/v2/accessToken",
      auth: "post",
      answer: {
        access_token: "AQUvlL_DYEzvT2wz1QJiEPeLioeA",
        expires_in: 5184000,
        scope: "email,openid,profile",
        token_type: "Bearer",
      },
      idToken: {
        iss: "https://www.linkedin.com/oauth",
        sub: "782bbtaQ",
        name: "John Doe",
        given_name: "John",
        family_name: "Doe",
        picture:
          "https://media.licdn-ei.com/dms/image/C5F03AQHqK8v7tB1HCQ/profile-displayphoto-shrink_100_100/0/",
        email: "doe@email.com",
        email_verified: true,
        locale: "en-US",
      },
      expect: { access_token: "AQUvlL_DYEzvT2wz1QJiEPeLioeA" },
    },
    profile: {
      expected: {
        id: "782bbtaQ",
        name: "John Doe",
        email: "doe@email.com",
        emailVerified: true,
        avatarUrl:
          "https://media.licdn-ei.com/dms/image/C5F03AQHqK8v7tB1HCQ/profile-displayphoto-shrink_100_100/0/",
      },
    },
  },
  {
    preset: meetup,
    authorize: {
      url: "https://secure.meetup.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://secure.meetup.com/oauth2/access",
      auth: "post",
      answer: {
        access_token: "ACCESS_TOKEN_TO_STORE",
        token_type: "bearer",
        expires_in: 3600,
        refresh_token: "TOKEN_USED_TO_REFRESH_AUTHORIZATION",
      },
      expect: { refresh_token: "TOKEN_USED_TO_REFRESH_AUTHORIZATION" },
    },
    profile: {
      url: "https://api.meetup.com/gql-ext",
      method: "POST",
      answer: {
        data: { self: { id: "28153218", name: "Ann Example", email: "ann@example.com", memberPhoto: null } },
      },
      expected: { id: "28153218", name: "Ann Example", email: "ann@example.com" },
    },
  },
  {
    preset: nylas,
    authorize: {
      url: "https://api.us.nylas.com/v3/connect/auth",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    variants: [{ options: { region: "eu" }, params: {} }],
    token: {
      url: "https://api.us.nylas.com/v3/connect/token",
      format: "json",
      auth: "post",
      answer: {
        access_token: "ya29.a0AfB_byC",
        expires_in: 3600,
        refresh_token: "1//0gx8mN9",
        scope: "https://www.googleapis.com/auth/gmail.readonly profile",
        token_type: "Bearer",
        grant_id: "e19f8e1a-eb1c-41c0-b6a6-d2e59daf7f47",
        email: "nyla@example.com",
        provider: "google",
      },
      expect: { grant_id: "e19f8e1a-eb1c-41c0-b6a6-d2e59daf7f47" },
    },
    profile: { expected: { id: "e19f8e1a-eb1c-41c0-b6a6-d2e59daf7f47", email: "nyla@example.com" } },
  },
  {
    preset: orcid,
    authorize: {
      url: "https://orcid.org/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "/authenticate" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { sandbox: true }, params: {} }],
    token: {
      url: "https://orcid.org/oauth/token",
      auth: "post",
      answer: {
        access_token: "f5af9f51-07e6-4332-8f1a-c0c11c1e3728",
        token_type: "bearer",
        refresh_token: "f725f747-3a65-49f6-a231-3e8944ce464d",
        expires_in: 631138518,
        scope: "/authenticate",
        name: "Sofia Garcia",
        orcid: "0000-0001-2345-6789",
      },
      expect: { orcid: "0000-0001-2345-6789" },
    },
    profile: { expected: { id: "0000-0001-2345-6789", name: "Sofia Garcia" } },
  },
  {
    preset: osm,
    authorize: {
      url: "https://www.openstreetmap.org/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read_prefs" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://www.openstreetmap.org/oauth2/token",
      auth: "post",
      answer: {
        access_token: "5YYR9gdsR1pdLUyZrbJoWbBS",
        token_type: "Bearer",
        scope: "read_prefs",
        created_at: 1676287640,
      },
      expect: { access_token: "5YYR9gdsR1pdLUyZrbJoWbBS" },
    },
    profile: {
      url: "https://api.openstreetmap.org/api/0.6/user/details.json",
      answer: {
        version: "0.6",
        user: {
          id: 1234,
          display_name: "mapper",
          account_created: "2014-05-14T09:21:50Z",
          img: { href: "https://www.openstreetmap.org/rails/active_storage/avatar.png" },
        },
      },
      expected: {
        id: 1234,
        name: "mapper",
        avatarUrl: "https://www.openstreetmap.org/rails/active_storage/avatar.png",
      },
    },
  },
  {
    preset: reddit,
    authorize: {
      url: "https://www.reddit.com/api/v1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "identity", duration: "temporary" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { permanent: true }, params: { duration: "permanent" } }],
    token: {
      url: "https://www.reddit.com/api/v1/access_token",
      auth: "basic",
      headers: { "user-agent": "oauth-dance" },
      answer: {
        access_token:
          "eyJhbGciOiJSUzI1NiIsImtpZCI6IlNIQTI1NjpzS3dsMnlsV0VtMjVmcXhwTU40cWY4MXE2OWFFdWFyMnpLMUdhVGxjdWNZIiwidHlwIjoiSldUIn0",
        token_type: "bearer",
        expires_in: 86400,
        scope: "identity",
        refresh_token: "122-abc",
      },
      expect: { refresh_token: "122-abc" },
    },
    profile: {
      url: "https://oauth.reddit.com/api/v1/me",
      headers: { "user-agent": "oauth-dance" },
      answer: {
        id: "1w72",
        name: "spez",
        icon_img:
          "https://styles.redditmedia.com/t5_3k30p/styles/profileIcon_snoo.png?width=256&amp;height=256",
      },
      expected: {
        id: "1w72",
        name: "spez",
        avatarUrl: "https://styles.redditmedia.com/t5_3k30p/styles/profileIcon_snoo.png?width=256&height=256",
      },
    },
  },
  {
    preset: salesforce,
    authorize: {
      url: "https://login.salesforce.com/services/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    variants: [{ options: { repromptConsent: true }, params: { prompt: "consent" } }],
    token: {
      url: "https://login.salesforce.com/services/oauth2/token",
      auth: "post",
      answer: {
        access_token:
          "00DB0000000TfcR!AQQAQFhoK8vTMg_rKA.esrJ2bCs.OOIjJgl.9Cx6O7KqjZmHMLOyVb.U61BU9tm4xRusf7d3fD1P9oefzqS6i9sJMPWj48IK",
        signature: "d/SxeYBxH0GSVko0HMgcUxuZy0PA2cDDz1u7g7JtDHw=",
        scope: "web openid",
        instance_url: "https://yourInstance.salesforce.com",
        id: "https://login.salesforce.com/id/00DB0000000TfcRMAS/005B0000005Bk90IAC",
        token_type: "Bearer",
        issued_at: "1558553873237",
      },
      expect: { instance_url: "https://yourInstance.salesforce.com" },
    },
    profile: {
      url: "https://login.salesforce.com/services/oauth2/userinfo",
      answer: {
        sub: "https://login.salesforce.com/id/00DB0000000TfcRMAS/005B0000005Bk90IAC",
        user_id: "005B0000005Bk90IAC",
        organization_id: "00DB0000000TfcRMAS",
        preferred_username: "admin@example.com",
        name: "Admin User",
        email: "admin@example.com",
        email_verified: true,
        picture: "https://yourInstance.file.force.com/profilephoto/005/F",
      },
      expected: {
        id: "005B0000005Bk90IAC",
        name: "Admin User",
        email: "admin@example.com",
        emailVerified: true,
        avatarUrl: "https://yourInstance.file.force.com/profilephoto/005/F",
      },
    },
  },
  {
    title: "Slack (Sign in with Slack)",
    preset: slack,
    authorize: {
      url: "https://slack.com/openid/connect/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: false,
      nonce: true,
    },
    variants: [{ options: { team: "T0123ABC456" }, params: { team: "T0123ABC456" } }],
    token: {
      url: "https://slack.com/api/openid.connect.token",
      auth: "post",
      answer: { ok: true, access_token: "xoxp-1234", token_type: "Bearer" },
      idToken: {
        iss: "https://slack.com",
        sub: "U123ABC456",
        "https://slack.com/user_id": "U123ABC456",
        "https://slack.com/team_id": "T0123ABC456",
        email: "alice@example.com",
        email_verified: true,
        name: "Alice",
        picture: "https://secure.gravatar.com/avatar/bc.jpg",
      },
      expect: { access_token: "xoxp-1234", ok: true },
    },
    profile: {
      expected: {
        id: "U123ABC456",
        name: "Alice",
        email: "alice@example.com",
        emailVerified: true,
        avatarUrl: "https://secure.gravatar.com/avatar/bc.jpg",
      },
    },
  },
  {
    title: "Slack (v2 install flow)",
    preset: slack,
    options: { v2: true, scope: ["commands", "incoming-webhook"], userScope: ["chat:write"] },
    authorize: {
      url: "https://slack.com/oauth/v2/authorize",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "commands,incoming-webhook",
        user_scope: "chat:write",
      },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://slack.com/api/oauth.v2.access",
      auth: "post",
      answer: {
        ok: true,
        access_token: "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy",
        token_type: "bot",
        scope: "commands,incoming-webhook",
        bot_user_id: "U0KRQLJ9H",
        app_id: "A0KRD7HC3",
        team: { name: "Slack Softball Team", id: "T9TK3CUKW" },
        enterprise: null,
        authed_user: { id: "U1234", scope: "chat:write", access_token: "xoxp-1234", token_type: "user" },
      },
      expect: { token_type: "bearer", bot_user_id: "U0KRQLJ9H", authed_user: { id: "U1234" } },
    },
    profile: { expected: { id: "U1234" } },
  },
  {
    preset: spotify,
    authorize: {
      url: "https://accounts.spotify.com/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    variants: [{ options: { showDialog: true }, params: { show_dialog: "true" } }],
    token: {
      url: "https://accounts.spotify.com/api/token",
      auth: "basic",
      answer: {
        access_token: "NgCXRKc...MzYjw",
        token_type: "Bearer",
        scope: "user-read-private user-read-email",
        expires_in: 3600,
        refresh_token: "NgAagA...Um_SHo",
      },
      expect: { refresh_token: "NgAagA...Um_SHo" },
    },
    profile: {
      url: "https://api.spotify.com/v1/me",
      answer: {
        country: "SE",
        display_name: "JM Wizzler",
        email: "email@example.com",
        id: "wizzler",
        images: [
          {
            height: 300,
            url: "https://i.scdn.co/image/ab67616d00001e02ff9ca10b55ce82ae553c8228",
            width: 300,
          },
        ],
        product: "premium",
        type: "user",
      },
      expected: {
        id: "wizzler",
        name: "JM Wizzler",
        email: "email@example.com",
        avatarUrl: "https://i.scdn.co/image/ab67616d00001e02ff9ca10b55ce82ae553c8228",
      },
    },
  },
  {
    preset: strava,
    options: { scope: ["read", "activity:read_all"] },
    authorize: {
      url: "https://www.strava.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read,activity:read_all" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { approvalPrompt: "force" }, params: { approval_prompt: "force" } }],
    token: {
      url: "https://www.strava.com/oauth/token",
      auth: "post",
      answer: {
        token_type: "Bearer",
        expires_at: 1568775134,
        expires_in: 21600,
        refresh_token: "e5n567567",
        access_token: "a4b945687g",
        athlete: { id: 134815, username: "marianne_t", firstname: "Marianne", lastname: "Teutenberg" },
      },
      expect: { refresh_token: "e5n567567", athlete: { id: 134815 } },
    },
    profile: {
      url: "https://www.strava.com/api/v3/athlete",
      answer: {
        id: 1234567890987654400,
        username: "marianne_t",
        resource_state: 3,
        firstname: "Marianne",
        lastname: "Teutenberg",
        city: "San Francisco",
        profile: "https://xxxxx.cloudfront.net/pictures/athletes/123456789/123456789/2/large.jpg",
      },
      expected: {
        id: 1234567890987654400,
        name: "Marianne Teutenberg",
        avatarUrl: "https://xxxxx.cloudfront.net/pictures/athletes/123456789/123456789/2/large.jpg",
      },
    },
  },
  {
    preset: twitch,
    authorize: {
      url: "https://id.twitch.tv/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "user:read:email" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { forceVerify: true }, params: { force_verify: "true" } }],
    token: {
      url: "https://id.twitch.tv/oauth2/token",
      auth: "post",
      // Twitch answers the scope as a list.
      answer: {
        access_token: "rfx2uswqe8l4g1mkagrvg5tv0ks3",
        expires_in: 14124,
        refresh_token: "5b93chm6hdve3mycz05zfzatkfdenfspp1h1ar2xxdalen01",
        scope: ["channel:moderate", "chat:edit", "chat:read"],
        token_type: "bearer",
      },
      expect: { scope: "channel:moderate chat:edit chat:read" },
    },
    profile: {
      url: "https://api.twitch.tv/helix/users",
      headers: { "client-id": CLIENT_ID },
      answer: {
        data: [
          {
            id: "141981764",
            login: "twitchdev",
            display_name: "TwitchDev",
            type: "",
            broadcaster_type: "partner",
            profile_image_url:
              "https://static-cdn.jtvnw.net/jtv_user_pictures/8a6381c7-d0c0-4576-b179-38bd5ce1d6af-profile_image-300x300.png",
            email: "not-real@email.com",
          },
        ],
      },
      expected: {
        id: "141981764",
        name: "TwitchDev",
        email: "not-real@email.com",
        avatarUrl:
          "https://static-cdn.jtvnw.net/jtv_user_pictures/8a6381c7-d0c0-4576-b179-38bd5ce1d6af-profile_image-300x300.png",
      },
    },
  },
  {
    preset: zoho,
    authorize: {
      url: "https://accounts.zoho.com/oauth/v2/auth",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "AaaServer.profile.Read",
        access_type: "online",
      },
      pkce: false,
      nonce: false,
    },
    variants: [
      { options: { offline: true }, params: { access_type: "offline" } },
      { options: { repromptConsent: true }, params: { prompt: "consent" } },
    ],
    token: {
      url: "https://accounts.zoho.com/oauth/v2/token",
      auth: "post",
      answer: {
        access_token: "1000.2deaf8d0c268e3c85daa2a013a843b10.703adef2bb337b 8ca36cfc5d7b83cf24",
        refresh_token: "1000.18e983526f0ca8575ea9c53b0cd5bb58.1bd83a6f2e22c3a7e1309d96ae439cc1",
        api_domain: "https://www.zohoapis.com",
        token_type: "Bearer",
        expires_in: 3600,
      },
      expect: { api_domain: "https://www.zohoapis.com" },
    },
    profile: {
      url: "https://accounts.zoho.com/oauth/user/info",
      auth: {
        header: "authorization",
        value: "Zoho-oauthtoken 1000.2deaf8d0c268e3c85daa2a013a843b10.703adef2bb337b 8ca36cfc5d7b83cf24",
      },
      answer: {
        First_Name: "Patricia",
        Email: "patricia@zylker.com",
        Last_Name: "Boyle",
        Display_Name: "Patricia Boyle",
        ZUID: 12345678,
      },
      expected: { id: 12345678, name: "Patricia Boyle", email: "patricia@zylker.com" },
    },
  },
  {
    preset: x,
    authorize: {
      url: "https://x.com/i/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "users.read tweet.read" },
      pkce: true,
      nonce: false,
    },
    variants: [{ options: { offline: true }, params: { scope: "users.read tweet.read offline.access" } }],
    token: {
      url: "https://api.x.com/2/oauth2/token",
      auth: "basic",
      answer: {
        token_type: "bearer",
        expires_in: 7200,
        access_token:
          "VGNibzFWSWREZm01bjN1N3dicWlNUG1oa2xRRVNNdmVHelJGY2hPWGxNd2dxOjE2MjIxNjA4MjU4MjU6MToxOmF0OjE",
        scope: "users.read tweet.read offline.access",
        refresh_token:
          "bWRWa3gzdnk3WHRGU1o0bmRRcTJ5VUxWX1lZTDdJSUtmaWcxbTVxdEFXcW5tOjE2MjIxNDc3NDM5MTQ6MToxOnJ0OjE",
      },
      expect: { scope: "users.read tweet.read offline.access" },
    },
    profile: {
      url: "https://api.x.com/2/users/me?user.fields=profile_image_url",
      answer: {
        data: {
          id: "2244994945",
          name: "X Dev",
          username: "TwitterDev",
          profile_image_url: "https://pbs.twimg.com/profile_images/1445764922474827784/W2zEPN7U_normal.jpg",
        },
      },
      expected: {
        id: "2244994945",
        name: "X Dev",
        avatarUrl: "https://pbs.twimg.com/profile_images/1445764922474827784/W2zEPN7U_normal.jpg",
      },
    },
  },
];
