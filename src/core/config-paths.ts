/** Which file paths can hold an MCP config, and where each client keeps its own. */
import { DIALECTS } from './dialects/index';

/** File names that can hold an MCP config of some client. */
const CANDIDATE_NAMES = new Set([
  'mcp.json',
  '.mcp.json',
  'claude_desktop_config.json',
  'mcp_config.json',
  'cline_mcp_settings.json',
  'mcp_settings.json',
  'settings.json',
  'mcp-config.json',
  '.claude.json',
]);

/**
 * True when `path` is named like some client's MCP config. `settings.json` is everywhere
 * (VS Code, Zed, Gemini), so only the Zed and Gemini folders count for it.
 */
export function isKnownConfigPath(path: string): boolean {
  const normalized = path.replace(/\\/g, '/');
  const name = normalized.slice(normalized.lastIndexOf('/') + 1).toLowerCase();
  // A name unique to a client (`.codex/config.toml`, `opencode.json`, `.continue/mcpServers/x.yaml`).
  if (!CANDIDATE_NAMES.has(name)) return DIALECTS.some((dialect) => dialect.pathScore(normalized) >= 2);
  if (name === 'settings.json') return /(?:^|\/)(?:\.gemini|\.zed|zed)\/settings\.json$/i.test(normalized);
  return DIALECTS.some((dialect) => dialect.pathScore(normalized) > 0);
}

/** Config file names worth finding anywhere in a workspace, besides each client's workspace paths. */
const LOOSE_FILE_NAMES = ['claude_desktop_config.json', 'mcp_config.json', 'cline_mcp_settings.json', 'mcp-config.json'];

/**
 * `**\/<path>` for every workspace-level config path of every client and the loose names: the
 * workspace glob, and the extension's `workspaceContains` activation events (package.json is
 * checked against this list by a test).
 */
export function workspacePatterns(): string[] {
  const paths = new Set<string>();
  for (const dialect of DIALECTS) for (const path of dialect.workspaceConfigPaths) paths.add(`**/${path}`);
  for (const name of LOOSE_FILE_NAMES) paths.add(`**/${name}`);
  return [...paths].sort();
}

/** Glob (for `findFiles`) of every workspace-level config path of every client. */
export function workspaceConfigGlob(): string {
  return `{${workspacePatterns().join(',')}}`;
}

/**
 * A config path whose last segment holds a `*` (`~/.continue/mcpServers/*.yaml`): its folder and
 * a test for the names it matches. Undefined for a plain path.
 */
export function wildcardOf(path: string): { dir: string; matches(name: string): boolean } | undefined {
  const normalized = path.replace(/\\/g, '/');
  const slash = normalized.lastIndexOf('/');
  const name = normalized.slice(slash + 1);
  if (!name.includes('*')) return undefined;
  const pattern = new RegExp(`^${name.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`, 'i');
  return { dir: normalized.slice(0, Math.max(0, slash)), matches: (candidate) => pattern.test(candidate) };
}

/** User-level config paths of every client on this platform. */
export function userConfigPaths(platform: NodeJS.Platform, env: Record<string, string | undefined>, home: string): string[] {
  const paths = new Set<string>();
  for (const dialect of DIALECTS) for (const path of dialect.userConfigPaths(platform, env, home)) paths.add(path);
  return [...paths];
}
