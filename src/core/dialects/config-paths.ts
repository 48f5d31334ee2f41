/** Which file paths can hold an MCP config, and where each client keeps its own. */
import { DIALECTS } from './index';

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
  if (!CANDIDATE_NAMES.has(name)) return false;
  if (name === 'settings.json') return /(?:^|\/)(?:\.gemini|\.zed|zed)\/settings\.json$/i.test(normalized);
  return DIALECTS.some((dialect) => dialect.pathScore(normalized) > 0);
}

/** Glob (for `findFiles`) of every workspace-level config path of every client. */
export function workspaceConfigGlob(): string {
  const paths = new Set<string>();
  for (const dialect of DIALECTS) for (const path of dialect.workspaceConfigPaths) paths.add(`**/${path}`);
  paths.add('**/claude_desktop_config.json');
  paths.add('**/mcp_config.json');
  paths.add('**/cline_mcp_settings.json');
  return `{${[...paths].sort().join(',')}}`;
}

/** User-level config paths of every client on this platform. */
export function userConfigPaths(platform: NodeJS.Platform, env: Record<string, string | undefined>, home: string): string[] {
  const paths = new Set<string>();
  for (const dialect of DIALECTS) for (const path of dialect.userConfigPaths(platform, env, home)) paths.add(path);
  return [...paths];
}
