// Plain http:// carries the key in clear text to anyone on the path. It is allowed only
// when the traffic cannot leave this machine: loopback addresses and `localhost`. The
// check reads the host as the WHATWG parser canonicalises it (the same parse axios and
// Node use to connect), so `http://0x7f.1`, `http://[0:0::1]` and `HTTP://LOCALHOST` are
// judged by what they connect to, and `127.0.0.1.evil.example`, userinfo or backslash
// tricks by the host they really name.

const IPV4_LOOPBACK = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * True for a canonical URL hostname that is this machine: 127.0.0.0/8, `[::1]` or
 * `localhost`. Everything else is refused, IPv4-mapped IPv6 and `localhost.` included:
 * strict, so no spelling of a remote host can slip through.
 */
export function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true;
  const parts = IPV4_LOOPBACK.exec(hostname);
  return parts !== null && parts.slice(1).every((part) => Number(part) <= 255);
}

/** True when requests to `url` would send the key unencrypted off this machine. */
export function sendsKeyInClear(url: string | URL): boolean {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url.trim()) : url;
  } catch {
    return false; // Not a URL at all: refused elsewhere, for that reason.
  }
  return parsed.protocol === 'http:' && !isLoopbackHost(parsed.hostname);
}

/** The flag that accepts plain http to another host. */
export const INSECURE_HTTP_FLAG = '--insecure-http';

/** The refusal for `url`, naming where it came from and both fixes. */
export function plainHttpMessage(url: string, source: string): string {
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // Only valid URLs reach here; the raw text is the fallback.
  }
  return `${source}: plain http:// would send the API key unencrypted to ${host}; use https://, or pass ${INSECURE_HTTP_FLAG} to accept that risk`;
}
