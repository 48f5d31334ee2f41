/**
 * MCP061 — a VS Code `promptString` input that asks for a secret (its id or description says
 * token, key, secret, password, PAT, credential) without `password: true`: the value is shown
 * while typed and stored unmasked.
 */
import { vscodeInputs, type VscodeInput } from '../dialects/vscode-inputs';
import { lazyFix, setValueEdits } from '../json/edits';
import { asString, getProperty, type JsonNode } from '../json/syntax-tree';
import { joinPointer } from '../json/pointer';
import { looksSecret } from './_shared/secret-names';
import type { Rule } from './rule';

export const inputNotPassword: Rule = {
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
