import { describe, expect, it } from "vitest";
import { DanceError } from "../../errors.js";
import { normalizeQuery, OAuth1Signer } from "./oauth1-signer.js";
import { pemBody } from "./rsa-key.js";

/** The part of oauth-sign (an independent OAuth 1 implementation) these tests check against. */
interface OAuthSign {
  sign(
    method: string,
    httpMethod: string,
    baseUri: string,
    params: Record<string, string | string[]>,
    consumerSecretOrKey: string,
    tokenSecret?: string,
  ): string;
  plaintext(consumerSecret: string, tokenSecret: string): string;
}
// oauth-sign ships no types; a specifier typed as a plain string keeps tsc from looking for them.
const ORACLE: string = "oauth-sign";
const imported = await import(ORACLE);
const oauthSign = (imported.default ?? imported) as OAuthSign;

/** RFC 5849 §1.2: the printer (client) and photos (server) example. */
const PRINTER = { clientKey: "dpf43f3p2l4k3l03", clientSecret: "kd94hf93k423kf44" };

/** Everything a signature covers, in oauth-sign's shape: query, form and protocol parameters, repeats kept. */
function signedParams(url: string, form: URLSearchParams, protocol: Record<string, string>) {
  const params: Record<string, string | string[]> = {};
  const add = (name: string, value: string) => {
    const existing = params[name];
    params[name] = existing === undefined ? value : [existing, value].flat();
  };
  for (const [name, value] of new URL(url).searchParams) add(name, value);
  for (const [name, value] of form) add(name, value);
  for (const [name, value] of Object.entries(protocol)) if (name !== "oauth_signature") add(name, value);
  return params;
}

/** One 2048-bit key for every RSA test here (generating one takes a while). */
let rsaKey: Promise<string> | undefined;
function rsaKeyPem(): Promise<string> {
  rsaKey ??= generateRsaKeyPem();
  return rsaKey;
}

async function generateRsaKeyPem(): Promise<string> {
  const pair = await crypto.subtle.generateKey(
    {
      name: "RSASSA-PKCS1-v1_5",
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: "SHA-1",
    },
    true,
    ["sign", "verify"],
  );
  const der = new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
  return toPem("PRIVATE KEY", der);
}

function toPem(label: string, der: Uint8Array): string {
  const base64 = btoa(String.fromCharCode(...der));
  return `-----BEGIN ${label}-----\n${base64.replace(/.{64}/g, "$&\n")}\n-----END ${label}-----\n`;
}

/** The PKCS#1 RSAPrivateKey inside a PKCS#8 PrivateKeyInfo (the last element, an OCTET STRING). */
function pkcs1Of(pkcs8Pem: string): string {
  const der = pemBody(pkcs8Pem);
  let offset = 0;
  const readHeader = () => {
    offset++; // tag
    const first = der[offset++] as number;
    if (first < 0x80) return first;
    let length = 0;
    for (let i = 0; i < (first & 0x7f); i++) length = length * 256 + (der[offset++] as number);
    return length;
  };
  readHeader(); // SEQUENCE
  const skip = () => {
    const length = readHeader();
    offset += length;
  };
  skip(); // INTEGER version
  skip(); // AlgorithmIdentifier
  const length = readHeader(); // OCTET STRING
  return toPem("RSA PRIVATE KEY", der.slice(offset, offset + length));
}

const AWKWARD_URL =
  "https://api.example.com/1.1/search?q=hello world+plus*star!bang&tag=b&tag=a&filter[name]=x%2By";

describe("OAuth1Signer against RFC 5849's worked example", () => {
  it("reproduces the temporary-credentials request signature (§1.2, HMAC-SHA1)", async () => {
    const signer = new OAuth1Signer(PRINTER);
    const params = await signer.sign(
      {
        method: "POST",
        url: "https://photos.example.net/initiate",
        protocol: { oauth_callback: "http://printer.example.com/ready" },
      },
      {},
      { nonce: "wIjqoS", timestamp: "137131200", version: false },
    );
    expect(params.oauth_signature).toBe("74KNZJeDHnMBp0EMJ9ZHt/XKycU=");
  });

  it("reproduces the token-credentials request signature, signed with the temporary secret (§1.2)", async () => {
    const signer = new OAuth1Signer(PRINTER);
    const params = await signer.sign(
      {
        method: "POST",
        url: "https://photos.example.net/token",
        protocol: { oauth_verifier: "hfdp7dh39dks9884" },
      },
      { token: { key: "hh5s93j4hdidpola", secret: "hdhd0244k9j7ao03" } },
      { nonce: "walatlh", timestamp: "137131201", version: false },
    );
    expect(params.oauth_signature).toBe("gKgrFCywp7rO0OXSjdot/IHF7IU=");
    expect(params.oauth_token).toBe("hh5s93j4hdidpola");
  });

  it("reproduces the photos request signature, its query parameters included (§1.2)", async () => {
    const signer = new OAuth1Signer(PRINTER);
    const params = await signer.sign(
      { method: "GET", url: "http://photos.example.net/photos?file=vacation.jpg&size=original" },
      { token: { key: "nnch734d00sl2jdk", secret: "pfkkdhi9sl3r4s00" } },
      { nonce: "chapoH", timestamp: "137131202", version: false },
    );
    expect(params.oauth_signature).toBe("MdpQcU8iPSUjWoN/UDMsK2sui9I=");
  });

  it("builds §3.4.1.1's base string: repeated names, encoded names, empty values, a form body with +", () => {
    const signer = new OAuth1Signer({ clientKey: "9djdj82h48djs9d2", clientSecret: "j49sk3j29djd" });
    const base = signer.baseString(
      {
        method: "POST",
        url: "http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b",
        form: new URLSearchParams("c2&a3=2+q"),
      },
      {
        oauth_consumer_key: "9djdj82h48djs9d2",
        oauth_token: "kkk9d7dh3k39sjv7",
        oauth_signature_method: "HMAC-SHA1",
        oauth_timestamp: "137131201",
        oauth_nonce: "7d8f3e4a",
      },
    );
    expect(base).toBe(
      "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7",
    );
  });

  it("leaves the default port out of the base string URI and lower-cases the host (§3.4.1.2)", () => {
    const signer = new OAuth1Signer(PRINTER);
    const base = signer.baseString({ method: "get", url: "HTTPS://Photos.Example.NET:443/Photos" }, {});
    expect(base).toBe("GET&https%3A%2F%2Fphotos.example.net%2FPhotos&");
  });
});

describe("OAuth1Signer against oauth-sign", () => {
  const token = { key: "user-token", secret: "user secret/with+symbols" };
  const form = new URLSearchParams({ status: "héllo wörld + *!'()", "list[]": "1" });
  form.append("list[]", "2");

  for (const method of ["HMAC-SHA1", "HMAC-SHA256"] as const) {
    it(`signs ${method} exactly as oauth-sign does, query and form parameters included`, async () => {
      const signer = new OAuth1Signer({
        clientKey: "ck",
        clientSecret: "cs&secret",
        signatureMethod: method,
      });
      const url = normalizeQuery(AWKWARD_URL);
      const params = await signer.sign({ method: "POST", url, form }, { token });
      const expected = oauthSign.sign(
        method,
        "POST",
        "https://api.example.com/1.1/search",
        signedParams(url, form, params),
        "cs&secret",
        token.secret,
      );
      expect(params.oauth_signature_method).toBe(method);
      expect(params.oauth_signature).toBe(expected);
    });
  }

  it("signs PLAINTEXT as oauth-sign does: the encoded secrets joined by &", async () => {
    const signer = new OAuth1Signer({
      clientKey: "ck",
      clientSecret: "cs&secret",
      signatureMethod: "PLAINTEXT",
    });
    const params = await signer.sign({ method: "GET", url: AWKWARD_URL }, { token });
    expect(params.oauth_signature).toBe(oauthSign.plaintext("cs&secret", token.secret));
    expect(params.oauth_signature).toBe("cs%26secret&user%20secret%2Fwith%2Bsymbols");
  });

  it("signs RSA-SHA1 with a PKCS#8 key exactly as oauth-sign does", async () => {
    const pem = await rsaKeyPem();
    const signer = new OAuth1Signer({ clientKey: "ck", signatureMethod: "RSA-SHA1", rsaPrivateKey: pem });
    const url = normalizeQuery(AWKWARD_URL);
    const params = await signer.sign({ method: "GET", url }, { token });
    const expected = oauthSign.sign(
      "RSA-SHA1",
      "GET",
      "https://api.example.com/1.1/search",
      signedParams(url, new URLSearchParams(), params),
      pem,
    );
    expect(params.oauth_signature).toBe(expected);
  });

  it("signs RSA-SHA1 with a PKCS#1 key exactly as oauth-sign does with that PKCS#1 key", async () => {
    const pkcs1 = pkcs1Of(await rsaKeyPem());
    expect(pkcs1).toContain("BEGIN RSA PRIVATE KEY");
    const signer = new OAuth1Signer({ clientKey: "ck", signatureMethod: "RSA-SHA1", rsaPrivateKey: pkcs1 });
    const url = "https://jira.example.com/rest/api/2/search?jql=project%20%3D%20ABC";
    const params = await signer.sign({ method: "POST", url, form }, { token });
    const expected = oauthSign.sign(
      "RSA-SHA1",
      "POST",
      "https://jira.example.com/rest/api/2/search",
      signedParams(url, form, params),
      pkcs1,
    );
    expect(params.oauth_signature).toBe(expected);
  });

  it("rejects an unreadable RSA key with invalid_options naming the provider's rsaPrivateKey", async () => {
    const signer = new OAuth1Signer({
      clientKey: "ck",
      signatureMethod: "RSA-SHA1",
      rsaPrivateKey: "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----",
      provider: "jira",
    });
    const error = await signer
      .sign({ method: "GET", url: "https://jira.example.com/" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DanceError);
    expect(error).toMatchObject({
      code: "invalid_options",
      message: expect.stringContaining("providers.jira.rsaPrivateKey"),
    });
  });
});

describe("OAuth1Signer parameters and header", () => {
  it("uses a fresh nonce and the current time for each request", async () => {
    const signer = new OAuth1Signer({ clientKey: "ck", clientSecret: "cs" });
    const first = await signer.sign({ method: "GET", url: "https://api.example.com/" });
    const second = await signer.sign({ method: "GET", url: "https://api.example.com/" });
    expect(first.oauth_nonce).not.toBe(second.oauth_nonce);
    expect(Math.abs(Number(first.oauth_timestamp) - Date.now() / 1000)).toBeLessThan(5);
    expect(first.oauth_version).toBe("1.0");
  });

  it("writes an Authorization header with every oauth_ parameter percent-encoded and quoted", () => {
    const signer = new OAuth1Signer({ clientKey: "ck", clientSecret: "cs" });
    const header = signer.header({
      oauth_consumer_key: "c k",
      oauth_signature: "a+b/c=",
      oauth_callback: "http://x/y",
    });
    expect(header).toBe(
      'OAuth oauth_callback="http%3A%2F%2Fx%2Fy", oauth_consumer_key="c%20k", oauth_signature="a%2Bb%2Fc%3D"',
    );
  });
});

describe("normalizeQuery", () => {
  it("re-encodes the query the RFC 3986 way: + read as a space, reserved characters escaped, no fragment", () => {
    expect(normalizeQuery("https://a.example/p?q=a+b*c!d&e=%2B#frag")).toBe(
      "https://a.example/p?q=a%20b%2Ac%21d&e=%2B",
    );
  });

  it("leaves a URL without a query alone", () => {
    expect(normalizeQuery("https://a.example/p/q")).toBe("https://a.example/p/q");
  });
});
