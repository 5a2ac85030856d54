# Django settings for the Django OAuth Toolkit interop server; everything per start comes from the harness's config file.
import json
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
# One JSON file per start (database path, key file, user, clients), so two servers never share state.
CONFIG = json.loads(Path(os.environ["DOT_CONFIG"]).read_text(encoding="utf-8"))

SECRET_KEY = CONFIG["secretKey"]
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "oauth2_provider",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # CommonMiddleware is what deployments have, and with it APPEND_SLASH redirects (the discovery URL shows it).
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

ROOT_URLCONF = "urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
            ]
        },
    }
]

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": CONFIG["database"]}}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
USE_TZ = True
STATIC_URL = "/static/"
LOGIN_URL = "/accounts/login/"

OAUTH2_PROVIDER = {
    "OIDC_ENABLED": True,
    "OIDC_RSA_PRIVATE_KEY": Path(CONFIG["rsaKeyFile"]).read_text(encoding="utf-8"),
    # DOT 2.x makes PKCE mandatory by default; 1.7 only checks it when sent, so ask for it to test that it is sent.
    "PKCE_REQUIRED": True,
    "SCOPES": {
        "openid": "OpenID Connect",
        "profile": "Your name",
        "email": "Your email address",
        "read": "Reading scope",
    },
    "OAUTH2_VALIDATOR_CLASS": "claims.ClaimsValidator",
}

# Errors and DOT's own reasons (failed client authentication is logged at DEBUG) go to stderr, which the harness keeps.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "loggers": {
        "django.request": {"handlers": ["stderr"], "level": "WARNING"},
        "oauth2_provider": {"handlers": ["stderr"], "level": "DEBUG"},
    },
}
