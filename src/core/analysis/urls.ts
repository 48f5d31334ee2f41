/**
 * Lenient URL reading for config values: where a URL starts and ends inside a longer string,
 * its scheme and host with their offsets (for fixes that touch only those characters), and what
 * kind of host it names (loopback, all interfaces, unknown because templated).
 *
 * Not a WHATWG parser on purpose: `http://<your-host>:8080` and `http://${env:HOST}/` must come
 * out as "host unknown" instead of an exception, and offsets must point into the original text.
 */

export interface UrlMatch {
  /** Lower-case scheme without `:`, e.g. `http`. */
  scheme: string;
  /** Offsets in the searched text: the whole URL, the scheme, and the host (brackets included). */
  start: number;
  end: number;
  schemeEnd: number;
  hostStart: number;
  hostEnd: number;
  /** The host as written (brackets kept for IPv6), lower-cased. */
  host: string;
  /** The port as written, if any. */
  port?: string;
}

/** Characters that end a URL inside a longer string: whitespace, quotes, list separators. */
const URL_END = /[\s"'`,;|]/;
/** Characters that end the authority (userinfo, host, port). */
const AUTHORITY_END = /[/?#\\\s"'`,;|]/;

/**
 * URLs with one of `schemes` (lower-case) that start at a word boundary of `text`: its start,
 * or after whitespace, a quote, `=`, `(`, `[`, `,`, `;`, `|` or `>`. Left to right.
 */
export function findUrls(text: string, schemes: readonly string[]): UrlMatch[] {
  // Lower-casing never adds or removes a `://`: most values have none and need no copy.
  if (!text.includes('://')) return [];
  const lower = text.toLowerCase();
  const matches: UrlMatch[] = [];
  let from = 0;
  while (from < text.length) {
    const at = lower.indexOf('://', from);
    if (at < 0) break;
    const schemeStart = schemeStartBefore(lower, at);
    const scheme = lower.slice(schemeStart, at);
    if (schemes.includes(scheme) && isUrlBoundary(text, schemeStart)) {
      const match = parseUrlAt(text, schemeStart);
      if (match) {
        matches.push(match);
        from = Math.max(match.end, at + 3);
        continue;
      }
    }
    from = at + 3;
  }
  return matches;
}

/** Parses the URL starting at `start` (the first character of its scheme). */
export function parseUrlAt(text: string, start: number): UrlMatch | undefined {
  const separator = text.indexOf('://', start);
  if (separator < 0) return undefined;
  const scheme = text.slice(start, separator).toLowerCase();
  if (!/^[a-z][a-z0-9+.-]*$/.test(scheme)) return undefined;
  const authorityStart = separator + 3;
  const authorityEnd = scanUntil(text, authorityStart, AUTHORITY_END);
  const end = scanUntil(text, authorityEnd, URL_END);
  const authority = text.slice(authorityStart, authorityEnd);
  const at = authority.lastIndexOf('@');
  const hostStart = authorityStart + at + 1;
  const hostAndPort = text.slice(hostStart, authorityEnd);
  const { host, port } = splitHostPort(hostAndPort);
  const match: UrlMatch = {
    scheme,
    start,
    end,
    schemeEnd: separator,
    hostStart,
    hostEnd: hostStart + host.length,
    host: host.toLowerCase(),
  };
  if (port !== undefined) match.port = port;
  return match;
}

/** `host:port`, `[v6]:port`, or a bare unbracketed IPv6 address (no port then). */
export function splitHostPort(hostAndPort: string): { host: string; port?: string } {
  if (hostAndPort.startsWith('[')) {
    const close = hostAndPort.indexOf(']');
    if (close < 0) return { host: hostAndPort };
    const host = hostAndPort.slice(0, close + 1);
    const rest = hostAndPort.slice(close + 1);
    return rest.startsWith(':') ? { host, port: rest.slice(1) } : { host };
  }
  const firstColon = hostAndPort.indexOf(':');
  if (firstColon < 0) return { host: hostAndPort };
  // More than one colon and no brackets: an IPv6 address written bare, or a template.
  if (hostAndPort.indexOf(':', firstColon + 1) >= 0 && !hostAndPort.includes('{')) return { host: hostAndPort };
  // `${env:HOST}`: the colon belongs to the reference, not to a port.
  if (hostAndPort.startsWith('${')) {
    const close = hostAndPort.indexOf('}');
    if (close < 0) return { host: hostAndPort };
    const rest = hostAndPort.slice(close + 1);
    const host = hostAndPort.slice(0, close + 1);
    return rest.startsWith(':') ? { host, port: rest.slice(1) } : { host: hostAndPort };
  }
  return { host: hostAndPort.slice(0, firstColon), port: hostAndPort.slice(firstColon + 1) };
}

/**
 * Loopback: `localhost`, `*.localhost`, `127.0.0.0/8`, `::1` in any spelling (`[::1]`,
 * `0:0:0:0:0:0:0:1`), `::ffff:127.x.x.x`. `0.0.0.0` is not loopback: it means "every interface"
 * when listening, and clients differ on where it leads when connecting.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = unbracket(host.trim().toLowerCase()).replace(/\.$/, '');
  if (bare === 'localhost' || bare.endsWith('.localhost') || bare === 'localhost.localdomain') return true;
  if (bare === 'ip6-localhost' || bare === 'ip6-loopback') return true;
  if (isIpv4Loopback(bare)) return true;
  const groups = ipv6Groups(bare);
  if (!groups) return false;
  if (groups.length === 8 && groups.every((g, i) => (i === 7 ? g === '1' : g === '0'))) return true;
  // IPv4-mapped: ::ffff:127.0.0.1
  const mapped = /^(?:0:){5}ffff:(.+)$/.exec(groups.join(':'));
  return mapped?.[1] !== undefined && isIpv4Loopback(mapped[1]);
}

/** `0.0.0.0`, `::`, `[::]` (any spelling of the unspecified address): listen on every interface. */
export function isAllInterfacesHost(host: string): boolean {
  const bare = unbracket(host.trim().toLowerCase());
  if (bare === '0.0.0.0') return true;
  const groups = ipv6Groups(bare);
  return groups !== undefined && groups.every((g) => g === '0');
}

/** The loopback address of the same family as an all-interfaces one: `0.0.0.0` -> `127.0.0.1`, `::` -> `::1`. */
export function loopbackFor(allInterfaces: string): string {
  const bracketed = allInterfaces.startsWith('[');
  if (unbracket(allInterfaces) === '0.0.0.0') return '127.0.0.1';
  return bracketed ? '[::1]' : '::1';
}

/**
 * True when the host cannot be known from the file: a reference (`${env:HOST}`, `$HOST`,
 * `%HOST%`), a placeholder (`<host>`, `{host}`, `your-server`, `xxx`), a wildcard, or empty.
 */
export function isUnknownHost(host: string): boolean {
  if (host === '') return true;
  if (/[<>{}$%*]/.test(host)) return true;
  if (/^your[-_.]|^your$/i.test(host)) return true;
  return /^x{3,}(?:\.|$)/i.test(host);
}

// ---------- internals ----------

function schemeStartBefore(text: string, separator: number): number {
  let i = separator;
  while (i > 0 && /[a-z0-9+.-]/.test(text.charAt(i - 1))) i--;
  // A scheme starts with a letter: `1http://` is not one.
  while (i < separator && !/[a-z]/.test(text.charAt(i))) i++;
  return i;
}

function isUrlBoundary(text: string, index: number): boolean {
  if (index === 0) return true;
  return /[\s"'`=(,;[|>]/.test(text.charAt(index - 1));
}

function scanUntil(text: string, from: number, stop: RegExp): number {
  let i = from;
  while (i < text.length && !stop.test(text.charAt(i))) i++;
  return i;
}

function unbracket(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

function isIpv4Loopback(host: string): boolean {
  const match = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return match !== null && match.slice(1).every((octet) => Number(octet) <= 255);
}

/**
 * The groups of an IPv6 address with `::` expanded and leading zeros dropped; an embedded
 * dotted IPv4 (`::ffff:127.0.0.1`) stays one element standing for two groups. Undefined when
 * `address` is not IPv6.
 */
function ipv6Groups(address: string): string[] | undefined {
  if (!address.includes(':') || !/^[0-9a-f:.]+$/.test(address)) return undefined;
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string): string[] => (part === '' ? [] : part.split(':'));
  const head = parse(halves[0] ?? '');
  const tail = halves.length === 2 ? parse(halves[1] ?? '') : [];
  const written = [...head, ...tail];
  if (!written.every((group, i) => isIpv6Group(group, i === written.length - 1))) return undefined;
  const width = written.length + (written[written.length - 1]?.includes('.') ? 1 : 0);
  const missing = 8 - width;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const zeros = Array<string>(halves.length === 2 ? missing : 0).fill('0');
  return [...head, ...zeros, ...tail].map((group) => (group.includes('.') ? group : group.replace(/^0+(?=.)/, '')));
}

function isIpv6Group(group: string, last: boolean): boolean {
  if (/^[0-9a-f]{1,4}$/.test(group)) return true;
  return last && /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(group);
}
