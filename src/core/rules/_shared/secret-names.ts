/**
 * Whether an input id, a variable name or a description names a secret ("GitHub PAT",
 * `apiKey`, `DB_PASSWORD`) rather than something about one ("max tokens", "key path"). Prose
 * and ids, for the input rules; the secret detectors judge env and header names with
 * `detectors/key-names.ts`, which knows vendor names and is stricter.
 */

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
