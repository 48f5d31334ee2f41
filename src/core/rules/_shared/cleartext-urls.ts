/**
 * Cleartext URLs to hosts other than this machine, in a server's url, env, args and OAuth block:
 * MCP010 (`http://`) and MCP011 (`ws://`) look at the same places, each for its own scheme, and
 * offer the same fix (the secure scheme, nothing else changed).
 */
import type { McpServer } from '../../dialects/dialect';
import { replaceInStringEdit } from '../../json/edits';
import type { JsonNode, JsonString } from '../../json/syntax-tree';
import { findUrls, isLoopbackHost, isUnknownHost, type UrlSpan } from '../../analysis/urls';
import type { RuleContext } from '../rule';

export type CleartextScheme = 'http' | 'ws';

const SECURE: Record<CleartextScheme, string> = { http: 'https', ws: 'wss' };

/**
 * Env / flag names whose URL is not a connection the server makes with its credentials: a proxy
 * (HTTPS is tunnelled through it), an allowed origin, an XML namespace, a referrer.
 */
const NOT_A_CONNECTION = /proxy|origin|cors|namespace|xmlns|schema|referr?er|homepage/i;

/** Where a URL was found, for the message: `url`, `env GITLAB_URL`, `--url`. */
interface Place {
  node: JsonString;
  label: string;
}

/** Reports every cleartext `scheme://` URL to a non-loopback host in the servers' url, env, args and OAuth block. */
export function reportCleartextUrls(context: RuleContext, scheme: CleartextScheme): void {
  const places = placesOfServers(context.servers);
  context.servers.forEach((server, i) => {
    for (const place of places[i] ?? []) {
      for (const url of findUrls(place.node.value, [scheme])) {
        if (isUnknownHost(url.host) || isLoopbackHost(url.host) || !connectsWithCredentials(place, url)) continue;
        reportUrl(context, server, place, url, scheme);
      }
    }
  });
}

/**
 * `placesOf` each server, computed once per scan (the servers array is the scan's own): MCP010
 * and MCP011 look at the same places, each for its own scheme.
 */
function placesOfServers(servers: readonly McpServer[]): Place[][] {
  let places = placesCache.get(servers);
  if (!places) {
    places = servers.map(placesOf);
    placesCache.set(servers, places);
  }
  return places;
}

const placesCache = new WeakMap<readonly McpServer[], Place[][]>();

/** The strings of a server that hold a URL at all, each with its label. */
function placesOf(server: McpServer): Place[] {
  const places: Place[] = [];
  if (server.url && hasUrl(server.url)) places.push({ node: server.url, label: 'url' });
  for (const entry of server.env) {
    if (hasUrl(entry.node) && !NOT_A_CONNECTION.test(entry.name)) places.push({ node: entry.node, label: `env ${entry.name}` });
  }
  server.args.forEach((arg, index) => {
    if (hasUrl(arg)) places.push({ node: arg, label: argLabel(server.args[index - 1]) });
  });
  for (const property of server.oauth?.properties ?? []) {
    if (hasUrl(property.value)) places.push({ node: property.value, label: `oauth ${property.key}` });
  }
  return places;
}

/** A string with a `://` in it; the others cannot hold a URL, and get no label spelt out. */
function hasUrl(node: JsonNode): node is JsonString {
  return node.type === 'string' && node.value.includes('://');
}

/** `args` or, when the previous element is a flag (`--url`), that flag. */
function argLabel(previous: JsonNode | undefined): string {
  return previous?.type === 'string' && /^--?[A-Za-z][\w-]*$/.test(previous.value) ? previous.value : 'args';
}

/** False when the flag or `NAME=` right before the URL says it is a proxy, an origin, … */
function connectsWithCredentials(place: Place, url: UrlSpan): boolean {
  const before = place.node.value.slice(0, url.start);
  const assigned = /([A-Za-z_][\w-]*)=$/.exec(before);
  if (assigned?.[1] !== undefined) return !NOT_A_CONNECTION.test(assigned[1]);
  const flag = /(--?[A-Za-z][\w-]*)\s+["']?$/.exec(before);
  if (flag?.[1] !== undefined) return !NOT_A_CONNECTION.test(flag[1]);
  return !NOT_A_CONNECTION.test(place.label);
}

function reportUrl(context: RuleContext, server: McpServer, place: Place, url: UrlSpan, scheme: CleartextScheme): void {
  const secure = SECURE[scheme];
  const what = scheme === 'http' ? 'plain http://' : 'unencrypted ws://';
  const host = place.node.value.slice(url.hostStart, url.hostEnd);
  const where = place.label === 'url' ? '' : ` (${place.label})`;
  context.report({
    node: place.node,
    message: `Server "${server.name}" talks to ${host} over ${what}${where}: tokens and data travel in cleartext. Use ${secure}://.`,
    fix: {
      title: `Use ${secure}://`,
      edits: [replaceInStringEdit(context.document, place.node, url.start, url.schemeEnd, secure)],
      safe: true,
    },
  });
}
