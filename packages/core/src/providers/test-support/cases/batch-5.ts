// Documented behaviours, fifth batch: Hugging Face to Amazon (wrapped answers, token metadata endpoints, sandboxes).
import { amazon } from "../../amazon.js";
import { hubspot } from "../../hubspot.js";
import { huggingface } from "../../huggingface.js";
import { instagram } from "../../instagram.js";
import { intuit } from "../../intuit.js";
import { linear } from "../../linear.js";
import { paypal } from "../../paypal.js";
import { pinterest } from "../../pinterest.js";
import { withings } from "../../withings.js";
import { yahoo } from "../../yahoo.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const BATCH_5: PresetCase[] = [
  {
    preset: huggingface,
    authorize: {
      url: "https://huggingface.co/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://huggingface.co/oauth/token",
      auth: "basic",
      answer: {
        access_token: "hf_oauth_abc",
        token_type: "bearer",
        expires_in: 28800,
        refresh_token: "hf_oauth_r",
        scope: "openid profile email",
      },
      idToken: {
        iss: "https://huggingface.co",
        sub: "6412a0ad9b3f3d5c2e1f0a1b",
        name: "Clem",
        preferred_username: "clem",
        profile: "https://huggingface.co/clem",
        picture: "https://cdn-avatars.huggingface.co/v1/production/uploads/clem.png",
        email: "clem@example.com",
        email_verified: true,
      },
      expect: { refresh_token: "hf_oauth_r" },
    },
    profile: {
      expected: {
        id: "6412a0ad9b3f3d5c2e1f0a1b",
        name: "Clem",
        email: "clem@example.com",
        emailVerified: true,
        avatarUrl: "https://cdn-avatars.huggingface.co/v1/production/uploads/clem.png",
      },
    },
  },
  {
    preset: linear,
    options: { scope: ["read", "write"] },
    authorize: {
      url: "https://linear.app/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read,write" },
      pkce: true,
      nonce: false,
    },
    variants: [
      { options: { actor: "app" }, params: { actor: "app" } },
      { options: { repromptConsent: true }, params: { prompt: "consent" } },
    ],
    token: {
      url: "https://api.linear.app/oauth/token",
      auth: "post",
      // Linear answers the scope as a list.
      answer: {
        access_token: "00a21d8b0c4e2375114e49c067dfb81eb0d2076f48354714cd5df984d87b67cc",
        token_type: "Bearer",
        expires_in: 315705599,
        scope: ["read", "write"],
      },
      expect: { scope: "read write" },
    },
    profile: {
      url: "https://api.linear.app/graphql",
      method: "POST",
      answer: {
        data: {
          viewer: {
            id: "2b1f64b1-7b6a-4c3e-9c8d-0a1b2c3d4e5f",
            name: "Karri",
            email: "karri@example.com",
            avatarUrl: null,
          },
        },
      },
      expected: { id: "2b1f64b1-7b6a-4c3e-9c8d-0a1b2c3d4e5f", name: "Karri", email: "karri@example.com" },
    },
  },
  {
    preset: yahoo,
    authorize: {
      url: "https://api.login.yahoo.com/oauth2/request_auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: false,
      nonce: true,
    },
    token: {
      url: "https://api.login.yahoo.com/oauth2/get_token",
      auth: "basic",
      answer: {
        access_token: "Jzxbkqqcvjqik2IMxGFEE1cuaos--",
        token_type: "bearer",
        expires_in: 3600,
        refresh_token: "AOiRUlJn_qOmByVGTmUpwcMKW3XDcipToOoHx2wRoyLgJC_RFlA-",
        xoauth_yahoo_guid: "JT4FACLQZI2OCE",
      },
      idToken: {
        iss: "https://api.login.yahoo.com",
        sub: "JT4FACLQZI2OCE",
        name: "Jane Yahoo",
        email: "jane@yahoo.com",
        email_verified: true,
        picture: "https://s.yimg.com/ag/images/default_user_profile_pic_192sq.jpg",
      },
      expect: { xoauth_yahoo_guid: "JT4FACLQZI2OCE" },
    },
    profile: {
      expected: {
        id: "JT4FACLQZI2OCE",
        name: "Jane Yahoo",
        email: "jane@yahoo.com",
        emailVerified: true,
        avatarUrl: "https://s.yimg.com/ag/images/default_user_profile_pic_192sq.jpg",
      },
    },
  },
  {
    preset: intuit,
    authorize: {
      url: "https://appcenter.intuit.com/connect/oauth2",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "com.intuit.quickbooks.accounting openid profile email",
      },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer",
      auth: "basic",
      // The company id comes on the callback only.
      callback: { realmId: "123146090856284" },
      answer: {
        token_type: "bearer",
        expires_in: 3600,
        refresh_token: "Q311488394272qbajGfLBwGmVsbF6VoNpUKaIO5oL49aXLVJUB",
        x_refresh_token_expires_in: 15551893,
        access_token: "eJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0",
      },
      idToken: {
        iss: "https://oauth.platform.intuit.com/op/v1",
        sub: "1182d6ec-2a1f-4aa3-af3e-92e8a7a6c4f0",
        realmid: "123146090856284",
      },
      expect: { realmId: "123146090856284", x_refresh_token_expires_in: 15551893 },
    },
    profile: {
      url: "https://accounts.platform.intuit.com/v1/openid_connect/userinfo",
      answer: {
        sub: "1182d6ec-2a1f-4aa3-af3e-92e8a7a6c4f0",
        email: "john@doe.com",
        emailVerified: true,
        givenName: "John",
        familyName: "Doe",
      },
      expected: {
        id: "1182d6ec-2a1f-4aa3-af3e-92e8a7a6c4f0",
        name: "John Doe",
        email: "john@doe.com",
        emailVerified: true,
      },
    },
  },
  {
    preset: withings,
    authorize: {
      url: "https://account.withings.com/oauth2_user/authorize2",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "user.info" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { demo: true }, params: { mode: "demo" } }],
    token: {
      url: "https://wbsapi.withings.net/v2/oauth2",
      auth: "post",
      params: { action: "requesttoken" },
      // The token sits in `body`.
      answer: {
        status: 0,
        body: {
          userid: "363",
          access_token: "a075f8c14fb8df40b08ebc8508533dc332a6910a",
          refresh_token: "f631236f02b991810feb774765b6ae8e6c6839ca",
          expires_in: 10800,
          scope: "user.info,user.metrics",
          csrf_token: "PACnnxwHTaBQOzF7bQqwFUUotIuvtzSM",
          token_type: "Bearer",
        },
      },
      expect: { userid: "363", access_token: "a075f8c14fb8df40b08ebc8508533dc332a6910a" },
    },
    profile: { expected: { id: "363" } },
  },
  {
    preset: instagram,
    authorize: {
      url: "https://www.instagram.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "instagram_business_basic" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.instagram.com/oauth/access_token",
      auth: "post",
      // The token sits in `data[0]`, without a type.
      answer: {
        data: [
          {
            access_token: "IGQVJ-short-lived",
            user_id: "17841405793187218",
            permissions: "instagram_business_basic",
          },
        ],
      },
      expect: { access_token: "IGQVJ-short-lived", user_id: "17841405793187218", token_type: "bearer" },
    },
    profile: {
      url: "https://graph.instagram.com/me?fields=user_id,username,name,profile_picture_url",
      auth: { query: "access_token" },
      answer: {
        id: "17841405793187218",
        user_id: "17841405793187218",
        username: "jane.ig",
        name: "Jane",
        profile_picture_url: "https://scontent.cdninstagram.com/v/t51.2885-19/jane.jpg",
      },
      expected: {
        id: "17841405793187218",
        name: "Jane",
        avatarUrl: "https://scontent.cdninstagram.com/v/t51.2885-19/jane.jpg",
      },
    },
  },
  {
    preset: pinterest,
    authorize: {
      url: "https://www.pinterest.com/oauth/",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "user_accounts:read" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.pinterest.com/v5/oauth/token",
      auth: "basic",
      answer: {
        access_token: "pina_AMAZING",
        refresh_token: "pinr_SOMETHING",
        response_type: "authorization_code",
        token_type: "bearer",
        expires_in: 2592000,
        refresh_token_expires_in: 31536000,
        scope: "user_accounts:read",
      },
      expect: { refresh_token_expires_in: 31536000 },
    },
    profile: {
      url: "https://api.pinterest.com/v5/user_account",
      answer: {
        account_type: "BUSINESS",
        id: "549755885175",
        profile_image: "https://i.pinimg.com/280x280_RS/42/03/a5/4203a5e5e1a32e5d3a1c1b2f0c7d6e4f.jpg",
        website_url: "https://example.com",
        username: "pinterest_user",
        business_name: "Example Co",
      },
      expected: {
        id: "549755885175",
        name: "Example Co",
        avatarUrl: "https://i.pinimg.com/280x280_RS/42/03/a5/4203a5e5e1a32e5d3a1c1b2f0c7d6e4f.jpg",
      },
    },
  },
  {
    preset: hubspot,
    authorize: {
      url: "https://app.hubspot.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "oauth" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { optionalScope: ["automation"] }, params: { optional_scope: "automation" } }],
    token: {
      url: "https://api.hubapi.com/oauth/v1/token",
      auth: "post",
      answer: {
        token_type: "bearer",
        refresh_token: "1e8fbfb1-8e96-4826-8b8d-c8af73715",
        access_token: "CIrToaiiMhIHAAEAQAAAARiO1ooBIOP0sgE",
        expires_in: 1800,
      },
      expect: { refresh_token: "1e8fbfb1-8e96-4826-8b8d-c8af73715" },
    },
    profile: {
      url: "https://api.hubapi.com/oauth/v1/access-tokens/CIrToaiiMhIHAAEAQAAAARiO1ooBIOP0sgE",
      answer: {
        token: "CIrToaiiMhIHAAEAQAAAARiO1ooBIOP0sgE",
        user: "test@hubspot.com",
        hub_domain: "demo.hubapi.com",
        scopes: ["oauth"],
        hub_id: 62515,
        app_id: 456,
        expires_in: 21588,
        user_id: 123,
        token_type: "access",
      },
      expected: { id: 123, email: "test@hubspot.com" },
    },
  },
  {
    preset: paypal,
    authorize: {
      url: "https://www.paypal.com/signin/authorize",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "openid profile email",
        flowEntry: "static",
      },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { sandbox: true }, params: {} }],
    token: {
      url: "https://api-m.paypal.com/v1/oauth2/token",
      auth: "basic",
      answer: {
        token_type: "Bearer",
        expires_in: "28800",
        refresh_token: "R23AAGaVaz",
        access_token: "A23AAHwN9p",
        nonce: "2023-01-01T00:00:00Z",
      },
      expect: { refresh_token: "R23AAGaVaz", token_type: "bearer" },
    },
    profile: {
      url: "https://api-m.paypal.com/v1/identity/openidconnect/userinfo?schema=openid",
      answer: {
        user_id:
          "https://www.paypal.com/webapps/auth/identity/user/mWq6_1sU85v5EG9yHdPxJRrhGHrnMqKxSe9v8S_0sA8",
        name: "identity test",
        given_name: "identity",
        family_name: "test",
        payer_id: "WDJJHEBZ4X2LY",
        verified_account: "true",
        emails: [{ value: "user1@example.com", primary: true, confirmed: true }],
      },
      expected: {
        id: "https://www.paypal.com/webapps/auth/identity/user/mWq6_1sU85v5EG9yHdPxJRrhGHrnMqKxSe9v8S_0sA8",
        name: "identity test",
        email: "user1@example.com",
        emailVerified: true,
      },
    },
  },
  {
    preset: amazon,
    authorize: {
      url: "https://www.amazon.com/ap/oa",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "profile" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://api.amazon.com/auth/o2/token",
      auth: "post",
      answer: {
        access_token: "Atza|IQEBLjAsAhRmHjNgHpi0U-Dme37rR6CuUpSR",
        token_type: "bearer",
        expires_in: 3600,
        refresh_token: "Atzr|IQEBLzAtAhRPpMJxdwVz2Nn6f2y-tpJX2DeX",
      },
      expect: { refresh_token: "Atzr|IQEBLzAtAhRPpMJxdwVz2Nn6f2y-tpJX2DeX" },
    },
    profile: {
      url: "https://api.amazon.com/user/profile",
      answer: {
        user_id: "amzn1.account.K2LI23KL2LK2",
        email: "mhashimoto-04@plaxo.com",
        name: "Mork Hashimoto",
        postal_code: "98052",
      },
      expected: {
        id: "amzn1.account.K2LI23KL2LK2",
        name: "Mork Hashimoto",
        email: "mhashimoto-04@plaxo.com",
      },
    },
  },
];
