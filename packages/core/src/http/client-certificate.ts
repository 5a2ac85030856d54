// The app's TLS client certificate for mutual TLS (RFC 8705), as PEM text.

export interface ClientCertificate {
  /** The certificate (chain) the app presents, PEM. */
  cert: string;
  /** Its private key, PEM. */
  key: string;
  /** The certificate authorities that sign the server's certificate, when not the runtime's own, PEM. */
  ca?: string | readonly string[] | undefined;
}
