# Starts the Django OAuth Toolkit interop server: migrates a fresh database, adds the user and clients, then serves.
import json
import os
import sys
from pathlib import Path
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402
from oauth2_provider.models import get_application_model  # noqa: E402


def set_up(config):
    call_command("migrate", interactive=False, verbosity=0)
    user = config["user"]
    alice = get_user_model().objects.create_user(
        user["username"],
        email=user["email"],
        password=user["password"],
        first_name=user["firstName"],
        last_name=user["lastName"],
    )
    Application = get_application_model()
    for client in config["clients"]:
        application = Application(
            name=client["name"],
            client_id=client["clientId"],
            client_secret=client["clientSecret"],
            client_type=Application.CLIENT_CONFIDENTIAL,
            authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
            redirect_uris=" ".join(config["redirectUris"]),
            algorithm=Application.RS256_ALGORITHM,
            # The consent page is what the suites answer, so it must be shown every time.
            skip_authorization=False,
            user=alice,
        )
        # The model's own validation (redirect URIs, algorithm needs the RSA key) runs as the admin would run it.
        application.full_clean()
        application.save()
    # The sub DOT issues is the user's primary key; the harness reads it back rather than assuming it.
    Path(config["setupResult"]).write_text(json.dumps({"sub": str(alice.pk)}), encoding="utf-8")


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    # One slow request (a login hashing a password) must not hold up the others.
    daemon_threads = True


class QuietHandler(WSGIRequestHandler):
    # wsgiref's reverse DNS lookup per request is slow and useless on 127.0.0.1.
    def address_string(self):
        return self.client_address[0]


def main():
    config = settings.CONFIG
    set_up(config)
    server = make_server(
        "127.0.0.1", int(config["port"]), get_wsgi_application(), ThreadingWSGIServer, QuietHandler
    )
    print(f"serving on http://127.0.0.1:{config['port']}/", file=sys.stderr, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
