/**
 * The path the site is mounted at (`--prefix`), as a browser would ask for it. A prefix is compared segment by
 * segment after percent-decoding, so /档案/, /%E6%A1%A3%E6%A1%88/ and /%e6%a1%a3%e6%a1%88/ are one prefix; its dot
 * segments are resolved as a browser resolves them (/a/../b/ is /b/, and %2e counts as a dot); and what cannot be
 * part of a path (? and #, which start a query and a fragment, a backslash, which browsers read as /, control
 * characters) is refused with a message that says why.
 */

export interface Prefix {
  /** The decoded segments: [] for /, ['archive', 'nmg'] for /archive/nmg/. */
  segments: string[];
  /** The canonical form, percent-encoded as browsers send it, with a slash at each end: the address to announce. */
  path: string;
}

/** A path segment percent-encoded as a browser sends it (sub-delimiters, ':' and '@' stay as they are). */
export const encodeSegment = (segment: string) =>
  encodeURIComponent(segment).replace(/%(24|26|2B|2C|3B|3D|3A|40)/g, (code) => decodeURIComponent(code));

/** Reads `--prefix`; throws an Error whose message names the option, the value and what to give instead. */
export function parsePrefix(text: string): Prefix {
  const refuse = (why: string): never => {
    throw new Error(`--prefix ${JSON.stringify(text)}: ${why}; give a path such as /archive/nmg/.`);
  };
  const odd = /[?#\\]|\p{Cc}/u.exec(text)?.[0];
  if (odd === '?' || odd === '#')
    refuse(`"${odd}" cannot be part of a path (it starts the address's ${odd === '?' ? 'query' : 'fragment'})`);
  if (odd === '\\') refuse('a backslash cannot be part of a path (browsers read it as "/")');
  if (odd) refuse('a control character cannot be part of a path');
  const segments: string[] = [];
  for (const raw of text.split('/').filter(Boolean)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return refuse(`"${raw}" is not valid percent-encoded UTF-8`);
    }
    if (segment === '..') segments.pop();
    else if (segment !== '.') segments.push(segment);
  }
  return { segments, path: `/${segments.map((s) => `${encodeSegment(s)}/`).join('')}` };
}

/**
 * Where a request's path (still percent-encoded, without query) falls: under the prefix (`rest`, the path inside the
 * site, starting with "/"), exactly the prefix without its last slash ('bare', to be redirected), or elsewhere (null).
 */
export function underPrefix(prefix: Prefix, rawPath: string): { rest: string } | 'bare' | null {
  const parts = rawPath.split('/'); // ['', first segment, …]
  const n = prefix.segments.length;
  for (let i = 0; i < n; i++) {
    const raw = parts[i + 1];
    if (raw === undefined || safeDecode(raw) !== prefix.segments[i]) return null;
  }
  if (n > 0 && parts.length === n + 1) return 'bare';
  return { rest: `/${parts.slice(n + 1).join('/')}` };
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
