/** VS Code: `.vscode/mcp.json` and the profile `mcp.json` — `servers`, `inputs`, `sandbox`. JSONC. */
import { asObject, getProperty, type JsonObject } from '../parse';
import { findReferences } from '../references';
import { pathEndsWith, serversKeyShape, serversUnder } from './common';
import type { Dialect } from './dialect';
import schema from '../../../schemas/vscode.schema.json';

export const vscode: Dialect = {
  id: 'vscode',
  label: 'VS Code',
  format: 'jsonc',
  serversKey: 'servers',
  pathScore(path) {
    if (pathEndsWith(path, '.vscode/mcp.json')) return 2;
    // The profile file: …/Code/User/mcp.json, …/Code - Insiders/User/profiles/<id>/mcp.json
    if (/\/user\/(?:profiles\/[^/]+\/)?mcp\.json$/i.test(path.replace(/\\/g, '/'))) return 2;
    if (pathEndsWith(path, 'mcp.json')) return 1;
    return 0;
  },
  shapeScore(root: JsonObject) {
    const servers = serversKeyShape(root, 'servers');
    if (servers === 0) return 0;
    return servers + (asObject(getProperty(root, 'inputs')) || getProperty(root, 'inputs')?.type === 'array' ? 1 : 0.5);
  },
  servers: (document) => serversUnder(document, 'servers'),
  references: (value) => findReferences(value, ['input', 'env-colon', 'predefined', 'keychain']),
  schema,
  userConfigPaths(platform, env, home) {
    const editions = ['Code', 'Code - Insiders', 'VSCodium'];
    if (platform === 'darwin') return editions.map((e) => `${home}/Library/Application Support/${e}/User/mcp.json`);
    if (platform === 'win32') {
      const appData = env.APPDATA ?? `${home}/AppData/Roaming`;
      return editions.map((e) => `${appData}/${e}/User/mcp.json`);
    }
    const config = env.XDG_CONFIG_HOME ?? `${home}/.config`;
    return editions.map((e) => `${config}/${e}/User/mcp.json`);
  },
  workspaceConfigPaths: ['.vscode/mcp.json'],
};
