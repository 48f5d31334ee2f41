/**
 * MCP030 — a container server run with host privileges: `--privileged`, host namespaces
 * (`--network host`, `--pid host`, …), dangerous capabilities, unconfined seccomp/AppArmor,
 * devices, the Docker socket or the host's root filesystem mounted. Findings point at the
 * offending value (`host` of `--network host`, the `-v` spec) or at a lone flag (`--privileged`).
 */
import { switchValue, type CommandLine, type Word } from '../analysis/words';
import type { Launch } from '../analysis/launchers';
import { mountOf, type ContainerOption } from '../analysis/containers';
import { removeWordsEdits } from './_shared/removals';
import { serverCommands } from '../analysis/command-lines';
import type { McpServer } from '../dialects/dialect';
import type { Fix } from '../model';
import type { Rule, RuleContext } from './rule';

/** Host namespaces a container may join; `network` and the rest are written `--<ns> host`. */
const HOST_NAMESPACES = new Set(['--network', '--pid', '--ipc', '--uts', '--userns', '--cgroupns']);
/** Capabilities that amount to root on the host (or close to it). */
const DANGEROUS_CAPS = new Set(['ALL', 'SYS_ADMIN', 'SYS_MODULE', 'SYS_PTRACE', 'SYS_RAWIO', 'SYS_BOOT', 'DAC_READ_SEARCH', 'NET_ADMIN', 'BPF']);
const UNCONFINED = /^(?:seccomp|apparmor|systempaths)[=:]unconfined$|^label[=:]disabled?$/i;
/** Container-runtime sockets: whoever talks to one is root on the host. */
const RUNTIME_SOCKET = /(?:^|[/\\])(?:docker|podman|containerd|crio|cri-dockerd)\.sock$|[/\\]pipe[/\\]docker_engine$/i;
/** The host's root: `/`, `C:\`, `C:/`, `//`. */
const HOST_ROOT = /^(?:\/+|[A-Za-z]:[\\/]*|\\+)$/;

interface Problem {
  /** The word to point at: the offending value (`host` of `--network host`), or the flag itself. */
  word: Word;
  what: string;
  /** What to do, when it is not "remove the flag". */
  advice?: string;
  /** Words a removal takes, and whether that removal is the safe single answer. */
  remove?: { words: Word[]; safe: boolean };
}

export const privilegedContainer: Rule = {
  id: 'MCP030',
  name: 'privileged-container',
  category: 'privileged-container',
  defaultSeverity: 'error',
  securitySeverity: 8.5,
  docs: {
    summary: 'A container server runs with host privileges: `--privileged`, `--network host`, `--cap-add SYS_ADMIN`, unconfined seccomp, a device, the Docker socket or `/` mounted.',
    why:
      'A container is only a boundary when it is one. `--privileged`, `SYS_ADMIN` or the Docker socket give the server (and any prompt injection that steers its tools) root on the host; `--network host` puts it on the host network, where it reaches every local service and is reached by the whole network; `-v /:/host` hands over every file.',
    fix: 'Remove the flag (the quick fix does, for `--privileged`, host namespaces, capabilities and security options). Mount only the directories the server needs, read-only where possible, and never the runtime socket.',
    bad: '{ "servers": { "tools": { "command": "docker", "args": ["run", "-i", "--rm", "--privileged", "--network", "host", "-v", "/var/run/docker.sock:/var/run/docker.sock", "mcp/tools:1.0.0"] } } }',
    good: '{ "servers": { "tools": { "command": "docker", "args": ["run", "-i", "--rm", "-v", "${workspaceFolder}:/work:ro", "mcp/tools:1.0.0"] } } }',
  },
  check(context) {
    for (const { server, lines, launches } of serverCommands(context.servers)) {
      lines.forEach((line, i) => checkLine(context, server, line, launches[i]));
    }
  },
};

function checkLine(context: RuleContext, server: McpServer, line: CommandLine, launch: Launch | undefined): void {
  if (launch?.ecosystem !== 'container') return;
  for (const option of launch.containerOptions ?? []) {
    const problem = problemOf(option, line.words);
    if (problem) report(context, server, problem);
  }
}

function problemOf(option: ContainerOption, words: readonly Word[]): Problem | undefined {
  const flag = words[option.flagIndex];
  const valueWord = words[option.valueIndex];
  if (!flag || !valueWord) return undefined;
  const value = option.value ?? '';
  const pair = option.valueIndex === option.flagIndex ? [flag] : [flag, valueWord];
  switch (option.name) {
    case '--privileged':
      return option.value === undefined || switchValue(value) === true ? { word: flag, what: '--privileged', remove: { words: [flag], safe: true } } : undefined;
    case '--cap-add': {
      const caps = value.split(',').map((cap) => cap.trim().toUpperCase().replace(/^CAP_/, ''));
      const dangerous = caps.filter((cap) => DANGEROUS_CAPS.has(cap));
      if (dangerous.length === 0) return undefined;
      return { word: valueWord, what: `--cap-add ${dangerous.join(',')}`, remove: { words: pair, safe: dangerous.length === caps.length } };
    }
    case '--security-opt':
      return UNCONFINED.test(value.trim()) ? { word: valueWord, what: `--security-opt ${value}`, remove: { words: pair, safe: false } } : undefined;
    case '--device':
      return { word: valueWord, what: value ? `--device ${value}` : '--device', advice: 'Pass a device only if the server cannot work without it' };
    case '--volume':
    case '--mount':
      return mountProblem(valueWord, mountOf(option)?.source);
    default:
      if (HOST_NAMESPACES.has(option.name) && value.trim().toLowerCase() === 'host') {
        return { word: valueWord, what: `${option.name} host`, remove: { words: pair, safe: option.name === '--network' } };
      }
      return undefined;
  }
}

function mountProblem(word: Word, source: string | undefined): Problem | undefined {
  if (source === undefined) return undefined;
  const trimmed = source.trim();
  const advice = 'Mount only the directories the server needs';
  if (RUNTIME_SOCKET.test(trimmed)) return { word, what: `the container runtime socket (${trimmed}) mounted`, advice };
  if (HOST_ROOT.test(trimmed)) return { word, what: `the host root filesystem (${trimmed}) mounted`, advice };
  return undefined;
}

function report(context: RuleContext, server: McpServer, problem: Problem): void {
  const edits = problem.remove ? removeWordsEdits(context.document, server, problem.remove.words) : undefined;
  const fix: Fix | undefined = edits && problem.remove ? { title: `Remove ${problem.what}`, edits, safe: problem.remove.safe } : undefined;
  const advice = problem.advice ?? `Remove ${problem.what.split(' ')[0] ?? 'the flag'}`;
  context.report({
    node: problem.word.node,
    message: `Server "${server.name}" runs its container with ${problem.what}: it can take over the host. ${advice}.`,
    ...(fix ? { fix } : {}),
  });
}
