/**
 * MCP015 — authentication switched off: `DANGEROUSLY_OMIT_AUTH=true`, `MCP_DISABLE_AUTH=1`,
 * `*_AUTH_ENABLED=false` in env (or as `NAME=value` words), `--no-auth`-style flags.
 */
import { assignmentWords, splitFlag, switchValue, wordAssignment, type Word, type WordInLine } from '../analysis/words';
import { checkEnvAndWords, removeEnvEntryFix, removeWordsFix, type ScalarNode } from './_shared/switches';
import type { McpServer, NamedValue } from '../dialects/dialect';
import { NameCache } from '../analysis/name-cache';
import type { Rule, RuleContext } from './rule';

// Word-anchored on `_` so that AUTHOR, AUTHORITY… do not count. OAUTH is left out on purpose:
// `DISABLE_OAUTH=true` usually means "use the token instead", not "no auth".
const AUTH = 'AUTH(?:ENTICATION|ORIZATION|N|Z)?';
/** What may follow the auth word in a negated name: DISABLE_AUTH_CHECK, SKIP_AUTH_VALIDATION. */
const AUTH_SUFFIX = '(?:_(?:CHECKS?|VERIFICATION|VALIDATION|REQUIREMENT|MIDDLEWARE|GUARD))?';
/** Off when true: DISABLE_AUTH, AUTH_DISABLED, NO_AUTH, SKIP_AUTH, DANGEROUSLY_OMIT_AUTH, MCP_DISABLE_AUTH… */
const NEGATED_AUTH = new RegExp(
  `(?:^|_)(?:DISABLE|DISABLED|NO|SKIP|OMIT|BYPASS|WITHOUT|IGNORE)_(?:[A-Z0-9]+_)?${AUTH}${AUTH_SUFFIX}$|(?:^|_)${AUTH}_(?:DISABLE|DISABLED|OFF|SKIP|SKIPPED|BYPASS|BYPASSED|OPTIONAL)$|^(?:NO|SKIP|DISABLE)${AUTH}$`,
);
/** Off when false: AUTH_ENABLED=false, REQUIRE_AUTH=false, ENABLE_AUTH=0, MCP_AUTH=false… */
const POSITIVE_AUTH = new RegExp(
  `(?:^|_)(?:ENABLE|REQUIRE|ENFORCE)_(?:[A-Z0-9]+_)?${AUTH}$|(?:^|_)${AUTH}_(?:ENABLED|ENABLE|REQUIRED|REQUIRE|ENFORCED|ENFORCE|ON|ACTIVE)$|(?:^|_)${AUTH}$`,
);
/** On when true: ALLOW_ANONYMOUS, ALLOW_UNAUTHENTICATED, ANONYMOUS_ACCESS, GF_AUTH_ANONYMOUS_ENABLED… */
const ANONYMOUS = /(?:^|_)(?:ALLOW_(?:ANONYMOUS|ANON|UNAUTHENTICATED)(?:_(?:ACCESS|USERS?|READ|LOGIN|REQUESTS))?|(?:ANONYMOUS|ANON)_(?:ACCESS|AUTH|LOGIN)|ANONYMOUS_ENABLED)$/;

/** True when setting env `name` to `value` switches the server's authentication off. */
export function disablesAuth(name: string, value: string | number | boolean | null): boolean {
  switch (authSwitches.get(name, authSwitchOf)) {
    case 'off-when-true':
      return switchValue(value) === true;
    case 'off-when-false':
      return switchValue(value) === false || (typeof value === 'string' && /^(?:none|noauth|no-auth)$/i.test(value.trim()));
    default:
      return false;
  }
}

/** How a name switches authentication, whatever its value: `none` when it does not. */
type AuthSwitch = 'off-when-true' | 'off-when-false' | 'none';

function authSwitchOf(name: string): AuthSwitch {
  const upper = name.toUpperCase();
  if (ANONYMOUS.test(upper) || NEGATED_AUTH.test(upper)) return 'off-when-true';
  if (POSITIVE_AUTH.test(upper)) return 'off-when-false';
  return 'none';
}

/** Names repeat across servers and scans: what each one switches is worked out once. */
const authSwitches = new NameCache<AuthSwitch>();

const AUTH_FLAG = '(?:auth|authentication|authorization)';
/** `--no-auth`, `--disable-auth`, `--dangerously-omit-auth`, `--skip-auth`, `--auth-disabled`, `--allow-unauthenticated`… */
const AUTH_OFF_FLAG = new RegExp(
  `^--(?:(?:no|disable|skip|omit|dangerously-omit|dangerously-skip|without|bypass)-?${AUTH_FLAG}|${AUTH_FLAG}-(?:disabled|off|none)|allow-(?:unauthenticated|anonymous)|unauthenticated|anonymous-access)$`,
  'i',
);
/** Flags that switch auth off with a value: `--auth none`, `--auth-enabled=false`, `--require-auth false`. */
const AUTH_VALUE_FLAG = new RegExp(`^--(?:${AUTH_FLAG}|${AUTH_FLAG}-(?:mode|enabled|required)|(?:require|enable)-${AUTH_FLAG})$`, 'i');

function authValueOff(value: string): boolean {
  return switchValue(value) === false || /^(?:none|noauth|no-auth|disabled?|off)$/i.test(value.trim());
}

export const authDisabled: Rule = {
  id: 'MCP015',
  name: 'auth-disabled',
  category: 'auth-disabled',
  defaultSeverity: 'error',
  securitySeverity: 8.0,
  docs: {
    summary: 'Authentication is switched off (`DANGEROUSLY_OMIT_AUTH=true`, `MCP_DISABLE_AUTH=1`, `--no-auth`, `*_AUTH_ENABLED=false`, …).',
    why:
      'A server without authentication runs its tools for anyone who can reach it: another local process, a web page through DNS rebinding (the MCP Inspector proxy was exploitable exactly this way), or the network when it is not bound to localhost. Switches like `DANGEROUSLY_OMIT_AUTH` are meant for a one-off debugging session, not a saved config.',
    fix: 'Remove the switch (the quick fix deletes the env entry or argument) and let the server generate or require its token.',
    bad: '{ "servers": { "inspector": { "command": "npx", "args": ["-y", "@modelcontextprotocol/inspector@0.16.2"], "env": { "DANGEROUSLY_OMIT_AUTH": "true" } } } }',
    good: '{ "servers": { "inspector": { "command": "npx", "args": ["-y", "@modelcontextprotocol/inspector@0.16.2"] } } }',
  },
  check(context) {
    checkEnvAndWords(context, checkEnv, checkCommandLines);
  },
};

function checkEnv(context: RuleContext, server: McpServer, entry: NamedValue, node: ScalarNode): void {
  if (!disablesAuth(entry.name, node.value)) return;
  context.report({
    node,
    message: `Server "${server.name}" runs without authentication (${entry.name}=${String(node.value)}): anyone who can reach it can call its tools. Remove it.`,
    fix: removeEnvEntryFix(context, server, entry.name, node),
  });
}

function checkCommandLines(context: RuleContext, server: McpServer, entries: readonly WordInLine[]): void {
  entries.forEach((entry, i) => {
    const assignment = wordAssignment(entry.word);
    if (assignment) {
      if (disablesAuth(assignment.name, assignment.value)) report(context, server, entry.word, `${assignment.name}=${assignment.value}`, assignmentWords(entry));
      return;
    }
    // Both flag patterns are long options (`--…`): other words are not parsed as flags.
    if (entry.inPrefix || !entry.word.value.startsWith('--')) return;
    const flag = splitFlag(entry.word.value);
    if (!flag) return;
    if (AUTH_OFF_FLAG.test(flag.flag) && (flag.value === undefined || switchValue(flag.value) === true)) {
      report(context, server, entry.word, flag.flag, [entry.word]);
      return;
    }
    if (!AUTH_VALUE_FLAG.test(flag.flag)) return;
    if (flag.value !== undefined) {
      if (authValueOff(flag.value)) report(context, server, entry.word, entry.word.value, [entry.word]);
      return;
    }
    const next = entries[i + 1];
    if (next && next.line === entry.line && authValueOff(next.word.value)) report(context, server, next.word, `${flag.flag} ${next.word.value}`, [entry.word, next.word]);
  });
}

function report(context: RuleContext, server: McpServer, word: Word, shown: string, removed: Word[]): void {
  const fix = removeWordsFix(context, server, removed, shown);
  context.report({
    node: word.node,
    message: `Server "${server.name}" runs without authentication (${shown}): anyone who can reach it can call its tools. Remove it.`,
    ...(fix ? { fix } : {}),
  });
}
