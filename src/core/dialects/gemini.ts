/**
 * Gemini CLI: `~/.gemini/settings.json`, a project's `.gemini/settings.json`, and the system
 * settings file — `mcpServers` beside many settings that are not about MCP. JSON with comments.
 *
 * `httpUrl` is Streamable HTTP, `url` is SSE (unless `type: "http"`), `tcp` a WebSocket;
 * `trust: true` skips every confirmation. `$VAR`, `${VAR}` (and `%VAR%` on Windows) are expanded.
 */
import { findReferences, type ReferenceSyntax } from '../analysis/references';
import { anyServerHas, baseName, fieldNames, pathEndsWith, readerFor, rootHasAny, serversKeyShape, serversUnder } from './common';
import type { Dialect } from './dialect';
import schema from '../../../schemas/gemini.schema.json';

const FIELDS = fieldNames({
  urlKeys: [
    { key: 'httpUrl', transport: 'http' },
    { key: 'url', transport: 'sse' },
    { key: 'tcp', transport: 'ws' },
  ],
  autoApproveKeys: ['trust'],
  oauthKeys: ['oauth'],
});

/** Top-level keys of Gemini settings that other clients' files do not have. */
const SETTINGS_KEYS = ['general', 'ui', 'model', 'tools', 'security', 'mcp', 'context', 'advanced', 'telemetry', 'ide', 'privacy', 'experimental', 'selectedAuthType', 'theme', 'contextFileName', 'hooks', 'admin'];

/** The reference syntaxes this client expands (one array, not one per call). */
const REFERENCE_SYNTAXES: readonly ReferenceSyntax[] = ['braced', 'bare', 'percent', 'keychain'];

export const gemini: Dialect = {
  id: 'gemini',
  label: 'Gemini CLI',
  format: 'jsonc',
  serversKey: 'mcpServers',
  pathScore(path) {
    if (pathEndsWith(path, '.gemini/settings.json') || pathEndsWith(path, 'gemini-cli/settings.json') || pathEndsWith(path, 'GeminiCli/settings.json')) return 2;
    return baseName(path) === 'settings.json' ? 1 : 0;
  },
  shapeScore(root) {
    const servers = serversKeyShape(root, 'mcpServers');
    if (servers === 0) return 0;
    let score = servers;
    if (anyServerHas(root, 'mcpServers', ['httpUrl', 'trust', 'includeTools', 'excludeTools', 'tcp', 'authProviderType'])) score += 1.5;
    if (rootHasAny(root, SETTINGS_KEYS)) score += 0.5;
    return score;
  },
  servers: (document) => serversUnder(document, 'mcpServers', readerFor(FIELDS)),
  references: (value) => findReferences(value, REFERENCE_SYNTAXES),
  schema,
  userConfigPaths(platform, env, home) {
    const user = `${home}/.gemini/settings.json`;
    const system =
      env.GEMINI_CLI_SYSTEM_SETTINGS_PATH ||
      (platform === 'darwin'
        ? '/Library/Application Support/GeminiCli/settings.json'
        : platform === 'win32'
          ? `${env.ProgramData || 'C:/ProgramData'}/gemini-cli/settings.json`
          : '/etc/gemini-cli/settings.json');
    return [user, system];
  },
  workspaceConfigPaths: ['.gemini/settings.json'],
  schemaFileMatch: ['**/.gemini/settings.json'],
};
