/** A small, strict argument parser: unknown flags and bad values are usage errors (exit 2). */

export class UsageError extends Error {}

export interface FlagSpec {
  /** Flags that take a value (`--format json` or `--format=json`). */
  values: Record<string, { choices?: readonly string[] }>;
  /** Flags that are switches. */
  switches: readonly string[];
  /** Short aliases, e.g. `{ '-f': '--format' }`. */
  aliases?: Record<string, string>;
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string>;
  switches: Set<string>;
  /** Everything after a bare `--`, untouched. */
  rest: string[];
}

export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], values: {}, switches: new Set(), rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] ?? '';
    if (raw === '--') {
      parsed.rest = argv.slice(i + 1);
      break;
    }
    if (!raw.startsWith('-') || raw === '-') {
      parsed.positionals.push(raw);
      continue;
    }
    const eq = raw.indexOf('=');
    const name = spec.aliases?.[eq > 0 ? raw.slice(0, eq) : raw] ?? (eq > 0 ? raw.slice(0, eq) : raw);
    if (spec.switches.includes(name)) {
      if (eq > 0) throw new UsageError(`${name} takes no value`);
      parsed.switches.add(name);
      continue;
    }
    const valueSpec = spec.values[name];
    if (!valueSpec) throw new UsageError(`unknown option ${name}`);
    const value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`${name} needs a value`);
    if (valueSpec.choices && !valueSpec.choices.includes(value)) {
      throw new UsageError(`${name} must be one of: ${valueSpec.choices.join(', ')} (got "${value}")`);
    }
    parsed.values[name] = value;
  }
  return parsed;
}
