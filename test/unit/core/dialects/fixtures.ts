/** Shared helpers for the dialect tests: the realistic fixtures under test/fixtures/dialects. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanText, type ScanResult } from '../../../../src/core/engine/scan';
import type { McpServer } from '../../../../src/core/dialects/dialect';

/** Fixture paths, relative to test/fixtures/dialects, by dialect id. */
export const FIXTURES = {
  vscode: 'vscode/.vscode/mcp.json',
  'claude-desktop': 'claude-desktop/claude_desktop_config.json',
  'claude-code': 'claude-code/.mcp.json',
  'claude-code-user': 'claude-code/.claude.json',
  cursor: 'cursor/.cursor/mcp.json',
  windsurf: 'windsurf/.codeium/windsurf/mcp_config.json',
  cline: 'cline/cline_mcp_settings.json',
  roo: 'roo/.roo/mcp.json',
  gemini: 'gemini/.gemini/settings.json',
  zed: 'zed/.config/zed/settings.json',
  'copilot-cli': 'copilot-cli/.copilot/mcp-config.json',
  codex: 'codex/.codex/config.toml',
  continue: 'continue/.continue/mcpServers/github.yaml',
  goose: 'goose/.config/goose/config.yaml',
  opencode: 'opencode/opencode.jsonc',
  kiro: 'kiro/.kiro/settings/mcp.json',
  'amazon-q': 'amazon-q/.amazonq/mcp.json',
  'visual-studio': 'visual-studio/.vs/mcp.json',
  'lm-studio': 'lm-studio/.lmstudio/mcp.json',
  junie: 'junie/.junie/mcp/mcp.json',
} as const;

export type FixtureName = keyof typeof FIXTURES;

/** The repository root: tests run from it (npm test, run-test.mjs). */
const ROOT = process.cwd();

export function fixturePath(name: FixtureName): string {
  return join('test', 'fixtures', 'dialects', FIXTURES[name]);
}

export function fixtureText(name: FixtureName): string {
  return readFileSync(join(ROOT, fixturePath(name)), 'utf8');
}

/** Scans a fixture under its real path (so path detection applies). */
export function scanFixture(name: FixtureName, path: string | undefined = fixturePath(name)): ScanResult {
  return path === undefined ? scanText(fixtureText(name)) : scanText(fixtureText(name), { path });
}

export function serverNamed(servers: McpServer[], name: string): McpServer {
  const server = servers.find((s) => s.name === name);
  assert.ok(server, `server ${name} not found among ${servers.map((s) => s.name).join(', ')}`);
  return server;
}

/** The string values of a server's args. */
export function argValues(server: McpServer): string[] {
  return server.args.map((arg) => (arg.type === 'string' ? arg.value : `<${arg.type}>`));
}

/** env (or headers) as name -> string value. */
export function valuesOf(values: McpServer['env']): Record<string, string> {
  const result: Record<string, string> = {};
  for (const value of values) result[value.name] = value.node.type === 'string' ? value.node.value : `<${value.node.type}>`;
  return result;
}

/** `kind:name` of each reference a dialect finds in `value`. */
export function referenceKinds(references: Array<{ kind: string; name?: string }>): string[] {
  return references.map((r) => `${r.kind}:${r.name ?? ''}`);
}

/** Asserts a fixture is recognised by its path, and by its shape alone. */
export function assertRecognised(name: FixtureName, id: string): ScanResult {
  const byPath = scanFixture(name);
  assert.equal(byPath.dialect?.id, id, 'by path');
  const byShape = scanFixture(name, undefined);
  assert.equal(byShape.dialect?.id, id, 'by shape');
  return byPath;
}

/** The MCP070 findings of a scan. */
export function schemaFindings(result: ScanResult): ScanResult['findings'] {
  return result.findings.filter((finding) => finding.ruleId === 'MCP070');
}
