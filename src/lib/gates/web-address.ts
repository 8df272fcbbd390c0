/**
 * The one rule for addresses in content, read as a browser reads them (the WHATWG URL parser, never a pattern over
 * the text: a browser drops tabs and newlines anywhere and spaces and controls at the ends, and lower-cases the
 * scheme, so `JAVA\tSCRIPT:` is javascript:).
 *
 * A web address a reader is sent to (a measure's source, a link in the About page) is http: or https: on a public
 * host name: a name with a dot under a real top-level domain. Refused: other schemes; IP addresses, even public ones
 * (a reader cannot tell whose site a bare address is, and private, loopback and link-local ones point into the
 * reader's or the builder's own network); localhost and the special-use names of RFC 6761 and RFC 6762 (.localhost,
 * .local, .test, .example, .invalid, .internal, .arpa), which no public site has; a name without a dot (an intranet
 * host); and a user name or password before the host (https://www.gov.cn@evil.example/ goes to evil.example).
 */

const WEB = ['http:', 'https:'];
const SPECIAL_USE = new Set(['localhost', 'local', 'test', 'example', 'invalid', 'internal', 'arpa', 'onion']);
/** Where a relative reference is resolved to test it: never a real host. */
const HERE = 'https://relative.invalid/page/';

/** What is wrong with `url` as a web address on a public host, or undefined when it is one. */
export function webAddressFault(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${JSON.stringify(url)} is not a complete web address; write it with https:// and the host name`;
  }
  if (!WEB.includes(parsed.protocol))
    return `${JSON.stringify(url)} is a ${parsed.protocol} address; only http: and https: addresses on a public host are allowed`;
  if (parsed.username || parsed.password)
    return `${JSON.stringify(url)} has a user name or password before the host; remove it (the browser would go to ${parsed.hostname})`;
  const host = parsed.hostname;
  // The parser writes every IP address in its canonical form: dotted IPv4 (also from 0x7f.1 or 2130706433), [IPv6].
  if (host.startsWith('[') || /^\d+\.\d+\.\d+\.\d+$/.test(host))
    return `${JSON.stringify(url)} points at the IP address ${host}; link the site by its public host name`;
  const labels = host.replace(/\.$/, '').split('.');
  if (SPECIAL_USE.has(labels.at(-1)!))
    return `${JSON.stringify(url)}: ${host} is a name reserved for local or test use, not a public site`;
  if (labels.length < 2) return `${JSON.stringify(url)}: ${host} is not a public host name (it has no domain)`;
  return undefined;
}

/**
 * What is wrong with a link target in MDX, or undefined: a relative reference (the site's own pages), mailto:, or a
 * web address on a public host (webAddressFault).
 */
export function linkFault(url: string): string | undefined {
  let absolute = true;
  try {
    new URL(url);
  } catch {
    absolute = false;
  }
  if (!absolute) {
    // `//host/` and `\\host` are relative in form but lead to another host: they must be written as web addresses.
    const resolved = URL.parse(url, HERE);
    if (!resolved) return `${JSON.stringify(url)} is not a link a browser could follow`;
    if (resolved.origin !== new URL(HERE).origin)
      return `${JSON.stringify(url)} leads to another host (${resolved.host}); write it as a full https:// address`;
    return undefined;
  }
  const { protocol } = new URL(url);
  if (protocol === 'mailto:') return undefined;
  if (!WEB.includes(protocol))
    return `${JSON.stringify(url)} is a ${protocol} link; only relative links, mailto: and web addresses are allowed`;
  return webAddressFault(url);
}
