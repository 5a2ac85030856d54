#!/usr/bin/env bash
# CI: install the Debian packages the tests run (a browser and third-party servers), only those not yet there.
set -euo pipefail

packages=(
  chromium                    # test/browser: the demos in a real browser
  glewlwyd                    # test/interop: Glewlwyd's OpenID Connect server
  python3-django-oauth-toolkit  # test/interop: Django OAuth Toolkit (with Django)
  python3-authlib             # test/interop: Authlib's OpenID Connect server classes
  python3-flask               # test/interop: the web framework the Authlib server runs on
  php-cli                     # test/interop: PHP's built-in web server
  php-oauth                   # test/interop: PECL oauth's OAuthProvider (OAuth 1.0a)
  openssl                     # test/support/certificates.ts: the certificates of the mutual TLS scenarios
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "== Debian packages: ${packages[*]}"
