/** The keychain secrets a config refers to: VS Code `command` inputs of the resolver, and `${keychain:id}`. */
import { vscodeInputs } from '../dialects/vscode-inputs';
import type { ScanResult } from '../engine/scan';
import { RESOLVER_COMMAND } from '../migrate/migration';
import { asObject, asString, getProperty, type JsonNode } from '../json/syntax-tree';
import { findReferences } from '../analysis/references';

export interface SecretReference {
  id: string;
  /** `input` (VS Code resolves it through mcpWarden.secret) or `launcher` (`${keychain:id}`). */
  via: 'input' | 'launcher';
  /** The VS Code input id, for `input` references. */
  inputId?: string;
  offset: number;
  length: number;
}

export function secretReferences(result: Pick<ScanResult, 'document' | 'dialect'>): SecretReference[] {
  const references: SecretReference[] = [];
  if (result.dialect?.id === 'vscode') {
    for (const input of vscodeInputs(result.document)) {
      if (input.type !== 'command' || asString(getProperty(input.node, 'command'))?.value !== RESOLVER_COMMAND) continue;
      const idNode = asString(getProperty(asObject(getProperty(input.node, 'args')), 'id'));
      if (idNode) references.push({ id: idNode.value, via: 'input', inputId: input.id, offset: idNode.offset, length: idNode.length });
    }
  }
  const visit = (node: JsonNode | undefined): void => {
    if (!node) return;
    if (node.type === 'string') {
      if (node.value.includes('${keychain:')) {
        for (const match of findReferences(node.value, ['keychain'])) {
          if (match.name) references.push({ id: match.name, via: 'launcher', offset: node.offset, length: node.length });
        }
      }
    } else if (node.type === 'object') {
      for (const property of node.properties) visit(property.value);
    } else if (node.type === 'array') {
      for (const item of node.items) visit(item);
    }
  };
  visit(result.document.root);
  return references;
}
