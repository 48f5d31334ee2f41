/**
 * Synthetic inputs for the bench: a realistic ~1 MB config with many servers, and a tree of
 * 1,000 config files of every dialect (copies of corpus files under their client paths).
 * Deterministic (seeded), so runs compare.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CorpusFile } from '../quality/score';

/** mulberry32: a tiny seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A VS Code `.vscode/mcp.json` (JSONC) of at least `minBytes`, shaped like real configs. */
export function largeVsCodeConfig(minBytes = 1024 * 1024, seed = 42): { text: string; servers: number } {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const token = (n: number, alphabet = ALNUM): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(random() * alphabet.length)];
    return s;
  };
  const inputs: object[] = [];
  const servers: Record<string, object> = {};
  const templates: Array<(id: string) => object> = [
    (id) => {
      inputs.push({ type: 'promptString', id: `gh-${id}`, description: 'GitHub Personal Access Token', password: true });
      return {
        command: 'docker',
        args: ['run', '-i', '--rm', '-e', 'GITHUB_PERSONAL_ACCESS_TOKEN', '-e', 'GITHUB_TOOLSETS', 'ghcr.io/github/github-mcp-server:v0.13.0'],
        env: { GITHUB_PERSONAL_ACCESS_TOKEN: `\${input:gh-${id}}`, GITHUB_TOOLSETS: 'repos,issues,pull_requests' },
      };
    },
    () => ({
      command: 'npx',
      args: ['-y', pick(['@modelcontextprotocol/server-brave-search', 'tavily-mcp@0.2.4', 'firecrawl-mcp', '@upstash/context7-mcp@latest'])],
      env: { BRAVE_API_KEY: `BSA${token(28)}`, TAVILY_API_KEY: `tvly-${token(32)}`, MAX_RESULTS: '10' },
    }),
    () => ({
      type: 'http',
      url: pick(['https://api.githubcopilot.com/mcp/', 'https://mcp.linear.app/mcp', 'http://10.1.2.3:8080/mcp', 'http://localhost:3000/mcp']),
      headers: { Authorization: pick([`Bearer ghp_${token(36)}`, 'Bearer ${input:token}', `Bearer lin_api_${token(40)}`]), Accept: 'application/json' },
    }),
    () => ({
      command: 'npx',
      args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', pick(['${workspaceFolder}', '/Users/alice/Desktop', '~', '/'])],
    }),
    () => ({
      command: 'uvx',
      args: [pick(['mcp-server-fetch', 'mcp-server-time@2025.8.4', 'mcp-server-git@2025.7.1']), '--repository', '${workspaceFolder}'],
      env: { NODE_TLS_REJECT_UNAUTHORIZED: pick(['0', '1']), FASTMCP_HOST: pick(['0.0.0.0', '127.0.0.1']), LOG_LEVEL: 'info' },
    }),
    () => ({
      command: 'docker',
      args: ['run', '-i', '--rm', pick(['--privileged', '--init']), '--network', pick(['host', 'none']), '-v', pick(['/var/run/docker.sock:/var/run/docker.sock', '/tmp/mcp:/data']), pick(['mcp/postgres', 'mcp/fetch:1.2.0']), `postgresql://app:${token(20)}@db.example.com:5432/app`],
    }),
    () => ({ type: 'sse', url: 'https://mcp.example.com/sse', headers: { 'X-API-Key': token(32, '0123456789abcdef') } }),
    () => ({ command: 'bash', args: ['-c', 'source ~/.mcp.env && exec node /opt/mcp/server/index.js'], env: { DANGEROUSLY_OMIT_AUTH: pick(['true', 'false']) } }),
  ];
  let count = 0;
  let text = '';
  // Grow in batches; serialising the whole object each time would be quadratic.
  while (text.length < minBytes) {
    for (let i = 0; i < 200; i++) {
      const id = String(count).padStart(5, '0');
      servers[`server-${id}`] = pick(templates)(id);
      count++;
    }
    text = `// generated for the bench\n${JSON.stringify({ inputs, servers }, null, 2)}\n`;
  }
  return { text, servers: count };
}

/** Client paths by which each corpus file is recognised: keeps the part after the case folder. */
function clientPath(corpusPath: string): string {
  const slash = corpusPath.indexOf('/');
  return slash >= 0 ? corpusPath.slice(slash + 1) : corpusPath;
}

/**
 * Writes `count` config files under `root`, cycling through the corpus, each at its client path
 * inside its own project folder (`root/<group>/p<i>/<client path>`). Returns the file paths.
 */
export function writeConfigTree(root: string, corpus: readonly CorpusFile[], count = 1000): string[] {
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const source = corpus[i % corpus.length];
    if (!source) break;
    const file = join(root, `g${String(i % 20).padStart(2, '0')}`, `p${String(i).padStart(4, '0')}`, ...clientPath(source.path).split('/'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, source.text);
    files.push(file);
  }
  return files;
}
