<?php
// Checks one OAuth 1.0a request with PECL's OAuthProvider; the handlers only look up secrets and state here.
declare(strict_types=1);

/** How far a request's oauth_timestamp may be from the server's clock, in seconds. */
const TIMESTAMP_WINDOW = 300;

/**
 * Verifies the current request (Authorization header, query and POST body as PHP parsed them) for one endpoint:
 * "request_token" (no token, oauth_callback required), "access_token" (the authorized request token and its
 * verifier) or "api" (an access token). Throws the OAuthException that OAuthProvider::reportProblem() reports.
 */
function verify_request(Store $store, string $endpoint): OAuthProvider
{
    $provider = new OAuthProvider();

    $provider->consumerHandler(function (OAuthProvider $p) use ($store): int {
        $secret = $store->config['consumers'][(string) $p->consumer_key] ?? null;
        if ($secret === null) {
            return OAUTH_CONSUMER_KEY_UNKNOWN;
        }
        // OAuthProvider joins the two secrets into the HMAC key (and the PLAINTEXT signature) as given, without the
        // percent-encoding RFC 5849 §3.4.2 asks for: it must get them encoded.
        $p->consumer_secret = oauth_urlencode($secret);
        return OAUTH_OK;
    });

    // OAuthProvider calls this before it checks the signature, so it only looks: the nonce is spent below, once
    // the signature holds (a forged request must not burn the nonce of a genuine one).
    $provider->timestampNonceHandler(function (OAuthProvider $p) use ($store): int {
        $timestamp = (string) $p->timestamp;
        if (!ctype_digit($timestamp) || abs(time() - (int) $timestamp) > TIMESTAMP_WINDOW) {
            return OAUTH_BAD_TIMESTAMP;
        }
        if (isset($store->data['nonces'][nonce_key($p)])) {
            return OAUTH_BAD_NONCE;
        }
        return OAUTH_OK;
    });

    switch ($endpoint) {
        case 'request_token':
            $provider->isRequestTokenEndpoint(true);
            // OAuth 1.0a: without a callback the server could not confirm it, so the call is refused.
            $provider->addRequiredParameter('oauth_callback');
            break;
        case 'access_token':
            // PECL does not compare the verifier itself: it makes it required, the token handler compares it.
            $provider->addRequiredParameter('oauth_verifier');
            $provider->tokenHandler(function (OAuthProvider $p) use ($store): int {
                $record = $store->data['request_tokens'][(string) $p->token] ?? null;
                if ($record === null || $record['consumer'] !== $p->consumer_key || $record['status'] === 'denied') {
                    return OAUTH_TOKEN_REJECTED;
                }
                if ($record['status'] === 'used') {
                    return OAUTH_TOKEN_USED;
                }
                if (time() - $record['issued_at'] > Store::REQUEST_TOKEN_TTL) {
                    return OAUTH_TOKEN_EXPIRED;
                }
                if ($record['status'] !== 'authorized' || !hash_equals((string) $record['verifier'], (string) $p->verifier)) {
                    return OAUTH_VERIFIER_INVALID;
                }
                $p->token_secret = oauth_urlencode($record['secret']);
                return OAUTH_OK;
            });
            break;
        case 'api':
            $provider->tokenHandler(function (OAuthProvider $p) use ($store): int {
                $record = $store->data['access_tokens'][(string) $p->token] ?? null;
                if ($record === null || $record['consumer'] !== $p->consumer_key) {
                    return OAUTH_TOKEN_REJECTED;
                }
                $p->token_secret = oauth_urlencode($record['secret']);
                return OAUTH_OK;
            });
            break;
        default:
            throw new LogicException("unknown endpoint $endpoint");
    }

    $provider->checkOAuthRequest();
    $store->data['nonces'][nonce_key($provider)] = (int) $provider->timestamp;
    return $provider;
}

/** RFC 5849 §3.3: a nonce is unique per client, token and timestamp. */
function nonce_key(OAuthProvider $p): string
{
    return implode("\n", [(string) $p->consumer_key, (string) $p->token, (string) $p->timestamp, (string) $p->nonce]);
}

/** A fresh random token: hex, URL-safe. */
function new_token(): string
{
    return bin2hex(random_bytes(16));
}

/**
 * A fresh secret: random base64 ending in `+/=` every time, so a client that does not decode the answer or
 * percent-encode the signing key fails always, not only for unlucky secrets.
 */
function new_secret(): string
{
    return base64_encode(random_bytes(18)) . '+/=';
}
