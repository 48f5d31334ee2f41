/** The command line a client would run for a server, with every secret masked, for "copy". */
import type { McpServer } from '../dialects/dialect';
import type { Finding } from '../model';
import { maskedSecret } from '../model';
import type { JsonNode } from '../json/syntax-tree';

/** POSIX-shell quoting, so a copied line pastes into a terminal as the same words. */
export function shellQuote(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export function maskedLaunchCommand(server: McpServer, findings: readonly Finding[]): string {
  const secretAt = new Map(findings.filter((f) => f.category === 'secret').map((f) => [f.pointer, f]));
  const masked = (node: JsonNode): string => {
    const value = node.type === 'string' ? node.value : String(node.type === 'object' || node.type === 'array' ? '…' : node.value);
    const finding = secretAt.get(node.pointer);
    if (!finding) return value;
    const mask = `<${finding.secret ? maskedSecret(finding.secret) : 'secret'}>`;
    const secret = finding.secret;
    // Without escapes, text offsets map 1:1 onto the value: mask just the secret, keep `--api-key=`.
    if (secret && node.type === 'string' && node.length - 2 === node.value.length) {
      const start = secret.offset - (node.offset + 1);
      if (start >= 0 && start + secret.valueLength <= value.length) return value.slice(0, start) + mask + value.slice(start + secret.valueLength);
    }
    return mask;
  };
  if (server.url) {
    const headers = server.headers.map((h) => `-H ${shellQuote(`${h.name}: ${masked(h.node)}`)}`);
    return [`# ${server.transport} server:`, 'curl', ...headers, shellQuote(masked(server.url))].join(' ');
  }
  const env = server.env.map((e) => `${e.name}=${shellQuote(masked(e.node))}`);
  const words = [server.command?.value ?? '', ...server.args.map(masked)];
  return [...env, ...words.map(shellQuote)].join(' ');
}
