// The OAuth 2 / OpenID Connect interop suite against Glewlwyd, started from its own package on 127.0.0.1.
import { describeOAuth2Interop } from "./oauth2-interop.js";
import { startGlewlwyd } from "./servers/glewlwyd.js";

describeOAuth2Interop("Glewlwyd", startGlewlwyd);
