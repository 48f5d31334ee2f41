/** Shared helpers for rule and dialect tests. */
import { scanText, type ScanOptions, type ScanResult } from '../../src/core/engine/scan';
import type { Finding } from '../../src/core/model';

export function scan(text: string, path = '.vscode/mcp.json', options: ScanOptions = {}): ScanResult {
  return scanText(text, { path, ...options });
}

/** Findings of one rule when scanning `config` (an object, serialised with 2-space indent, or raw text). */
export function findingsOf(ruleId: string, config: unknown, path = '.vscode/mcp.json'): Finding[] {
  const text = typeof config === 'string' ? config : JSON.stringify(config, null, 2);
  return scan(text, path).findings.filter((finding) => finding.ruleId === ruleId);
}

/** The source text a finding's range covers. */
export function coveredText(text: string, finding: Finding): string {
  return text.substr(finding.offset, finding.length);
}

/** A VS Code config with one stdio server. */
export function vscodeServer(server: Record<string, unknown>, name = 'srv'): Record<string, unknown> {
  return { servers: { [name]: server } };
}

/** A Claude-Desktop-style config (`mcpServers`) with one server. */
export function mcpServers(server: Record<string, unknown>, name = 'srv'): Record<string, unknown> {
  return { mcpServers: { [name]: server } };
}
