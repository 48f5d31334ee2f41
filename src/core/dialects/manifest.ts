/**
 * What package.json must say for the dialects: `workspaceContains` activation events for every
 * workspace config glob, and the schema associations of every dialect that declares
 * `schemaFileMatch` (`jsonValidation` for JSON files; `yamlValidation` and `tomlValidation`, read
 * by the YAML and TOML extensions, for the others). One source of truth: the dialect list.
 * `npm run manifest` writes them into package.json; test/unit/extension/manifest.test.ts holds
 * the two together.
 */
import { workspaceConfigGlobs } from './config-paths';
import { DIALECTS } from './index';

export interface SchemaAssociation {
  fileMatch: string | string[];
  url: string;
}

export type ValidationPoint = 'jsonValidation' | 'yamlValidation' | 'tomlValidation';

export const VALIDATION_POINTS: readonly ValidationPoint[] = ['jsonValidation', 'yamlValidation', 'tomlValidation'];

export function expectedManifest(): { activationEvents: string[]; validation: Record<ValidationPoint, SchemaAssociation[]> } {
  const validation: Record<ValidationPoint, SchemaAssociation[]> = { jsonValidation: [], yamlValidation: [], tomlValidation: [] };
  for (const dialect of DIALECTS) {
    const byPoint = new Map<ValidationPoint, string[]>();
    for (const glob of dialect.schemaFileMatch ?? []) {
      const point = validationPointOf(glob);
      byPoint.set(point, [...(byPoint.get(point) ?? []), glob]);
    }
    for (const [point, globs] of byPoint) validation[point].push({ fileMatch: globs.length === 1 ? (globs[0] as string) : globs, url: `./schemas/${dialect.id}.schema.json` });
  }
  return { activationEvents: workspaceConfigGlobs().map((glob) => `workspaceContains:${glob}`), validation };
}

/** Where a glob's schema association goes, by the file extension it names. */
export function validationPointOf(glob: string): ValidationPoint {
  if (/\.ya?ml$/i.test(glob)) return 'yamlValidation';
  if (/\.toml$/i.test(glob)) return 'tomlValidation';
  return 'jsonValidation';
}
