// The OAuth 2 / OpenID Connect interop suite against Django OAuth Toolkit, started from its own package on 127.0.0.1.
import { describeOAuth2Interop } from "./oauth2-interop.js";
import { startDjangoOAuthToolkit } from "./servers/django-oauth-toolkit.js";

describeOAuth2Interop("Django OAuth Toolkit", startDjangoOAuthToolkit);
