// The OAuth 2 / OpenID Connect interop suite against oauth2-mock-server, started from its own package on 127.0.0.1.
import { describeOAuth2Interop } from "./oauth2-interop.js";
import { startOAuth2MockServer } from "./servers/oauth2-mock-server.js";

describeOAuth2Interop("oauth2-mock-server", startOAuth2MockServer);
