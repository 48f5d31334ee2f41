/**
 * MCP020 — a package or image fetched at each start without a pinned version: `npx -y pkg`,
 * `pkg@latest`, `uvx pkg`, `docker run image` (no tag or `:latest`). Also inside shell scripts
 * (`bash -c "npx -y pkg"`) and `cmd /c npx …`.
 */
import type { CommandLine } from '../analysis/words';
import type { Ecosystem, Launch } from '../analysis/launchers';
import { pinStatus } from '../analysis/package-pins';
import { serverCommands } from '../analysis/command-lines';
import type { McpServer } from '../dialects/dialect';
import type { Rule, RuleContext } from './rule';

const HOW_TO_PIN: Record<Ecosystem, (name: string) => string> = {
  npm: (name) => `pin an exact version, e.g. ${name}@1.2.3`,
  pypi: (name) => `pin an exact version, e.g. ${name}==1.2.3`,
  container: (name) => `pin a digest (${name}@sha256:…) or a version tag`,
};

export const unpinnedPackage: Rule = {
  id: 'MCP020',
  name: 'unpinned-package',
  category: 'unpinned-package',
  defaultSeverity: 'warning',
  securitySeverity: 5.0,
  docs: {
    summary: 'A server package or container image is fetched without a pinned version (`npx -y pkg`, `@latest`, `uvx pkg`, an image without tag or digest).',
    why:
      'An unpinned `npx`/`uvx`/`docker run` downloads whatever the registry serves at each start and runs it with your tokens. One compromised maintainer account or a typo-squatted update, and the next launch runs the attacker\'s code; you also cannot tell which version you reviewed. Version ranges (`@^1`, `>=1.0`) and moving tags (`:latest`, `:main`) have the same problem.',
    fix: 'Pin an exact version (`pkg@1.2.3`, `pkg==1.2.3`, `github:owner/repo#<full commit>`) or an image digest (`image@sha256:…`); a version tag such as `image:1.2.3` is accepted. Update deliberately.',
    bad: '{ "servers": { "github": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"] } } }',
    good: '{ "servers": { "github": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"] } } }',
  },
  check(context) {
    for (const { server, lines, launches } of serverCommands(context.servers)) {
      lines.forEach((line, i) => checkLine(context, server, line, launches[i]));
    }
  },
};

function checkLine(context: RuleContext, server: McpServer, line: CommandLine, launch: Launch | undefined): void {
  if (!launch) return;
  for (const pkg of launch.packages) {
    const status = pinStatus(launch.ecosystem, pkg.spec);
    const word = line.words[pkg.index];
    if (status.state !== 'unpinned' || !word) continue;
    const shown = displaySpec(pkg.spec);
    const reason = status.reason ?? 'no version';
    const how = reason.includes('commit') ? 'pin a full 40-character commit hash' : HOW_TO_PIN[launch.ecosystem](packageName(launch.ecosystem, shown));
    context.report({
      node: word.node,
      message: `Server "${server.name}" runs ${describe(launch)} "${shown}" unpinned (${reason}): each start may fetch different code; ${how}.`,
    });
  }
}

function describe(launch: Launch): string {
  return launch.ecosystem === 'container' ? `image (${launch.launcher})` : `package (${launch.launcher})`;
}

/** The spec as shown in a message: credentials in a git URL masked, long specs shortened. */
function displaySpec(spec: string): string {
  const masked = spec.replace(/\/\/[^/@\s]*@/, '//');
  return masked.length > 80 ? `${masked.slice(0, 77)}…` : masked;
}

/** `@scope/pkg@latest` -> `@scope/pkg`, `pkg>=1` -> `pkg`, `img:latest` -> `img`. */
function packageName(ecosystem: Ecosystem, spec: string): string {
  if (ecosystem === 'container') {
    const lastSlash = spec.lastIndexOf('/');
    const colon = spec.indexOf(':', lastSlash + 1);
    return colon < 0 ? spec : spec.slice(0, colon);
  }
  if (ecosystem === 'pypi') return /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?/.exec(spec)?.[0] ?? spec;
  const at = spec.startsWith('@') ? spec.indexOf('@', 1) : spec.indexOf('@');
  return at < 0 ? spec : spec.slice(0, at);
}
