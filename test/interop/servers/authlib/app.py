"""An OpenID Connect provider made of Authlib's own server classes, for the interop suites (../authlib.ts)."""

import hmac
import json
import logging
import os
import secrets
import sys
import threading
import time
from urllib.parse import quote, urlsplit

from authlib.integrations.flask_oauth2 import AuthorizationServer, ResourceProtector, current_token
from authlib.jose import JsonWebKey, KeySet
from authlib.oauth2 import OAuth2Error
from authlib.oauth2.rfc6749 import grants
from authlib.oauth2.rfc6749.models import AuthorizationCodeMixin, ClientMixin, TokenMixin
from authlib.oauth2.rfc6749.util import list_to_scope, scope_to_list
from authlib.oauth2.rfc6750 import BearerTokenValidator
from authlib.oauth2.rfc7009 import RevocationEndpoint
from authlib.oauth2.rfc7636 import CodeChallenge
from authlib.oidc.core import UserInfo
from authlib.oidc.core.grants import OpenIDCode
from authlib.oidc.discovery import OpenIDProviderMetadata
from flask import Flask, jsonify, redirect, render_template_string, request, session

with open(os.environ["AUTHLIB_HARNESS_CONFIG"], encoding="utf-8") as config_file:
    CONFIG = json.load(config_file)
ISSUER = CONFIG["issuer"]
SCOPES = ["openid", "profile", "email"]
CODE_LIFETIME = 300

with open(CONFIG["keyFile"], encoding="utf-8") as key_file:
    SIGNING_KEY = JsonWebKey.import_key(key_file.read(), {"kty": "RSA", "use": "sig", "alg": "RS256"})
# The kid is the key's RFC 7638 thumbprint, so clients can pick it from the JWKS.
SIGNING_KEY.options["kid"] = SIGNING_KEY.thumbprint()
KEYS = KeySet([SIGNING_KEY])


# Models: plain objects in memory, guarded by one lock because the development server is threaded.
class User:
    def __init__(self, sub, username, password, name, email):
        self.id = sub
        self.username = username
        self.password = password
        self.name = name
        self.email = email


class Client(ClientMixin):
    def __init__(self, client_id, client_secret, token_endpoint_auth_method, redirect_uris):
        self.client_id = client_id
        self.client_secret = client_secret
        self.token_endpoint_auth_method = token_endpoint_auth_method
        self.redirect_uris = list(redirect_uris)

    def get_client_id(self):
        return self.client_id

    def get_default_redirect_uri(self):
        return self.redirect_uris[0] if self.redirect_uris else None

    def get_allowed_scope(self, scope):
        if not scope:
            return ""
        return list_to_scope([s for s in scope_to_list(scope) if s in SCOPES])

    def check_redirect_uri(self, redirect_uri):
        return redirect_uri in self.redirect_uris

    def check_client_secret(self, client_secret):
        return hmac.compare_digest(self.client_secret.encode(), client_secret.encode())

    def check_endpoint_auth_method(self, method, endpoint):
        # One registered method (RFC 7591 token_endpoint_auth_method) at the token and revocation endpoints.
        return method == self.token_endpoint_auth_method

    def check_response_type(self, response_type):
        return response_type == "code"

    def check_grant_type(self, grant_type):
        return grant_type in ("authorization_code", "refresh_token")


class AuthorizationCode(AuthorizationCodeMixin):
    def __init__(self, code, client_id, user_id, redirect_uri, scope, nonce, auth_time, challenge, method):
        self.code = code
        self.client_id = client_id
        self.user_id = user_id
        self.redirect_uri = redirect_uri
        self.scope = scope
        self.nonce = nonce
        self.auth_time = auth_time
        self.code_challenge = challenge
        self.code_challenge_method = method
        self.issued_at = int(time.time())

    def get_redirect_uri(self):
        return self.redirect_uri

    def get_scope(self):
        return self.scope

    def get_nonce(self):
        return self.nonce

    def get_auth_time(self):
        return self.auth_time

    def is_expired(self):
        return self.issued_at + CODE_LIFETIME < time.time()


class Token(TokenMixin):
    def __init__(self, client_id, user_id, token):
        self.client_id = client_id
        self.user_id = user_id
        self.access_token = token["access_token"]
        self.refresh_token = token.get("refresh_token")
        self.scope = token.get("scope", "")
        self.expires_in = token.get("expires_in", 0)
        self.issued_at = int(time.time())
        self.access_token_revoked = False
        self.refresh_token_revoked = False

    def check_client(self, client):
        return self.client_id == client.get_client_id()

    def get_scope(self):
        return self.scope

    def get_expires_in(self):
        return self.expires_in

    def is_expired(self):
        return bool(self.expires_in) and self.issued_at + self.expires_in < time.time()

    def is_revoked(self):
        # As Authlib's own SQLAlchemy token mixin: a revoked refresh token takes its access token with it.
        return self.access_token_revoked or self.refresh_token_revoked


LOCK = threading.Lock()
USER = User(**CONFIG["user"])
USERS = {USER.id: USER}
CLIENTS = {
    c["clientId"]: Client(c["clientId"], c["clientSecret"], c["method"], CONFIG["redirectUris"])
    for c in CONFIG["clients"]
}
CODES = {}
TOKENS = []
USED_NONCES = set()


def user_info(user, scope):
    info = UserInfo(sub=user.id)
    scopes = scope_to_list(scope) or []
    if "profile" in scopes:
        info["name"] = user.name
        info["preferred_username"] = user.username
    if "email" in scopes:
        info["email"] = user.email
        info["email_verified"] = True
    return info


class CodeGrant(grants.AuthorizationCodeGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]

    def save_authorization_code(self, code, req):
        with LOCK:
            nonce = req.data.get("nonce")
            if nonce:
                USED_NONCES.add((req.client.client_id, nonce))
            CODES[code] = AuthorizationCode(
                code,
                req.client.client_id,
                req.user.id,
                req.redirect_uri,
                req.scope,
                nonce,
                session.get("auth_time"),
                req.data.get("code_challenge"),
                req.data.get("code_challenge_method"),
            )

    def query_authorization_code(self, code, client):
        with LOCK:
            item = CODES.get(code)
        if item and item.client_id == client.client_id and not item.is_expired():
            return item
        return None

    def delete_authorization_code(self, authorization_code):
        with LOCK:
            CODES.pop(authorization_code.code, None)

    def authenticate_user(self, authorization_code):
        return USERS.get(authorization_code.user_id)


class OpenIDCodeExtension(OpenIDCode):
    def exists_nonce(self, nonce, req):
        with LOCK:
            return (req.client_id, nonce) in USED_NONCES

    def get_jwt_config(self, grant):
        return {"key": KEYS, "alg": "RS256", "iss": ISSUER, "exp": 3600}

    def generate_user_info(self, user, scope):
        return user_info(user, scope)


class RefreshGrant(grants.RefreshTokenGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]
    # Each refresh answers a new refresh token and retires the one used (revoke_old_credential).
    INCLUDE_NEW_REFRESH_TOKEN = True

    def authenticate_refresh_token(self, refresh_token):
        with LOCK:
            for token in TOKENS:
                if token.refresh_token == refresh_token and not token.refresh_token_revoked:
                    return token
        return None

    def authenticate_user(self, credential):
        return USERS.get(credential.user_id)

    def revoke_old_credential(self, credential):
        with LOCK:
            credential.refresh_token_revoked = True


class Revocation(RevocationEndpoint):
    CLIENT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]

    def query_token(self, token_string, token_type_hint):
        with LOCK:
            for token in TOKENS:
                if token_type_hint != "refresh_token" and token.access_token == token_string:
                    return token
                if token_type_hint != "access_token" and token.refresh_token == token_string:
                    return token
        return None

    def revoke_token(self, token, req):
        # As Authlib's create_revocation_endpoint: the access token always, the refresh token unless the hint
        # says access_token.
        with LOCK:
            token.access_token_revoked = True
            if req.form.get("token_type_hint") != "access_token":
                token.refresh_token_revoked = True


class Bearer(BearerTokenValidator):
    def authenticate_token(self, token_string):
        with LOCK:
            for token in TOKENS:
                if token.access_token == token_string:
                    return token
        return None


def query_client(client_id):
    return CLIENTS.get(client_id)


def save_token(token, req):
    with LOCK:
        TOKENS.append(Token(req.client.client_id, req.user.id, token))


app = Flask(__name__)
app.secret_key = secrets.token_bytes(32)
app.config.update(
    OAUTH2_REFRESH_TOKEN_GENERATOR=True,
    OAUTH2_TOKEN_EXPIRES_IN={"authorization_code": 3600, "refresh_token": 3600},
    OAUTH2_SCOPES_SUPPORTED=SCOPES,
)
server = AuthorizationServer(app, query_client=query_client, save_token=save_token)
server.register_grant(CodeGrant, [OpenIDCodeExtension(require_nonce=False), CodeChallenge(required=True)])
server.register_grant(RefreshGrant)
server.register_endpoint(Revocation)
require_oauth = ResourceProtector()
require_oauth.register_token_validator(Bearer())

METADATA = OpenIDProviderMetadata(
    issuer=ISSUER,
    authorization_endpoint=f"{ISSUER}/authorize",
    token_endpoint=f"{ISSUER}/token",
    userinfo_endpoint=f"{ISSUER}/userinfo",
    revocation_endpoint=f"{ISSUER}/revoke",
    jwks_uri=f"{ISSUER}/jwks",
    scopes_supported=SCOPES,
    response_types_supported=["code"],
    response_modes_supported=["query"],
    grant_types_supported=["authorization_code", "refresh_token"],
    token_endpoint_auth_methods_supported=["client_secret_basic", "client_secret_post"],
    revocation_endpoint_auth_methods_supported=["client_secret_basic", "client_secret_post"],
    code_challenge_methods_supported=CodeChallenge.SUPPORTED_CODE_CHALLENGE_METHOD,
    subject_types_supported=["public"],
    id_token_signing_alg_values_supported=["RS256"],
    claims_supported=["sub", "name", "preferred_username", "email", "email_verified"],
)
# Authlib's own checks of the metadata (it accepts http only because AUTHLIB_INSECURE_TRANSPORT is set).
METADATA.validate()

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{{ title }}</title></head><body>
<h1>{{ title }}</h1>
{% if error %}<p role="alert">{{ error }}</p>{% endif %}
{% if login %}
<form method="post" action="/login">
  <input type="hidden" name="next" value="{{ next }}">
  <label>Username <input type="text" name="username"></label>
  <label>Password <input type="password" name="password"></label>
  <input type="submit" value="Sign in">
</form>
{% else %}
<p>{{ client_id }} asks for: {{ scope }}</p>
<form method="post" action="{{ action }}">
  <input type="hidden" name="csrf_token" value="{{ csrf_token }}">
  <button type="submit" name="decision" value="allow">Allow</button>
  <button type="submit" name="decision" value="deny">Deny</button>
</form>
{% endif %}
</body></html>"""


def signed_in_user():
    sub = session.get("sub")
    return USERS.get(sub) if sub else None


@app.get("/.well-known/openid-configuration")
def discovery():
    return jsonify(dict(METADATA))


@app.get("/jwks")
def jwks():
    return jsonify(KEYS.as_dict(use="sig", alg="RS256"))


@app.route("/login", methods=["GET", "POST"])
def login():
    target = request.values.get("next", "/")
    # Only paths on this server: the login form is no open redirect.
    if not target.startswith("/") or target.startswith("//"):
        target = "/"
    if request.method == "GET":
        return render_template_string(PAGE, title="Sign in", login=True, next=target, error=None)
    user = next((u for u in USERS.values() if u.username == request.form.get("username")), None)
    password = request.form.get("password", "")
    if not user or not hmac.compare_digest(user.password.encode(), password.encode()):
        error = "Wrong username or password"
        return render_template_string(PAGE, title="Sign in", login=True, next=target, error=error), 401
    session.clear()
    session["sub"] = user.id
    session["auth_time"] = int(time.time())
    return redirect(target)


@app.route("/authorize", methods=["GET", "POST"])
def authorize():
    user = signed_in_user()
    if request.method == "GET":
        try:
            grant = server.get_consent_grant(end_user=user)
        except OAuth2Error as error:
            return server.handle_error_response(request, error)
        if not user:
            return redirect(f"/login?next={quote(request.full_path, safe='')}")
        session["csrf_token"] = secrets.token_urlsafe(24)
        return render_template_string(
            PAGE,
            title="Authorize",
            login=False,
            client_id=grant.client.client_id,
            scope=grant.request.scope,
            action=request.full_path,
            csrf_token=session["csrf_token"],
            error=None,
        )
    expected = session.pop("csrf_token", "")
    sent = request.form.get("csrf_token", "")
    if not user or not expected or not hmac.compare_digest(expected.encode(), sent.encode()):
        return "consent form expired or forged", 400
    grant_user = user if request.form.get("decision") == "allow" else None
    return server.create_authorization_response(grant_user=grant_user)


@app.post("/token")
def issue_token():
    return server.create_token_response()


@app.post("/revoke")
def revoke_token():
    return server.create_endpoint_response(Revocation.ENDPOINT_NAME)


@app.route("/userinfo", methods=["GET", "POST"])
@require_oauth("openid")
def userinfo():
    return jsonify(user_info(USERS[current_token.user_id], current_token.scope))


if __name__ == "__main__":
    logging.basicConfig(stream=sys.stderr, level=logging.INFO)
    port = urlsplit(ISSUER).port
    app.run(host="127.0.0.1", port=port, threaded=True, use_reloader=False, debug=False)
