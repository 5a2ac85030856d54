<?php
// Router for `php -S`: the OAuth 1.0a endpoints of the interop harness; OAuthProvider verifies every signed call.
declare(strict_types=1);

require __DIR__ . '/store.php';
require __DIR__ . '/provider.php';

$path = (string) parse_url((string) $_SERVER['REQUEST_URI'], PHP_URL_PATH);
$method = (string) $_SERVER['REQUEST_METHOD'];

if ($path === '/health') {
    answer_json(200, ['php' => PHP_VERSION, 'oauth' => phpversion('oauth')]);
    return true;
}

$store = new Store((string) getenv('PHP_OAUTH_STATE_DIR'));
try {
    match ($path) {
        '/oauth/request_token' => request_token($store, $method),
        '/oauth/authorize' => $method === 'POST' ? decide($store) : authorization_page($store),
        '/oauth/access_token' => access_token($store, $method),
        '/api/me' => api_me($store, $method),
        default => answer_text(404, "not found\n"),
    };
} catch (OAuthException $e) {
    // The Problem Reporting answer exactly as PECL words it (status included: 401, or 400 for a missing parameter
    // or an unknown signature method).
    $problem = OAuthProvider::reportProblem($e);
    header('Content-Type: application/x-www-form-urlencoded');
    echo $problem;
}
$store->save();
return true;

function request_token(Store $store, string $method): void
{
    if ($method !== 'POST') {
        answer_text(405, "POST only\n", ['Allow: POST']);
        return;
    }
    $provider = verify_request($store, 'request_token');
    $callback = (string) $provider->callback;
    // Checked once the signature holds, so only the consumer learns which callbacks are registered.
    if (!in_array($callback, $store->config['callbacks'], true)) {
        answer_form(400, ['oauth_problem' => 'parameter_rejected', 'oauth_parameters_rejected' => 'oauth_callback']);
        return;
    }
    $token = new_token();
    $secret = new_secret();
    $store->data['request_tokens'][$token] = [
        'secret' => $secret,
        'consumer' => (string) $provider->consumer_key,
        'callback' => $callback,
        'status' => 'pending',
        'verifier' => null,
        'issued_at' => time(),
    ];
    answer_form(200, ['oauth_token' => $token, 'oauth_token_secret' => $secret, 'oauth_callback_confirmed' => 'true']);
}

/** The request token the user is asked about, or null (and an error page sent) when it cannot be decided on. */
function pending_token(Store $store, string $token): ?array
{
    $record = $store->data['request_tokens'][$token] ?? null;
    if ($record === null || $record['status'] !== 'pending' || time() - $record['issued_at'] > Store::REQUEST_TOKEN_TTL) {
        answer_html(400, '<p>This request token is unknown, expired or already decided on.</p>');
        return null;
    }
    return $record;
}

function authorization_page(Store $store): void
{
    $token = (string) ($_GET['oauth_token'] ?? '');
    if (pending_token($store, $token) === null) {
        return;
    }
    $user = htmlspecialchars($store->config['user']['name']);
    $form = fn (string $decision, string $label): string => sprintf(
        '<form method="post" action="/oauth/authorize"><input type="hidden" name="oauth_token" value="%s">'
        . '<input type="hidden" name="decision" value="%s"><button type="submit">%s</button></form>',
        htmlspecialchars($token),
        $decision,
        $label,
    );
    answer_html(200, "<p>Signed in as <b>$user</b>. Let the app use your account?</p>"
        . $form('allow', 'Allow') . $form('deny', 'Deny'));
}

function decide(Store $store): void
{
    $token = (string) ($_POST['oauth_token'] ?? '');
    $record = pending_token($store, $token);
    if ($record === null) {
        return;
    }
    if (($_POST['decision'] ?? '') === 'allow') {
        $verifier = bin2hex(random_bytes(12));
        $store->data['request_tokens'][$token]['status'] = 'authorized';
        $store->data['request_tokens'][$token]['verifier'] = $verifier;
        $answer = ['oauth_token' => $token, 'oauth_verifier' => $verifier];
    } else {
        // As X/Twitter does: the refused request token comes back as `denied`, with no verifier.
        $store->data['request_tokens'][$token]['status'] = 'denied';
        $answer = ['denied' => $token];
    }
    $callback = $record['callback'];
    $separator = str_contains($callback, '?') ? '&' : '?';
    http_response_code(302);
    header('Location: ' . $callback . $separator . http_build_query($answer, '', '&', PHP_QUERY_RFC3986));
}

function access_token(Store $store, string $method): void
{
    if ($method !== 'POST') {
        answer_text(405, "POST only\n", ['Allow: POST']);
        return;
    }
    $provider = verify_request($store, 'access_token');
    $request = $store->data['request_tokens'][(string) $provider->token];
    $store->data['request_tokens'][(string) $provider->token]['status'] = 'used';
    $token = new_token();
    $secret = new_secret();
    $user = $store->config['user'];
    $store->data['access_tokens'][$token] = ['secret' => $secret, 'consumer' => $request['consumer'], 'user' => $user['name']];
    answer_form(200, [
        'oauth_token' => $token,
        'oauth_token_secret' => $secret,
        'user_id' => $user['id'],
        'screen_name' => $user['name'],
    ]);
}

function api_me(Store $store, string $method): void
{
    $provider = verify_request($store, 'api');
    $record = $store->data['access_tokens'][(string) $provider->token];
    // An object even when empty or when the names are 0, 1, ...: the test reads `params` as a record.
    answer_json(200, ['user' => $record['user'], 'method' => $method, 'params' => (object) request_params()]);
}

/**
 * The non-oauth parameters of the query and of a form body, read from the raw request rather than from $_GET and
 * $_POST: PHP rewrites names (`a.b` to `a_b`, `a[]` to an array) and keeps one value per name, and the test
 * must see what was sent. A repeated name gives a list.
 */
function request_params(): array
{
    $pairs = (string) ($_SERVER['QUERY_STRING'] ?? '');
    $type = strtolower((string) ($_SERVER['CONTENT_TYPE'] ?? ''));
    if (str_starts_with($type, 'application/x-www-form-urlencoded')) {
        $pairs .= '&' . file_get_contents('php://input');
    }
    $params = [];
    foreach (explode('&', $pairs) as $pair) {
        if ($pair === '') {
            continue;
        }
        [$name, $value] = array_pad(explode('=', $pair, 2), 2, '');
        $name = urldecode($name);
        if (str_starts_with($name, 'oauth_')) {
            continue;
        }
        $value = urldecode($value);
        if (!array_key_exists($name, $params)) {
            $params[$name] = $value;
        } else {
            $params[$name] = [...(array) $params[$name], $value];
        }
    }
    return $params;
}

function answer_form(int $status, array $fields): void
{
    http_response_code($status);
    header('Content-Type: application/x-www-form-urlencoded');
    echo http_build_query($fields, '', '&', PHP_QUERY_RFC3986);
}

function answer_json(int $status, array $value): void
{
    http_response_code($status);
    header('Content-Type: application/json');
    echo json_encode($value, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
}

function answer_html(int $status, string $body): void
{
    http_response_code($status);
    header('Content-Type: text/html; charset=utf-8');
    echo "<!doctype html><html><head><title>Authorize</title></head><body>$body</body></html>\n";
}

/** @param list<string> $headers */
function answer_text(int $status, string $body, array $headers = []): void
{
    http_response_code($status);
    header('Content-Type: text/plain; charset=utf-8');
    foreach ($headers as $line) {
        header($line);
    }
    echo $body;
}
