<?php
// The harness's state (registered consumers, request and access tokens, nonces seen) as JSON in a per-start temp dir.
declare(strict_types=1);

final class Store
{
    /** How long a request token may wait for the user and the access-token call, in seconds. */
    public const REQUEST_TOKEN_TTL = 600;

    /** @var array{consumers: array<string, string>, callbacks: list<string>, user: array{id: string, name: string}} */
    public readonly array $config;

    /**
     * @var array{
     *   request_tokens: array<string, array{secret: string, consumer: string, callback: string, status: string, verifier: string|null, issued_at: int}>,
     *   access_tokens: array<string, array{secret: string, consumer: string, user: string}>,
     *   nonces: array<string, int>
     * }
     */
    public array $data;

    /** @var resource */
    private $handle;

    public function __construct(string $dir)
    {
        $this->config = json_decode((string) file_get_contents("$dir/config.json"), true, 16, JSON_THROW_ON_ERROR);
        $handle = fopen("$dir/state.json", 'c+');
        if ($handle === false || !flock($handle, LOCK_EX)) {
            throw new RuntimeException("cannot open $dir/state.json");
        }
        // Held until the request ends: with PHP_CLI_SERVER_WORKERS > 1 two requests could otherwise both spend a
        // nonce or a request token.
        $this->handle = $handle;
        $text = (string) stream_get_contents($handle);
        $this->data = $text === ''
            ? ['request_tokens' => [], 'access_tokens' => [], 'nonces' => []]
            : json_decode($text, true, 16, JSON_THROW_ON_ERROR);
    }

    public function save(): void
    {
        $now = time();
        // Old entries only grow the file: a nonce outside the timestamp window is refused for its timestamp anyway.
        $this->data['nonces'] = array_filter($this->data['nonces'], fn (int $ts): bool => $ts > $now - 2 * TIMESTAMP_WINDOW);
        $this->data['request_tokens'] = array_filter(
            $this->data['request_tokens'],
            fn (array $t): bool => $t['issued_at'] > $now - 6 * self::REQUEST_TOKEN_TTL,
        );
        ftruncate($this->handle, 0);
        rewind($this->handle);
        fwrite($this->handle, json_encode($this->data, JSON_THROW_ON_ERROR | JSON_FORCE_OBJECT));
        fflush($this->handle);
    }
}
