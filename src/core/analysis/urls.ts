/**
 * The one URL reader of the engine: where URLs start and end inside config values, their scheme,
 * userinfo, host, port, path and query with offsets (for fixes that touch only those characters),
 * and what kind of host they name (loopback, all interfaces, unknown because templated).
 *
 * Not a WHATWG parser on purpose: `http://<your-host>:8080` and `http://${env:HOST}/` must come
 * out as "host unknown" instead of an exception, and offsets must point into the original text.
 * Every character is looked at a bounded number of times: this runs on each keystroke, on every
 * string of a file, and on adversarial input.
 *
 * Two ways to look, one scanner:
 *  - `findUrls(text, schemes)`: URLs of the given schemes that start a word of a value, an
 *    argument or a list (`--url=http://…`, `"ws://…"`, `a,b`); what rules and the servers view read.
 *  - `scanUrls(text)`: every `scheme://…`, wherever it starts and however URLs follow each other;
 *    what secret detection reads (a credential hides in any of them).
 */
import { indexIn, isWhitespaceCode, lastIndexIn, runStart, table } from './charset';

export interface UrlSpan {
  /** Lower-case scheme without `:`, e.g. `http`. */
  scheme: string;
  /** Offsets in the searched text: the whole URL, the end of the scheme (its `:`), the host (brackets included). */
  start: number;
  end: number;
  schemeEnd: number;
  hostStart: number;
  hostEnd: number;
  /** The host as written (brackets kept for IPv6), lower-cased. */
  host: string;
  /** The port as written, if any. */
  port?: string;
  /** `user:password` before the host, when present. */
  userinfo?: { start: number; end: number };
  /** The path, from its first `/` to the query (or the end), when longer than `/`. */
  path?: { start: number; end: number };
  /** Query and fragment, after `?` (or `#`), when present. */
  query?: { start: number; end: number };
}

/** How URLs are delimited: see `findUrls` and `scanUrls`. */
interface Delimiters {
  /** Only URLs with one of these schemes; a URL of another scheme does not hide those inside it. */
  schemes?: readonly string[];
  /** True when a URL must start a word (at the start, or after whitespace, a quote, `=`, `(`, `[`, `,`, `;`, `|`, `>`). */
  wordStart: boolean;
  /** Characters that end a URL. */
  endsUrl(code: number): boolean;
  /** Characters that end the authority (userinfo, host and port), besides the end of the URL. */
  endsAuthority(code: number): boolean;
  /** True when the next `scheme://` ends the URL before it (`a://b://c` is two URLs). */
  cutAtNextUrl: boolean;
}

const SCHEME_CHARS = table('A-Za-z0-9', '+.-');
/** How far before `://` a scheme may start. */
const MAX_SCHEME_LENGTH = 32;

const SLASH = 47;
const QUESTION = 63;
const HASH = 35;
const BACKSLASH = 92;

/** Whitespace (Unicode's too), quotes and list separators (`,`, `;`, `|`) end a URL inside a value. */
function endsWordUrl(code: number): boolean {
  if (isWhitespaceCode(code) || code === 34 || code === 39 || code === 96 || code === 44 || code === 59 || code === 124) return true;
  return code > 127 && /\s/.test(String.fromCharCode(code));
}

/** Whitespace, quotes, angle brackets and backslashes end a URL; `;` and `,` may be in its query. */
function endsAnyUrl(code: number): boolean {
  return isWhitespaceCode(code) || code === 34 || code === 39 || code === 96 || code === 60 || code === 62 || code === BACKSLASH;
}

function endsPathOrQuery(code: number): boolean {
  return code === SLASH || code === QUESTION || code === HASH;
}

const IN_VALUES: Omit<Delimiters, 'schemes'> = {
  wordStart: true,
  endsUrl: endsWordUrl,
  endsAuthority: (code) => endsPathOrQuery(code) || code === BACKSLASH || endsWordUrl(code),
  cutAtNextUrl: false,
};

const ANYWHERE: Delimiters = { wordStart: false, endsUrl: endsAnyUrl, endsAuthority: endsPathOrQuery, cutAtNextUrl: true };

/**
 * URLs with one of `schemes` (lower-case) that start at a word boundary of `text`: its start,
 * or after whitespace, a quote, `=`, `(`, `[`, `,`, `;`, `|` or `>`. Left to right; a URL inside
 * another one's path or query is part of it.
 */
export function findUrls(text: string, schemes: readonly string[]): UrlSpan[] {
  return scan(text, { ...IN_VALUES, schemes });
}

/** Every `scheme://…` in `text`, left to right, wherever it starts: the next one ends the one before. */
export function scanUrls(text: string): UrlSpan[] {
  return scan(text, ANYWHERE);
}

/** Parses the URL starting at `start` (the first character of its scheme), delimited as in a value. */
export function parseUrlAt(text: string, start: number): UrlSpan | undefined {
  const marker = text.indexOf('://', start);
  if (marker < 0 || !/^[a-z][a-z0-9+.-]*$/i.test(text.slice(start, marker))) return undefined;
  return spanAt(text, start, marker, text.length, IN_VALUES);
}

/** Host and port of a URL as written (`api.example.com:8443`), credentials left out: never shows a password. */
export function hostOf(url: string): string | undefined {
  const trimmed = url.trim();
  const span = parseUrlAt(trimmed, 0);
  if (!span) return undefined;
  const hostAndPort = trimmed.slice(span.hostStart, span.port === undefined ? span.hostEnd : span.hostEnd + 1 + span.port.length);
  return hostAndPort === '' ? undefined : hostAndPort;
}

function scan(text: string, delimiters: Delimiters): UrlSpan[] {
  // Most values have no `://` and need no more than this look.
  if (!text.includes('://')) return [];
  const markers: number[] = [];
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) markers.push(at);
  const spans: UrlSpan[] = [];
  let floor = 0;
  for (let m = 0; m < markers.length; m++) {
    const marker = markers[m] ?? 0;
    if (marker < floor) continue;
    let start = runStart(text, marker, SCHEME_CHARS, Math.max(floor, marker - MAX_SCHEME_LENGTH));
    // A scheme starts with a letter: `1http://` is `http`.
    while (start < marker && !isLetter(text.charCodeAt(start))) start++;
    if (start === marker) continue;
    if (delimiters.schemes && !delimiters.schemes.includes(text.slice(start, marker).toLowerCase())) continue;
    if (delimiters.wordStart && !isWordStart(text, start)) continue;
    const limit = delimiters.cutAtNextUrl ? (markers[m + 1] ?? text.length) : text.length;
    const span = spanAt(text, start, marker, limit, delimiters);
    floor = span.end;
    spans.push(span);
  }
  return spans;
}

/** The URL whose scheme starts at `start` and whose `://` is at `marker`, ending before `limit` at the latest. */
function spanAt(text: string, start: number, marker: number, limit: number, delimiters: Omit<Delimiters, 'schemes'>): UrlSpan {
  const authorityStart = marker + 3;
  let end = authorityStart;
  while (end < limit && !delimiters.endsUrl(text.charCodeAt(end))) end++;
  // The next URL's scheme is not part of this one.
  if (end === limit && limit < text.length) end = runStart(text, limit, SCHEME_CHARS, authorityStart);
  let authorityEnd = authorityStart;
  while (authorityEnd < end && !delimiters.endsAuthority(text.charCodeAt(authorityEnd))) authorityEnd++;
  const at = lastIndexIn(text, '@', authorityStart, authorityEnd);
  const hostStart = at >= authorityStart ? at + 1 : authorityStart;
  const { host, port } = splitHostPort(text.slice(hostStart, authorityEnd));
  const span: UrlSpan = { scheme: text.slice(start, marker).toLowerCase(), start, end, schemeEnd: marker, hostStart, hostEnd: hostStart + host.length, host: host.toLowerCase() };
  if (port !== undefined) span.port = port;
  if (at >= authorityStart) span.userinfo = { start: authorityStart, end: at };
  let queryAt = indexIn(text, '?', authorityEnd, end);
  if (queryAt < 0) queryAt = indexIn(text, '#', authorityEnd, end);
  if (queryAt >= 0) span.query = { start: queryAt + 1, end };
  const pathEnd = queryAt >= 0 ? queryAt : end;
  if (text.charCodeAt(authorityEnd) === SLASH && pathEnd > authorityEnd + 1) span.path = { start: authorityEnd, end: pathEnd };
  return span;
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

function isLetter(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

function isWordStart(text: string, index: number): boolean {
  if (index === 0) return true;
  return /[\s"'`=(,;[|>]/.test(text.charAt(index - 1));
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
