/**
 * MCP013 — TLS certificate verification switched off: `NODE_TLS_REJECT_UNAUTHORIZED=0` and its
 * kin in env (or as `NAME=value` words: `env X=0 …`, `docker -e X=0`), `--insecure`-style flags
 * anywhere, and `-k` where it means insecure (curl).
 */
import { assignmentWords, programName, splitFlag, switchValue, wordAssignment, type Word, type WordInLine } from '../analysis/words';
import { checkEnvAndWords, removeEnvEntryFix, removeWordsFix, type ScalarNode } from './_shared/switches';
import type { McpServer, NamedValue } from '../dialects/dialect';
import { NameCache } from '../analysis/name-cache';
import { replaceInStringEdit } from '../json/edits';
import type { Fix } from '../model';
import type { Rule, RuleContext } from './rule';

// ---------- env names ----------

/** Names that mention TLS at all. */
const TLS_WORD = /SSL|TLS|CERT|HTTPS/;
/** Verification named positively: off when the value is false (`*_SSL_VERIFY=false`). */
const VERIFY_WORD = /VERIF|VALIDAT/;
/** Verification named negatively: off when the value is true (`GIT_SSL_NO_VERIFY=1`, `*_INSECURE=true`). */
const SKIP_WORD = /NO_?VERIFY|SKIP|IGNORE|INSECURE|DISABLE|SELF_?SIGNED|ALLOW_?INVALID|ACCEPT_?INVALID|ACCEPT_?ANY|TRUST_?ALL/;
/** `INSECURE`, `CURL_INSECURE`, `*_INSECURE`, `*_INSECURE_SKIP_VERIFY`: insecure TLS by convention. */
const INSECURE_NAME = /(?:^|_)INSECURE(?:_SKIP(?:_TLS)?_VERIFY)?$/;

/**
 * True when setting env `name` to `value` turns certificate verification off. `value` is what
 * the program reads: a string, or a JSON number/boolean it will see as text.
 */
export function disablesTlsVerification(name: string, value: string | number | boolean | null): boolean {
  switch (tlsSwitches.get(name, tlsSwitchOf)) {
    case 'off-when-false':
      return switchValue(value) === false;
    case 'off-when-empty':
      return value === '';
    case 'off-when-true':
      return switchValue(value) === true;
    case 'verify':
      return switchValue(value) === false || (typeof value === 'string' && /^none$/i.test(value.trim()));
    default:
      return false;
  }
}

/** How an env name switches verification, whatever its value: `none` when it does not. */
type TlsSwitch = 'off-when-false' | 'off-when-empty' | 'off-when-true' | 'verify' | 'none';

function tlsSwitchOf(name: string): TlsSwitch {
  const upper = name.toUpperCase();
  if (upper.endsWith('REJECT_UNAUTHORIZED') || upper === 'PYTHONHTTPSVERIFY') return 'off-when-false';
  if (upper === 'REQUESTS_CA_BUNDLE' || upper === 'CURL_CA_BUNDLE') return 'off-when-empty';
  if (INSECURE_NAME.test(upper)) return 'off-when-true';
  if (!TLS_WORD.test(upper)) return 'none';
  if (SKIP_WORD.test(upper)) return 'off-when-true';
  if (VERIFY_WORD.test(upper)) return 'verify';
  return 'none';
}

/** Env names repeat across servers and scans: what each one switches is worked out once. */
const tlsSwitches = new NameCache<TlsSwitch>();

// ---------- flags ----------

/**
 * Flags that switch verification off by their name: `--insecure`, `--no-verify-ssl`,
 * `--skip-tls-verify`, `--tls-skip-verify`, `--ignore-certificate-errors`, `--disable-ssl-verification`,
 * `--ssl-no-verify`, `--no-check-certificate`, `--insecure-skip-tls-verify`, `--accept-insecure-certs`…
 */
const TLS_NOUN = '(?:ssl|tls|https|cert|certs|certificate|certificates)';
const CHECK_NOUN = '(?:verify|verification|validation|check|checks|errors|error)';
const INSECURE_FLAG = new RegExp(
  [
    `^--insecure(?:-skip-tls-verify|-ssl|-tls|-https)?$`,
    `^--(?:no|skip|disable|ignore|without)-${TLS_NOUN}-${CHECK_NOUN}$`,
    `^--(?:no|skip|disable|ignore)-${CHECK_NOUN}-${TLS_NOUN}$`,
    `^--${TLS_NOUN}-(?:no-verify|skip-verify|noverify|insecure)$`,
    `^--no-check-certificates?$`,
    `^--(?:ignore-certificate-errors-spki-list|allow-insecure-ssl|allow-insecure-certs|accept-insecure-certs|trust-all-certs|trust-all-certificates|allow-self-signed(?:-certs?)?|accept-invalid-certs|danger-accept-invalid-certs)$`,
  ].join('|'),
  'i',
);
/** Flags that turn verification off with a false value: `--tls-verify=false`, `--verify-ssl false`. */
const VERIFY_FLAG = /^--(?:tls-verify|ssl-verify|verify-ssl|verify-tls|tlsverify|check-certificate|verify-certificates?|reject-unauthorized)$/i;
/** Programs where `-k` is `--insecure` (in wget it converts links; elsewhere it means anything). */
const K_IS_INSECURE = new Set(['curl', 'curlie']);
/** HTTPie and xh: `--verify=no`. */
const VERIFY_NO_PROGRAMS = new Set(['http', 'https', 'xh', 'xhs']);
/** curl's short options that take a value: in `-sSH x` the group ends at `H`. */
const CURL_VALUED_SHORT = new Set('AbcCdDeEFhHKmoPQrtTuUwxXyYz'.split(''));

interface FlagFinding {
  /** The word to point at: the flag, or its value when the value is what turns checks off. */
  marked: Word;
  /** What a removal takes. */
  words: Word[];
  shown: string;
  fix: 'remove' | 'drop-k';
}

/** An insecure flag at `entry`, if it is one. */
function insecureFlag(entry: WordInLine, next: Word | undefined): FlagFinding | undefined {
  const { word } = entry;
  if (entry.inPrefix || word === entry.line.words[0]) return undefined;
  const program = programName(entry.line.words[0]?.value ?? '');
  // Every pattern below is a long option (`--…`) but curl's `-k`: other words need no parsing.
  if (!word.value.startsWith('--') && !K_IS_INSECURE.has(program)) return undefined;
  const flag = splitFlag(word.value);
  if (!flag) return undefined;
  if (INSECURE_FLAG.test(flag.flag)) {
    return flag.value === undefined || switchValue(flag.value) === true ? { marked: word, words: [word], shown: flag.flag, fix: 'remove' } : undefined;
  }
  if (VERIFY_FLAG.test(flag.flag) || (flag.flag === '--verify' && VERIFY_NO_PROGRAMS.has(program))) {
    if (flag.value !== undefined) return switchValue(flag.value) === false ? { marked: word, words: [word], shown: word.value, fix: 'remove' } : undefined;
    if (next && switchValue(next.value) === false) return { marked: next, words: [word, next], shown: `${word.value} ${next.value}`, fix: 'remove' };
    return undefined;
  }
  if (K_IS_INSECURE.has(program) && curlGroupHasK(word.value)) {
    return { marked: word, words: [word], shown: '-k (curl --insecure)', fix: word.value === '-k' ? 'remove' : 'drop-k' };
  }
  return undefined;
}

function curlGroupHasK(word: string): boolean {
  if (!/^-[A-Za-z0-9#:]+$/.test(word)) return false;
  for (const letter of word.slice(1)) {
    if (letter === 'k') return true;
    if (CURL_VALUED_SHORT.has(letter)) return false;
  }
  return false;
}

// ---------- the rule ----------

export const tlsVerificationDisabled: Rule = {
  id: 'MCP013',
  name: 'tls-verification-disabled',
  category: 'tls-disabled',
  defaultSeverity: 'error',
  securitySeverity: 8.0,
  docs: {
    summary: 'TLS certificate verification is switched off (`NODE_TLS_REJECT_UNAUTHORIZED=0`, `--insecure`, `curl -k`, `*_SSL_VERIFY=false`, …).',
    why:
      'Without certificate checks, HTTPS only looks secure: anyone who can intercept the connection (a hostile Wi-Fi, a compromised proxy) can present their own certificate and read or change the tokens and data the server sends. Switches like `NODE_TLS_REJECT_UNAUTHORIZED=0` are often left over from a one-off debugging session and apply to every connection the process makes.',
    fix: 'Remove the switch (the quick fix deletes the env entry or argument). If the service uses a private CA, trust that CA instead: `NODE_EXTRA_CA_CERTS=/path/ca.pem`, `REQUESTS_CA_BUNDLE=/path/ca.pem`, `SSL_CERT_FILE`.',
    bad: '{ "servers": { "jira": { "command": "uvx", "args": ["mcp-atlassian==0.11.9"], "env": { "NODE_TLS_REJECT_UNAUTHORIZED": "0", "JIRA_SSL_VERIFY": "false" } } } }',
    good: '{ "servers": { "jira": { "command": "uvx", "args": ["mcp-atlassian==0.11.9"], "env": { "NODE_EXTRA_CA_CERTS": "/etc/ssl/corp-ca.pem" } } } }',
  },
  check(context) {
    checkEnvAndWords(context, checkEnv, checkCommandLines);
  },
};

function checkEnv(context: RuleContext, server: McpServer, entry: NamedValue, node: ScalarNode): void {
  // Both tests are pure; the cheap one (its name part is cached) goes first.
  if (!disablesTlsVerification(entry.name, node.value)) return;
  if (node.type === 'string' && node.value !== '' && context.isReference(node.value)) return;
  context.report({
    node,
    message: `Server "${server.name}" disables TLS certificate checks (${entry.name}=${shownValue(node.value)}): connections can be intercepted. Remove it; trust a private CA instead if needed.`,
    fix: removeEnvEntryFix(context, server, entry.name, node),
  });
}

function shownValue(value: string | number | boolean | null): string {
  return typeof value === 'string' ? (value === '' ? '""' : value) : String(value);
}

function checkCommandLines(context: RuleContext, server: McpServer, entries: readonly WordInLine[]): void {
  entries.forEach((entry, i) => {
    const assignment = wordAssignment(entry.word);
    if (assignment && disablesTlsVerification(assignment.name, assignment.value)) {
      reportWords(context, server, entry.word, `${assignment.name}=${assignment.value === '' ? '""' : assignment.value}`, removeWordsFix(context, server, assignmentWords(entry), assignment.name));
      return;
    }
    const next = entries[i + 1]?.line === entry.line ? entries[i + 1]?.word : undefined;
    const flag = insecureFlag(entry, next);
    if (!flag) return;
    const fix = flag.fix === 'drop-k' ? dropKFix(context, entry.word) : removeWordsFix(context, server, flag.words, flag.shown);
    reportWords(context, server, flag.marked, flag.shown, fix);
  });
}

function reportWords(context: RuleContext, server: McpServer, word: Word, shown: string, fix: Fix | undefined): void {
  context.report({
    node: word.node,
    message: `Server "${server.name}" disables TLS certificate checks (${shown}): connections can be intercepted. Remove it; trust a private CA instead if needed.`,
    ...(fix ? { fix } : {}),
  });
}

/** `-sSk` -> `-sS`. */
function dropKFix(context: RuleContext, word: Word): Fix | undefined {
  if (!word.whole || word.node.type !== 'string') return undefined;
  const at = word.value.indexOf('k');
  return { title: 'Remove -k', edits: [replaceInStringEdit(context.document, word.node, at, at + 1, '')], safe: true };
}
