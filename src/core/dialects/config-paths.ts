/**
 * Which file paths hold an MCP config, derived from the dialects alone: every client's paths are
 * written once, in its dialect (`workspaceConfigPaths`, `searchFileNames`, `userConfigPaths`,
 * `pathScore`). package.json's activation events and schema associations are checked against
 * these by a test.
 */
import { baseName } from './common';
import { DIALECTS } from './index';

/**
 * True when `path` is named like some client's MCP config: a name or place unique to a client,
 * or a generic name (`mcp.json`) one uses. `settings.json` is everywhere (VS Code, every editor),
 * so it counts only in a client's own folder (`.gemini/`, `.zed/`).
 */
export function isKnownConfigPath(path: string): boolean {
  let best = 0;
  for (const dialect of DIALECTS) best = Math.max(best, dialect.pathScore(path));
  return best >= 2 || (best === 1 && baseName(path) !== 'settings.json');
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

/** User-level config paths of every client on this platform. */
export function userConfigPaths(platform: NodeJS.Platform, env: Record<string, string | undefined>, home: string): string[] {
  const paths = new Set<string>();
  for (const dialect of DIALECTS) for (const path of dialect.userConfigPaths(platform, env, home)) paths.add(path);
  return [...paths];
}
