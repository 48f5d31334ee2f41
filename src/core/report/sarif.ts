/**
 * SARIF 2.1.0 as GitHub code scanning accepts it: rules with help text and
 * `security-severity`, 1-based regions in UTF-16 columns, stable partial fingerprints.
 */
import type { Severity } from '../model';
import { ALL_RULES } from '../rules/index';
import { ruleDocsUrl, type Rule } from '../rules/rule';
import type { FileReport } from './report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifOptions {
  toolVersion: string;
  /** Turns a report path into the artifact URI (relative to the repository root for GitHub). */
  toUri?: (path: string) => string;
}

export function toSarif(files: readonly FileReport[], options: SarifOptions): object {
  const ruleIndex = new Map(ALL_RULES.map((rule, index) => [rule.id, index]));
  const toUri = options.toUri ?? defaultUri;
  const results = files.flatMap((file) =>
    file.findings.map((finding) => ({
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(toUri(file.path)),
            region: {
              startLine: finding.range.start.line + 1,
              startColumn: finding.range.start.character + 1,
              endLine: finding.range.end.line + 1,
              endColumn: finding.range.end.character + 1,
            },
          },
          logicalLocations: finding.pointer ? [{ fullyQualifiedName: finding.pointer, kind: 'member' }] : undefined,
        },
      ],
      partialFingerprints: {
        'mcpWarden/v1': fingerprint(`${finding.ruleId}\0${file.path}\0${finding.pointer}`),
      },
    })),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'MCP Warden',
            semanticVersion: options.toolVersion,
            version: options.toolVersion,
            rules: ALL_RULES.map(sarifRule),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function sarifRule(rule: Rule): object {
  const { docs } = rule;
  const markdown = [
    `**${rule.id} · ${rule.name}** — ${docs.summary}`,
    '',
    docs.why,
    '',
    `**Fix:** ${docs.fix}`,
    '',
    'Flagged:',
    '```json',
    docs.bad,
    '```',
    'Fixed:',
    '```json',
    docs.good,
    '```',
  ].join('\n');
  return {
    id: rule.id,
    name: toPascalCase(rule.name),
    shortDescription: { text: docs.summary },
    fullDescription: { text: `${docs.summary} ${docs.why}` },
    helpUri: ruleDocsUrl(rule),
    help: { text: `${docs.why}\nFix: ${docs.fix}`, markdown },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: {
      tags: ['security', 'mcp', rule.category],
      precision: rule.category === 'schema' || rule.category === 'syntax' ? 'very-high' : 'high',
      'security-severity': rule.securitySeverity.toFixed(1),
    },
  };
}

function toPascalCase(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
}

/** Relative paths are relative to the repository root (`%SRCROOT%`); absolute ones become file URIs. */
function defaultUri(path: string): string {
  const normalized = path.replace(/\\/g, '/').replace(/^\.\//, '');
  const encoded = normalized.split('/').map((segment) => encodeURIComponent(segment)).join('/');
  if (normalized.startsWith('/')) return `file://${encoded}`;
  if (/^[A-Za-z]:\//.test(normalized)) return `file:///${normalized.slice(0, 2)}${encoded.slice(encoded.indexOf('/'))}`;
  return encoded;
}

function artifactLocation(uri: string): { uri: string; uriBaseId?: string } {
  return uri.startsWith('file:') ? { uri } : { uri, uriBaseId: '%SRCROOT%' };
}

/** A stable 64-bit FNV-1a hash in hex: enough to tell findings apart across runs. */
function fingerprint(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
