// Test certificates made with the openssl command: an authority, a server certificate for 127.0.0.1, and a client
// certificate, for mutual TLS (RFC 8705) against Local ID.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface KeyPair {
  cert: string;
  key: string;
}

export interface TestCertificates {
  /** The authority that signed both certificates, PEM. */
  ca: string;
  server: KeyPair;
  /** A client certificate whose subject is `CN=<clientName>`. */
  client: KeyPair;
  /** A self-signed client certificate, for `self_signed_tls_client_auth`. */
  selfSigned: KeyPair;
}

/** Makes a fresh authority, the two certificates it signs, and a self-signed one (P-256 keys, valid a day). */
export function makeCertificates(clientName: string): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), "oauth-dance-certs-"));
  const openssl = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  const newKey = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  try {
    openssl(
      "req",
      "-x509",
      ...newKey,
      "-keyout",
      "ca.key",
      "-out",
      "ca.crt",
      "-days",
      "1",
      "-subj",
      "/CN=Test CA",
    );
    const issue = (name: string, subject: string, extensions: string): KeyPair => {
      writeFileSync(join(dir, `${name}.ext`), extensions);
      openssl("req", ...newKey, "-keyout", `${name}.key`, "-out", `${name}.csr`, "-subj", subject);
      openssl(
        "x509",
        "-req",
        "-in",
        `${name}.csr`,
        "-CA",
        "ca.crt",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        `${name}.crt`,
        "-days",
        "1",
        "-extfile",
        `${name}.ext`,
      );
      return { cert: read(dir, `${name}.crt`), key: read(dir, `${name}.key`) };
    };
    openssl(
      "req",
      "-x509",
      ...newKey,
      "-keyout",
      "self.key",
      "-out",
      "self.crt",
      "-days",
      "1",
      "-subj",
      `/CN=${clientName}`,
    );
    return {
      selfSigned: { cert: read(dir, "self.crt"), key: read(dir, "self.key") },
      server: issue("server", "/CN=127.0.0.1", "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n"),
      client: issue("client", `/CN=${clientName}`, "extendedKeyUsage=clientAuth\n"),
      ca: read(dir, "ca.crt"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function read(dir: string, name: string): string {
  return readFileSync(join(dir, name), "utf8");
}
