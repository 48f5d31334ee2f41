/**
 * Which clients' secrets the keychain migration can move today. The clients added with their
 * TOML / YAML / JSON formats (Codex, Continue, Goose, opencode, Kiro, Amazon Q, Visual Studio,
 * LM Studio, Junie) are checked by every rule, but their secrets are moved only once each one's
 * own way to reference a secret is wired into the migration: until then nothing is changed, and
 * the user is told so.
 */
import type { Dialect, DialectId } from './dialect';

const PENDING: ReadonlySet<DialectId> = new Set(['codex', 'continue', 'goose', 'opencode', 'kiro', 'amazon-q', 'visual-studio', 'lm-studio', 'junie']);

/** Why secrets of this client's file cannot be moved yet, or undefined when they can. */
export function migrationPendingReason(dialect: Pick<Dialect, 'id' | 'label'> | undefined): string | undefined {
  if (!dialect || !PENDING.has(dialect.id)) return undefined;
  return `moving secrets out of ${dialect.label} configs is not supported yet; nothing was changed (replace the value with a reference the client resolves, e.g. an environment variable)`;
}
