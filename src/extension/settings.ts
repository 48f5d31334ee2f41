/** The `mcpWarden.*` settings, read in one place. */
import * as vscode from 'vscode';
import type { SeveritySetting } from '../core/model';

export interface WardenSettings {
  severities: Record<string, SeveritySetting>;
  scanUserConfigs: boolean;
  debounceMs: number;
}

const SETTINGS = new Set<string>(['error', 'warning', 'info', 'off']);

export function readSettings(): WardenSettings {
  const config = vscode.workspace.getConfiguration('mcpWarden');
  const raw = config.get<Record<string, unknown>>('rules', {});
  const severities: Record<string, SeveritySetting> = {};
  for (const [id, value] of Object.entries(raw ?? {})) {
    if (typeof value === 'string' && SETTINGS.has(value)) severities[id.toUpperCase()] = value as SeveritySetting;
  }
  return {
    severities,
    scanUserConfigs: config.get<boolean>('scanUserConfigs', true),
    debounceMs: Math.max(0, config.get<number>('debounceMs', 150)),
  };
}
