/**
 * What a name says about its value. An MCP config names almost every value (env var, header,
 * flag, query parameter, property), and `GITHUB_TOKEN`, `X-API-Key` or `--password` say "this is
 * a credential" even when the value has no vendor prefix — while `TOKEN_PATH`, `AUTH_TYPE`,
 * `MAX_TOKENS` or `CLIENT_ID` say the opposite.
 */
import { NameCache } from '../analysis/name-cache';

/** The credential a name announces. */
export type NameClass = 'password' | 'secret' | 'key' | 'token' | 'pat' | 'credential' | 'auth' | 'session' | 'private';

/** Splits `OPENAI_API_KEY`, `clientSecret`, `X-API-Key`, `--api-key`, `APIKey` into lower-case words. */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current) words.push(current.toLowerCase());
    current = '';
  };
  for (let i = 0; i < name.length && i < 256; i++) {
    const ch = name[i] ?? '';
    const code = name.charCodeAt(i);
    const upper = code >= 65 && code <= 90;
    const lower = code >= 97 && code <= 122;
    const digit = code >= 48 && code <= 57;
    if (!upper && !lower && !digit) {
      flush();
      continue;
    }
    if (upper && current) {
      const prev = current.charCodeAt(current.length - 1);
      const prevLower = (prev >= 97 && prev <= 122) || (prev >= 48 && prev <= 57);
      const nextCode = name.charCodeAt(i + 1);
      const nextLower = nextCode >= 97 && nextCode <= 122;
      const prevUpper = prev >= 65 && prev <= 90;
      // apiKey -> api|Key ; APIKey -> API|Key
      if (prevLower || (prevUpper && nextLower)) flush();
    }
    current += ch;
  }
  flush();
  return words;
}

/** A word that ends the name and says the value is not the secret itself. */
const NOT_A_SECRET = new Set([
  'file', 'files', 'path', 'paths', 'dir', 'directory', 'folder', 'url', 'uri', 'urls', 'endpoint', 'host',
  'hostname', 'domain', 'port', 'server', 'address', 'addr', 'id', 'ids', 'uid', 'guid', 'sid', 'name', 'names',
  'type', 'types', 'header', 'headers', 'limit', 'limits', 'max', 'min', 'count', 'size', 'length', 'len', 'ttl',
  'expiry', 'expires', 'expiration', 'exp', 'timeout', 'interval', 'lifetime', 'age', 'env', 'envvar', 'var',
  'variable', 'mode', 'method', 'scope', 'scopes', 'format', 'prefix', 'suffix', 'location', 'store', 'storage',
  'provider', 'providers', 'enabled', 'enable', 'disabled', 'disable', 'required', 'require', 'source', 'version',
  'region', 'zone', 'user', 'username', 'login', 'email', 'mail', 'level', 'strategy', 'flow', 'style', 'kind',
  'field', 'param', 'params', 'parameter', 'hint', 'label', 'description', 'desc', 'help', 'command', 'cmd',
  'helper', 'program', 'script', 'rotation', 'ms', 'seconds', 'secs', 'sec', 'minutes', 'mins', 'hours', 'days',
  'budget', 'usage', 'rate', 'ratio', 'cost', 'price', 'encoding', 'charset', 'algorithm', 'alg', 'algo',
  'issuer', 'audience', 'aud', 'iss', 'claim', 'claims', 'schema', 'pattern', 'regex', 'template', 'policy',
  'window', 'retries', 'retry', 'number', 'num', 'index', 'idx', 'query', 'mapping', 'map', 'list', 'table',
  'bucket', 'arn', 'role', 'group', 'org', 'organization', 'team', 'project', 'workspace', 'tenant', 'owner',
  'repo', 'repository', 'branch', 'cache', 'fingerprint', 'flag', 'check', 'verify', 'validation', 'timestamp',
  'date', 'time', 'created', 'updated', 'valid', 'validity', 'status', 'state', 'callback', 'redirect',
  'public', 'publishable', 'filename', 'filepath', 'pathname', 'keyfile', 'dirname', 'account', 'model',
  'models', 'engine', 'backend', 'service', 'stdin', 'manager', 'vault', 'keyring', 'keychain', 'hash',
  'digest', 'realm', 'ca', 'cert', 'certificate', 'crt', 'pem', 'output', 'tokenizer', 'location', 'lookup',
  'mask', 'masked', 'redact', 'redacted', 'placeholder', 'example', 'sample', 'test', 'demo', 'dummy', 'fake',
  'grant', 'response', 'request', 'encrypted', 'length', 'chars', 'bits', 'strength', 'complexity', 'reset',
  'policy', 'hint', 'question', 'prompt', 'input', 'field', 'env', 'config', 'configuration', 'settings',
  'options', 'opts', 'support', 'supported', 'auto', 'handler', 'middleware', 'plugin', 'library', 'lib',
  'client', 'clients', 'app', 'application', 'agent', 'browser', 'protocol', 'scheme', 'mechanism',
]);

/** Words that name a credential wherever they sit before the end (`API_KEY_PROD`, `TOKEN_2`). */
const STRONG: Record<string, NameClass> = {
  password: 'password', passwd: 'password', passphrase: 'password', passcode: 'password',
  secret: 'secret', secrets: 'secret',
  key: 'key', keys: 'key', apikey: 'key', apikeys: 'key',
  token: 'token', jwt: 'token', bearer: 'token',
  pat: 'pat',
  credential: 'credential', credentials: 'credential', creds: 'credential', cred: 'credential',
  authorization: 'auth',
};

/** Words that name a credential only as the last meaningful word (`DB_PASS`, `GITHUB_AUTH`, `SESSION`). */
const WEAK: Record<string, NameClass> = {
  pass: 'password', pwd: 'password', pw: 'password',
  auth: 'auth', authtoken: 'token',
  session: 'session', cookie: 'session', cookies: 'session', sessid: 'session',
  private: 'private',
};

/** Compound words written without a separator (`apikey`, `clientsecret`, `accesstoken`). */
const COMPOUND_SUFFIXES: Array<[string, NameClass]> = [
  ['password', 'password'],
  ['passwd', 'password'],
  ['secret', 'secret'],
  ['apikey', 'key'],
  ['accesskey', 'key'],
  ['secretkey', 'key'],
  ['privatekey', 'private'],
  ['token', 'token'],
];
const COMPOUND_PREFIXES = [
  'api', 'access', 'auth', 'client', 'app', 'bearer', 'refresh', 'session', 'user', 'db', 'root', 'admin', 'bot',
  'master', 'signing', 'webhook', 'encryption', 'license', 'subscription', 'shared', 'service', 'private', 'x',
  'secret', 'id', 'github', 'gitlab', 'slack', 'personal', 'oauth', 'aws', 'pg', 'mysql', 'redis', 'smtp',
];

/** Words before `key` that make it not a credential (`PUBLIC_KEY`, `SORT_KEY`, `PARTITION_KEY`). */
const HARMLESS_KEY_QUALIFIERS = new Set([
  'public', 'publishable', 'pub', 'sort', 'partition', 'primary', 'foreign', 'cache', 'idempotency', 'routing',
  'hot', 'map', 'object', 'row', 'lookup', 'dedupe', 'dedup', 'group', 'index', 'field', 'column', 'range',
  'hash', 'shortcut', 'keyboard', 'sign', 'anon',
]);

/** Words before `token(s)` that make it a count or a cursor (`MAX_TOKENS`, `PAGE_TOKEN`). */
const HARMLESS_TOKEN_QUALIFIERS = new Set([
  'max', 'min', 'num', 'total', 'completion', 'prompt', 'context', 'output', 'input', 'page', 'next',
  'continuation', 'sync', 'cancellation', 'cancel', 'reasoning', 'thinking', 'budget', 'response',
]);

function compoundClass(word: string): NameClass | undefined {
  for (const [suffix, cls] of COMPOUND_SUFFIXES) {
    if (word.length > suffix.length && word.endsWith(suffix)) {
      const head = word.slice(0, word.length - suffix.length);
      if (COMPOUND_PREFIXES.includes(head)) return cls;
    }
  }
  return undefined;
}

function strongClass(word: string, previous: string | undefined): NameClass | undefined {
  if (word === 'tokens') return undefined;
  const cls = STRONG[word] ?? compoundClass(word);
  if (!cls) return undefined;
  if ((word === 'key' || word === 'keys') && previous !== undefined) {
    if (HARMLESS_KEY_QUALIFIERS.has(previous)) return undefined;
    if (previous === 'private') return 'private';
  }
  if (word === 'token' && previous !== undefined && HARMLESS_TOKEN_QUALIFIERS.has(previous)) return undefined;
  return cls;
}

/** How many non-credential words may follow the credential word (`OPENAI_API_KEY_PROD_EU`). */
const MAX_TRAILING_WORDS = 2;

/**
 * The credential `name` announces, or undefined. Reads from the end: a trailing word such as
 * `FILE`, `URL`, `ID`, `TYPE`, `HEADER` or `LIMIT` means the value describes a credential
 * rather than being one.
 */
export function classifyName(name: string | undefined): NameClass | undefined {
  if (!name) return undefined;
  return classes.get(name, classifyUncached);
}

/** Each value is judged under its name, and names repeat: their verdicts are kept. */
const classes = new NameCache<NameClass | undefined>();
const classifyUncached = (name: string): NameClass | undefined => classifyWords(nameWords(name));

function classifyWords(words: readonly string[]): NameClass | undefined {
  let trailing = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    const previous = i > 0 ? words[i - 1] : undefined;
    const strong = strongClass(word, previous);
    if (strong) return strong;
    if (word === 'tokens') return undefined;
    if (NOT_A_SECRET.has(word)) return undefined;
    const weak = WEAK[word];
    if (weak) return trailing === 0 ? weak : undefined;
    trailing++;
    if (trailing > MAX_TRAILING_WORDS) return undefined;
  }
  return undefined;
}

/** `Authorization` and `Proxy-Authorization`, whose value is `<scheme> <credential>`. */
export function isAuthorizationName(name: string | undefined): boolean {
  if (!name) return false;
  const trimmed = name.trim();
  // Only names of these two lengths lower-case to one of them (no other string does).
  if (trimmed.length !== 13 && trimmed.length !== 19) return false;
  const lower = trimmed.toLowerCase();
  return lower === 'authorization' || lower === 'proxy-authorization' || lower === 'proxy_authorization';
}

/** Password-like credentials are written by people; the rest are generated tokens. */
export function strengthFor(cls: NameClass): 'password' | 'token' {
  return cls === 'password' || cls === 'secret' ? 'password' : 'token';
}

/** Human label of a credential announced by its name. */
export function kindForName(cls: NameClass, name: string): string {
  return kinds.get(`${cls}:${name}`, () => kindForWords(cls, nameWords(name)));
}

const kinds = new NameCache<string>();

function kindForWords(cls: NameClass, words: readonly string[]): string {
  const has = (w: string): boolean => words.includes(w);
  if (has('aws') && (has('secret') || has('secretaccesskey'))) return 'AWS secret access key';
  if (has('secret') && has('access') && has('key')) return 'AWS secret access key';
  switch (cls) {
    case 'password':
      return 'Password';
    case 'secret':
      return has('client') || words.includes('clientsecret') ? 'Client secret' : 'Secret';
    case 'key':
      if (has('secret') || words.includes('secretkey')) return 'Secret key';
      if (has('encryption')) return 'Encryption key';
      return 'API key';
    case 'private':
      return 'Private key';
    case 'token':
      return 'Access token';
    case 'pat':
      return 'Personal access token';
    case 'credential':
    case 'auth':
      return 'Credential';
    case 'session':
      return 'Session token';
  }
}
