/**
 * MCP061 — a VS Code `promptString` input that asks for a secret (its id or description says
 * token, key, secret, password, PAT, credential) without `password: true`: the value is shown
 * while typed and stored unmasked.
 */
import { vscodeInputs, type VscodeInput } from '../dialects/vscode-inputs';
import { lazyFix, setValueEdits } from '../fixes';
import { asString, getProperty, type JsonNode } from '../parse';
import { joinPointer } from '../pointer';
import type { Rule } from './rule';

/** Words that name a secret on their own. */
const SECRET_WORDS = new Set([
  'token', 'tokens', 'key', 'apikey', 'secret', 'secrets', 'password', 'passwords', 'passwd', 'passphrase', 'pwd', 'pat',
  'credential', 'credentials', 'creds', 'accesstoken', 'authtoken', 'secretkey', 'privatekey', 'clientsecret',
]);
/** With `includeAuth`, auth words count too (an `Authorization` header value is a secret). */
const AUTH_WORDS = new Set(['auth', 'authorization', 'bearer', 'cookie']);
/** `max tokens`, `project key`, `public key`: the secret word describes something else. */
const NOT_SECRET_BEFORE = new Set(['max', 'min', 'num', 'number', 'count', 'project', 'issue', 'sort', 'partition', 'primary', 'foreign', 'public', 'row', 'cache', 'lookup', 'map', 'hot', 'region', 'space', 'jira', 'idempotency', 'shortcut']);
/** `token limit`, `key path`, `password file`: a number or a path, not the secret itself. */
const NOT_SECRET_AFTER = new Set(['limit', 'limits', 'count', 'budget', 'usage', 'length', 'path', 'file', 'dir', 'directory', 'url', 'endpoint', 'name', 'type']);

/** Lower-case words of an id, env name or description: `githubToken`, `API_KEY`, "GitHub PAT". */
export function wordsOf(text: string): string[] {
  const separated = text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  return separated.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== '');
}

/** True when `text` names a secret (token, key, secret, password, PAT, credential…). */
export function looksSecret(text: string, includeAuth = true): boolean {
  const words = wordsOf(text);
  return words.some((word, i) => {
    if (!SECRET_WORDS.has(word) && !(includeAuth && AUTH_WORDS.has(word))) return false;
    const before = words[i - 1];
    const after = words[i + 1];
    return !(before !== undefined && NOT_SECRET_BEFORE.has(before)) && !(after !== undefined && NOT_SECRET_AFTER.has(after));
  });
}

export const insecureInput: Rule = {
  id: 'MCP061',
  name: 'input-not-password',
  category: 'insecure-input',
  defaultSeverity: 'warning',
  securitySeverity: 4.0,
  docs: {
    summary: 'A VS Code `promptString` input asks for a secret (token, key, password, …) without `"password": true`.',
    why:
      'Without `password: true` VS Code shows the secret in clear text while it is typed (on a shared screen, in a recording) and keeps it as ordinary input state; with it, the value is masked and stored encrypted.',
    fix: 'Add `"password": true` to the input (the quick fix does).',
    bad: '{ "inputs": [{ "type": "promptString", "id": "github_token", "description": "GitHub personal access token" }], "servers": {} }',
    good: '{ "inputs": [{ "type": "promptString", "id": "github_token", "description": "GitHub personal access token", "password": true }], "servers": {} }',
  },
  check(context) {
    // Visual Studio reads the same `inputs` (its `.mcp.json` is the VS Code format).
    if (context.dialect.id !== 'vscode' && context.dialect.id !== 'visual-studio') return;
    for (const input of vscodeInputs(context.document)) {
      if (input.type !== 'promptString' || input.password === true) continue;
      const description = asString(getProperty(input.node, 'description'))?.value ?? '';
      if (!looksSecret(input.id, false) && !looksSecret(description, false)) continue;
      context.report({
        node: nodeToMark(input),
        message: `Input "${input.id}" asks for a secret but shows it in clear text; set "password": true so VS Code masks and encrypts it.`,
        fix: lazyFix('Set "password": true', true, () => setValueEdits(context.document, joinPointer(input.node.pointer, 'password'), true)),
      });
    }
  },
};

/** The `password` value when written (as false, or a string); else the input object, where it is missing. */
function nodeToMark(input: VscodeInput): JsonNode {
  return getProperty(input.node, 'password') ?? input.node;
}
