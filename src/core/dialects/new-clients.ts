/** The clients whose formats came after the first ten (TOML, YAML and more JSON), in tie-break order. */
import type { Dialect } from './dialect';
import { codex } from './codex';
import { continueDev } from './continue';
import { goose } from './goose';
import { opencode } from './opencode';
import { kiro } from './kiro';
import { amazonQ } from './amazon-q';
import { visualStudio } from './visual-studio';
import { lmStudio } from './lm-studio';
import { junie } from './junie';

export const NEW_CLIENTS: readonly Dialect[] = [codex, continueDev, goose, opencode, kiro, amazonQ, visualStudio, lmStudio, junie];
