/**
 * Turns found secrets into rule reports: the string node as the range, the secret's own span for
 * the keychain move, and a one-line masked message. No part of a secret value ever reaches a
 * message — only its kind and length.
 */
import type { DialectId } from '../../dialects/dialect';
import { maskedSecret, type SecretInfo } from '../../model';
import { stringValueSpan } from '../../json/syntax-tree';
import type { RuleContext } from '../rule';
import type { SecretChannel } from '../../detectors/detect';
import { findDocumentSecrets, type FoundSecret } from '../../detectors/walk';

const MOVE = 'Move it to the keychain (MCP Warden: Move Secrets to Keychain)';

/** What to do, in the words of the client the file belongs to. */
export function secretAdvice(dialect: DialectId | undefined): string {
  if (dialect === 'vscode') return `${MOVE} or reference it with \${input:…}.`;
  return `${MOVE}, which keeps a reference in its place.`;
}

function article(kind: string): string {
  if (/credentials$/i.test(kind)) return '';
  // "an API key", "an AWS …", but "a URL password" (you-are-el).
  return /^[aeio]/i.test(kind) ? 'an ' : 'a ';
}

/** Names are shown as written, but never long enough to smuggle a value into a message. */
function safeSubject(subject: string): string {
  const oneLine = subject.replace(/[\r\n\t]+/g, ' ');
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}…` : oneLine;
}

/** The inner name (`GITHUB_TOKEN` of `-e GITHUB_TOKEN=…`), when it is plainly a name. */
function innerName(found: FoundSecret): string | undefined {
  const name = found.hit.name;
  if (name === undefined || found.subject.includes(name) || !/^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/.test(name)) return undefined;
  const secret = found.node.value.slice(found.hit.start, found.hit.end);
  return secret.includes(name) || name.includes(secret) ? undefined : name;
}

export function secretMessage(found: FoundSecret, info: Pick<SecretInfo, 'kind' | 'length'>, dialect: DialectId | undefined): string {
  const what = `${article(info.kind)}${maskedSecret(info)}`;
  const name = innerName(found);
  const where = name !== undefined ? ` (${name})` : '';
  const verb = found.hit.channel === 'url' ? 'embeds' : 'holds';
  return `${safeSubject(found.subject)}${where} ${verb} ${what} in plain text. ${secretAdvice(dialect)}`;
}

/** Reports, through `context`, the secrets found through `channel` (each secret rule owns one). */
export function reportSecrets(context: RuleContext, channel: SecretChannel): void {
  for (const found of findDocumentSecrets(context.document, context.servers, context.dialect.serversKey, context.dialect.variableNameKeys)) {
    if (found.hit.channel !== channel) continue;
    const span = stringValueSpan(context.document.text, found.node, found.hit.start, found.hit.end);
    const secret: SecretInfo = {
      kind: found.hit.kind,
      length: found.hit.end - found.hit.start,
      offset: span.offset,
      valueLength: span.length,
    };
    context.report({ node: found.node, message: secretMessage(found, secret, context.dialect.id), secret });
  }
}
