/** Finds the MCP config files to scan: under given directories, in the workspace, and per user. */
import { readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import { DIALECTS } from '../core/dialects/index';
import { isKnownConfigPath, userConfigPaths, wildcardOf } from '../core/dialects/config-paths';

/** Folders never worth descending into. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'build', '.venv', 'venv', '__pycache__', '.cache']);

/** True when a file found while walking a folder is worth scanning as an MCP config. */
export const isCandidateConfig = isKnownConfigPath;

/** Every candidate config below `root`, sorted, as paths joined onto `root`. */
export async function findConfigsUnder(root: string, limit = 100_000): Promise<string[]> {
  const found: string[] = [];
  const pending = [root];
  while (pending.length > 0 && found.length < limit) {
    const dir = pending.pop() as string;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue; // unreadable folder: nothing to scan there
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(path);
      } else if (entry.isFile() && isCandidateConfig(relative(root, path) || entry.name)) {
        found.push(path);
      }
    }
  }
  return found.sort();
}

/** The workspace-level config files of every client that exist under `workspace`. */
export async function workspaceConfigs(workspace: string): Promise<string[]> {
  const paths = new Set<string>();
  for (const dialect of DIALECTS) for (const path of dialect.workspaceConfigPaths) paths.add(join(workspace, path));
  return existing([...paths]);
}

/** The user-level config files of every client that exist on this machine. */
export async function userConfigs(env: Record<string, string | undefined> = process.env, home = homedir()): Promise<string[]> {
  return existing(userConfigPaths(process.platform, env, home));
}

async function existing(paths: string[]): Promise<string[]> {
  const expanded = (await Promise.all(paths.map(expandWildcard))).flat();
  const checks = await Promise.all(expanded.map(async (path) => ((await isFile(path)) ? path : undefined)));
  return [...new Set(checks.filter((path): path is string => path !== undefined))];
}

/** `dir/*.yaml` -> the files of `dir` it matches, sorted; a plain path as it is. */
async function expandWildcard(path: string): Promise<string[]> {
  const wildcard = wildcardOf(path);
  if (!wildcard) return [path];
  try {
    const names = await readdir(wildcard.dir);
    return names.filter((name) => wildcard.matches(name)).sort().map((name) => join(wildcard.dir, name));
  } catch {
    return []; // no such folder: nothing there
  }
}

export async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
