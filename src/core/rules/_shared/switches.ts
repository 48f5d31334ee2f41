/**
 * For rules about a switch that turns a protection off, set in a server's env
 * (`NODE_TLS_REJECT_UNAUTHORIZED=0`, `DANGEROUSLY_OMIT_AUTH=true`) or on its command lines
 * (`env X=0 …`, `--insecure`, `--no-auth`): the walk over both, and the fixes that remove them.
 */
import { serverCommands } from '../../analysis/command-lines';
import type { WordInLine, Word } from '../../analysis/words';
import type { McpServer, NamedValue } from '../../dialects/dialect';
import type { JsonNode } from '../../json/syntax-tree';
import type { Fix } from '../../model';
import type { RuleContext } from '../rule';
import { removeEnvEntryEdits, removeWordsEdits } from './removals';

/** An env value a program reads as text: a string, or a JSON number, boolean or null. */
export type ScalarNode = Exclude<JsonNode, { type: 'object' | 'array' }>;

/** Every server's scalar env entries, then every word of its command lines (each with the word before it). */
export function checkEnvAndWords(
  context: RuleContext,
  checkEnv: (context: RuleContext, server: McpServer, entry: NamedValue, value: ScalarNode) => void,
  checkWords: (context: RuleContext, server: McpServer, words: readonly WordInLine[]) => void,
): void {
  for (const commands of serverCommands(context.servers)) {
    for (const entry of commands.server.env) {
      const value = entry.node;
      if (value.type !== 'object' && value.type !== 'array') checkEnv(context, commands.server, entry, value);
    }
    checkWords(context, commands.server, commands.words);
  }
}

/** Removes the env entry `name` whose value is `value`; only that entry's text and line change. */
export function removeEnvEntryFix(context: RuleContext, server: McpServer, name: string, value: JsonNode): Fix {
  return { title: `Remove ${name}`, edits: removeEnvEntryEdits(context.document, server, value), safe: true };
}

/** Removes `words` from the server's args, when each is a whole element; undefined otherwise. */
export function removeWordsFix(context: RuleContext, server: McpServer, words: Word[], shown: string): Fix | undefined {
  const edits = removeWordsEdits(context.document, server, words);
  return edits ? { title: `Remove ${shown}`, edits, safe: true } : undefined;
}
