// The OAuth 2 / OpenID Connect interop suite against Authlib, started from its own package on 127.0.0.1.
import { describeOAuth2Interop } from "./oauth2-interop.js";
import { startAuthlib } from "./servers/authlib.js";

describeOAuth2Interop("Authlib", startAuthlib);
