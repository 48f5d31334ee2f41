/**
 * Which file paths hold an MCP config, derived from the dialects alone: every client's paths are
 * written once, in its dialect (`workspaceConfigPaths`, `searchFileNames`, `userConfigPaths`,
 * `pathScore`). package.json's activation events and schema associations are checked against
 * these by a test.
 */
import { baseName } from './common';
import { DIALECTS } from './index';

/**
 * Names every kind of tool uses for its settings (VS Code and every editor: `settings.json`; Hugo,
 * Cargo, Poetry, countless apps: `config.toml`, `config.yaml`): they count only in a client's own
 * folder (`.gemini/settings.json`, `.codex/config.toml`, `goose/config.yaml`), never anywhere.
 */
const SHARED_NAMES = new Set(['settings.json', 'config.toml', 'config.yaml', 'config.yml']);

/**
 * True when `path` is named like some client's MCP config: a name or place unique to a client,
 * or a generic name (`mcp.json`) one uses, unless that name is everyone's (`SHARED_NAMES`).
 */
export function isKnownConfigPath(path: string): boolean {
  let best = 0;
  for (const dialect of DIALECTS) best = Math.max(best, dialect.pathScore(path));
  return best >= 2 || (best === 1 && !SHARED_NAMES.has(baseName(path)));
}

/** Globs, relative to a workspace folder, of every client's files worth finding in a workspace, sorted. */
export function workspaceConfigGlobs(): string[] {
  const globs = new Set<string>();
  for (const dialect of DIALECTS) {
    for (const path of [...dialect.workspaceConfigPaths, ...(dialect.searchFileNames ?? [])]) globs.add(`**/${path}`);
  }
  return [...globs].sort();
}

/** `workspaceConfigGlobs` as one glob, for `findFiles` and file watchers. */
export function workspaceConfigGlob(): string {
  return `{${workspaceConfigGlobs().join(',')}}`;
}

/** User-level config paths of every client on this platform (a `*` in a last segment: see `wildcardOf`). */
export function userConfigPaths(platform: NodeJS.Platform, env: Record<string, string | undefined>, home: string): string[] {
  const paths = new Set<string>();
  for (const dialect of DIALECTS) for (const path of dialect.userConfigPaths(platform, env, home)) paths.add(path);
  return [...paths];
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
