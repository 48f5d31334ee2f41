/**
 * Property tests: whatever the input, `scanText` returns (never throws), for every dialect's
 * path; and no finding ever repeats a secret from its input in its message, fix title or
 * masked kind. Run counts are tuned to stay within a few seconds on two cores.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanText, type ScanResult } from '../../../src/core/engine/scan';
import type { Finding } from '../../../src/core/model';
import { loadCorpus, nodesByPointer } from '../../quality/score';

/** One path per dialect (and a few that no dialect owns). */
const PATHS: ReadonlyArray<string | undefined> = [
  '/w/.vscode/mcp.json',
  '/home/u/.config/Code/User/mcp.json',
  '/home/u/.config/Code/User/profiles/1a2b/mcp.json',
  '/home/u/Library/Application Support/Claude/claude_desktop_config.json',
  '/w/.mcp.json',
  '/home/u/.claude.json',
  '/w/.cursor/mcp.json',
  '/home/u/.codeium/windsurf/mcp_config.json',
  '/home/u/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json',
  '/w/.roo/mcp.json',
  '/home/u/globalStorage/rooveterinaryinc.roo-cline/settings/mcp_settings.json',
  '/w/.gemini/settings.json',
  '/home/u/.config/zed/settings.json',
  '/w/.zed/settings.json',
  '/home/u/.copilot/mcp-config.json',
  '/w/settings.json',
  '/w/mcp.json',
  '/w/package.json',
  undefined,
];

/**
 * Deterministic by default so CI is stable; `MCP_WARDEN_FUZZ_SEED=<n>` replays a failure (fast-check
 * prints the seed), `MCP_WARDEN_FUZZ_SEED=random` explores new cases.
 */
const seedSetting = process.env.MCP_WARDEN_FUZZ_SEED;
const seed = seedSetting === 'random' ? (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0 : seedSetting ? Number(seedSetting) : 0x6d6370;
fc.configureGlobal({ seed });

const CORPUS = loadCorpus();
const path = fc.constantFrom(...PATHS);

function scan(text: string, filePath: string | undefined): ScanResult {
  return scanText(text, filePath === undefined ? {} : { path: filePath });
}

/** Throws with the input's shape (not its content) if a scan throws. */
function scanOrFail(text: string, filePath: string | undefined): ScanResult {
  try {
    return scan(text, filePath);
  } catch (error) {
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    throw new Error(`scanText threw for ${filePath ?? '(no path)'} on ${text.length} chars: ${detail}`);
  }
}

// ---------- values that steer the rules into their deep paths ----------

const rand = (alphabet: string, min: number, max: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...alphabet.split('')), minLength: min, maxLength: max });
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const B64U = `${ALNUM}-_`;

/** Secrets in each provider's format, plus prefix-less ones; the random body is what must never leak. */
const secretValue: fc.Arbitrary<string> = fc.oneof(
  rand(ALNUM, 36, 36).map((s) => `ghp_${s}`),
  fc.tuple(rand(ALNUM, 22, 22), rand(ALNUM, 59, 59)).map(([a, b]) => `github_pat_${a}_${b}`),
  rand(B64U, 20, 20).map((s) => `glpat-${s}`),
  fc.tuple(rand(B64U, 74, 74), rand(B64U, 74, 74)).map(([a, b]) => `sk-proj-${a}T3BlbkFJ${b}`),
  rand(B64U, 93, 93).map((s) => `sk-ant-api03-${s}AA`),
  rand('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 16).map((s) => `AKIA${s}`),
  rand(`${ALNUM}/+`, 40, 40),
  rand(B64U, 33, 33).map((s) => `AIzaSy${s}`),
  rand(ALNUM, 24, 24).map((s) => `xoxb-123456789012-1234567890123-${s}`),
  rand(ALNUM, 90, 99).map((s) => `sk_live_${s}`),
  rand('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 34, 34).map((s) => `hf_${s}`),
  rand(ALNUM, 36, 36).map((s) => `npm_${s}`),
  rand(ALNUM, 35, 35).map((s) => `ntn_12345678901${s}`),
  rand(ALNUM, 40, 40).map((s) => `lin_api_${s}`),
  rand(HEX, 64, 64).map((s) => `sntryu_${s}`),
  rand(HEX, 40, 40).map((s) => `sbp_${s}`),
  rand(ALNUM, 32, 48),
  rand(HEX, 32, 40),
);

/** Where a secret sits inside a value. */
const secretInContext: fc.Arbitrary<{ value: string; secret: string }> = fc
  .tuple(
    secretValue,
    fc.constantFrom(
      (s: string) => s,
      (s: string) => `Bearer ${s}`,
      (s: string) => `postgresql://app:${s}@db.example.com:5432/app`,
      (s: string) => `https://mcp.example.com/mcp?api_key=${s}`,
      (s: string) => `https://user:${s}@mcp.example.com/sse`,
      (s: string) => `--api-key=${s}`,
      (s: string) => `GITHUB_PERSONAL_ACCESS_TOKEN=${s}`,
      (s: string) => `{"Authorization": "Bearer ${s}"}`,
    ),
  )
  .map(([secret, wrap]) => ({ value: wrap(secret), secret }));

const interestingString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'npx', '-y', 'uvx', 'docker', 'run', '-i', '--rm', 'bash', '-c', 'cmd', '/c', 'sh', '-lc', 'powershell', '-Command',
      '--privileged', '--network', 'host', '--network=host', '-v', '/var/run/docker.sock:/var/run/docker.sock', '/:/host',
      '--cap-add', 'SYS_ADMIN', '--pid=host', '--security-opt', 'seccomp=unconfined', 'mcp/postgres', 'ghcr.io/x/y:latest',
      '@modelcontextprotocol/server-filesystem', 'pkg@latest', 'pkg@1.2.3', '--from', 'git+https://github.com/a/b',
      '/', '~', '~/', 'C:\\', '${userHome}', '$HOME', '/Users/alice', '--host', '0.0.0.0', '::', '--host=0.0.0.0',
      '--insecure', '-k', '--ignore-https-errors', '--no-auth', '--auth', 'none', '--api-key', '0', '1', 'true', 'false',
      'http://example.com/mcp', 'http://localhost:3000', 'ws://example.com', 'wss://x', 'https://x.example/sse', 'sse', 'http',
      'stdio', 'streamable-http', 'streamableHttp', 'local', '${input:x}', '${input:}', '${env:X}', '${X}', '${X:-d}', '$X',
      '${keychain:a.b}', 'op://v/i/f', '${workspaceFolder}', '<YOUR_TOKEN>', 'your-api-key', '%APPDATA%', '${', '$', '\\', '',
      '*', 'read_file', 'Bearer ', 'Bearer ${input:t}',
    ),
  },
  { weight: 2, arbitrary: secretInContext.map((s) => s.value) },
);

const envName = fc.constantFrom(
  'GITHUB_TOKEN', 'API_KEY', 'OPENAI_API_KEY', 'PASSWORD', 'NODE_TLS_REJECT_UNAUTHORIZED', 'HOST', 'FASTMCP_HOST',
  'DANGEROUSLY_OMIT_AUTH', 'PYTHONHTTPSVERIFY', 'DATABASE_URL', 'Authorization', 'X-API-Key', 'MAX_TOKENS', 'x', '',
  '__proto__', 'constructor',
);

const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> =>
  fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });

const serverLike: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    type: maybe(fc.constantFrom('stdio', 'http', 'sse', 'ws', 'local', 'streamable-http', 'streamableHttp', 'studio')),
    command: maybe(interestingString),
    args: maybe(fc.array(interestingString, { maxLength: 10 })),
    env: maybe(fc.dictionary(envName, fc.oneof(interestingString, fc.integer(), fc.constant(null)), { maxKeys: 5 })),
    url: maybe(interestingString),
    serverUrl: maybe(interestingString),
    httpUrl: maybe(interestingString),
    headers: maybe(fc.dictionary(envName, interestingString, { maxKeys: 3 })),
    autoApprove: maybe(fc.array(interestingString, { maxLength: 3 })),
    alwaysAllow: maybe(fc.array(interestingString, { maxLength: 3 })),
    trust: maybe(fc.boolean()),
    tools: maybe(fc.array(fc.constantFrom('*', 'a'), { maxLength: 2 })),
    disabled: maybe(fc.boolean()),
    oauth: maybe(fc.dictionary(fc.constantFrom('clientId', 'clientSecret', 'enabled'), interestingString, { maxKeys: 2 })),
    settings: maybe(fc.dictionary(envName, interestingString, { maxKeys: 2 })),
  },
  { requiredKeys: [] },
);

const inputsLike = fc.array(
  fc.record(
    {
      type: maybe(fc.constantFrom('promptString', 'pickString', 'command')),
      id: maybe(fc.constantFrom('x', 't', 'token', 'api-key', '')),
      description: maybe(fc.constantFrom('API key', 'GitHub token', 'Path', 'Password')),
      password: maybe(fc.boolean()),
    },
    { requiredKeys: [] },
  ),
  { maxLength: 3 },
);

const SHAPES = ['servers', 'mcpServers', 'context_servers'] as const;
const wrappedConfig: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...SHAPES), fc.dictionary(fc.string({ maxLength: 8 }), serverLike, { minKeys: 1, maxKeys: 3 }), fc.option(inputsLike), fc.boolean())
  .map(([key, servers, inputs, pretty]) => JSON.stringify(inputs ? { [key]: servers, inputs } : { [key]: servers }, null, pretty ? 2 : undefined));

// ---------- mutation of real files ----------

const STRUCTURAL = '{}[]",:\\/*\n \t$';
const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'insert', 'duplicate'),
  length: fc.integer({ min: 1, max: 12 }),
  char: fc.oneof(fc.constantFrom(...STRUCTURAL.split('')), fc.string({ unit: 'binary', minLength: 1, maxLength: 2 })),
});

function mutate(text: string, mutations: ReadonlyArray<{ at: number; kind: string; length: number; char: string }>): string {
  let result = text;
  for (const m of mutations) {
    const at = result.length === 0 ? 0 : m.at % result.length;
    if (m.kind === 'delete') result = result.slice(0, at) + result.slice(at + m.length);
    else if (m.kind === 'insert') result = result.slice(0, at) + m.char + result.slice(at);
    else result = result.slice(0, at) + result.slice(at, at + m.length) + result.slice(at);
  }
  return result;
}

// ---------- secrecy ----------

/** Parts of a secret that must never appear in a finding: the whole value and its random body. */
function secretNeedles(secret: string): string[] {
  const body = secret.replace(/^(?:github_pat_|sk-ant-api03-|sk-proj-|[a-z]{2,6}[_-])/, '');
  return [...new Set([secret, body, body.slice(0, 16), body.slice(-16)])].filter((needle) => needle.length >= 12);
}

function leaks(findings: readonly Finding[], secrets: readonly string[]): string[] {
  const problems: string[] = [];
  for (const finding of findings) {
    const texts = [finding.message, finding.fix?.title ?? '', finding.secret?.kind ?? ''];
    for (const secret of secrets) {
      for (const needle of secretNeedles(secret)) {
        if (texts.some((text) => text.includes(needle))) {
          problems.push(`${finding.ruleId} at ${finding.pointer} repeats ${needle.length} chars of a ${secret.length}-char secret`);
        }
      }
    }
  }
  return problems;
}

// ---------- properties ----------

test('fuzz: arbitrary text never makes scanText throw', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 400 }), path, (text, filePath) => {
      scanOrFail(text, filePath);
    }),
    { numRuns: 500 },
  );
});

test('fuzz: arbitrary JSON never makes scanText throw', () => {
  fc.assert(
    fc.property(fc.json({ maxDepth: 4 }), path, (text, filePath) => {
      scanOrFail(text, filePath);
    }),
    { numRuns: 200 },
  );
});

test('fuzz: arbitrary values in server positions never make scanText throw', () => {
  fc.assert(
    fc.property(fc.constantFrom(...SHAPES), fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 2 }), path, (key, server, inputs, filePath) => {
      scanOrFail(JSON.stringify({ [key]: { x: server } }), filePath);
      scanOrFail(JSON.stringify({ [key]: server, inputs }), filePath);
      scanOrFail(JSON.stringify({ [key]: { x: { command: 'npx', args: [server], env: { K: server }, headers: { H: server }, url: server } } }), filePath);
    }),
    { numRuns: 200 },
  );
});

test('fuzz: server-shaped configs with hostile values never make scanText throw', () => {
  fc.assert(
    fc.property(wrappedConfig, path, (text, filePath) => {
      scanOrFail(text, filePath);
    }),
    {
      numRuns: 500,
      examples: [
        // A server named "0": a numeric-looking key must not be taken for an array index.
        ['{"mcpServers":{"0":{"args":["--no-auth"]},"":{}}}', '/home/u/.claude.json'],
        ['{"servers":{"1":{"command":"node","args":["x.js","--insecure"],"env":{"NODE_TLS_REJECT_UNAUTHORIZED":"0"}}}}', '/w/.vscode/mcp.json'],
      ],
    },
  );
});

test('fuzz: corrupted corpus files never make scanText throw', () => {
  fc.assert(
    fc.property(fc.constantFrom(...CORPUS), fc.array(mutation, { minLength: 1, maxLength: 6 }), (file, mutations) => {
      scanOrFail(mutate(file.text, mutations), file.absolutePath);
    }),
    { numRuns: 400 },
  );
});

test('fuzz: no finding repeats a secret from its input', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(envName, secretInContext), { minLength: 1, maxLength: 4 }),
      fc.constantFrom('env', 'args', 'headers', 'url'),
      fc.constantFrom(...SHAPES),
      path,
      (entries, place, key, filePath) => {
        const server: Record<string, unknown> = { command: 'npx', args: ['-y', 'pkg@1.0.0'] };
        if (place === 'env') server.env = Object.fromEntries(entries.map(([name, s]) => [name || 'K', s.value]));
        if (place === 'headers') server.headers = Object.fromEntries(entries.map(([name, s]) => [name || 'H', s.value]));
        if (place === 'args') server.args = ['-y', 'pkg@1.0.0', ...entries.flatMap(([, s]) => ['--api-key', s.value])];
        if (place === 'url') server.url = entries[0]?.[1].value;
        const text = JSON.stringify({ [key]: { srv: server } }, null, 2);
        const problems = leaks(scanOrFail(text, filePath).findings, entries.map(([, s]) => s.secret));
        assert.deepEqual(problems, []);
      },
    ),
    { numRuns: 300 },
  );
});

test('corpus: no finding repeats a labelled secret', () => {
  const problems: string[] = [];
  for (const file of CORPUS) {
    const secretLabels = file.labels.filter((label) => label.category === 'secret');
    if (secretLabels.length === 0) continue;
    const nodes = nodesByPointer(file.text, file.path);
    const secrets = secretLabels.flatMap((label) => (nodes.get(label.pointer) ?? []).flatMap((node) => (node.type === 'string' ? [node.value] : [])));
    const findings = scan(file.text, file.absolutePath).findings;
    // The labelled value may wrap the secret (a URL, "Bearer …"): check every long token of it.
    const tokens = secrets.flatMap((value) => value.split(/[\s:@/?&="',{}]+/).filter((token) => token.length >= 16));
    problems.push(...leaks(findings, tokens).map((problem) => `${file.path}: ${problem}`));
  }
  assert.deepEqual(problems, []);
});
