/**
 * The Content-Security-Policy of every page the app serves, in Electron (sodanchu://app/) and in the
 * loopback host alike. No electron import here: the host imports this file.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
