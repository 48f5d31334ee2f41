/**
 * Vendor token formats: a literal prefix and a body of known alphabet and length. Prefixes are
 * found with `indexOf` and bodies measured with lookup tables (see `charset.ts`), so a scan is
 * linear in the string whatever it contains. Each hit's body must also not be a placeholder
 * (`ghp_xxxx…`, `sk-your-key-here`).
 */
import {
  ALNUM,
  ALNUM_DASH,
  ALNUM_DOT,
  B64,
  B64ANY,
  B64URL,
  HEX,
  HEX_LOWER,
  UPPER_ALNUM,
  WORD,
  inTable,
  isAlnumAt,
  runEnd,
  table,
  type CharTable,
} from './charset';
import { distinctChars, isWordLike } from './entropy';
import { isPlaceholder } from './placeholders';

export interface ProviderHit {
  /** Human kind, e.g. "GitHub token". */
  kind: string;
  /** Start and end of the whole token (prefix included) in the scanned string. */
  start: number;
  end: number;
}

interface TokenFormat {
  kind: string;
  prefixes: readonly string[];
  /** Alphabet of the body that follows the prefix. */
  chars: CharTable;
  min: number;
  /** Longest body accepted; longer runs are a different thing, not this token. */
  max?: number;
  /** Short or common prefixes need a body that looks generated (letters and digits). */
  random?: boolean;
  /** Extra shape check of the body. */
  check?: (body: string) => boolean;
  /** The body may start right after a letter or digit (the prefix is distinctive enough). */
  embedded?: boolean;
}

const hasDigitAndLetter = (s: string): boolean => /[0-9]/.test(s) && /[A-Za-z]/.test(s);

/** Vendor formats, most specific prefixes first where two share a start. */
export const TOKEN_FORMATS: readonly TokenFormat[] = [
  { kind: 'GitHub token', prefixes: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], chars: ALNUM, min: 30, max: 255 },
  { kind: 'GitHub fine-grained token', prefixes: ['github_pat_'], chars: WORD, min: 30, max: 255 },
  {
    kind: 'GitLab token',
    prefixes: ['glpat-', 'gldt-', 'glptt-', 'glrt-', 'glcbt-', 'glft-', 'glimt-', 'glagent-', 'gloas-', 'glsoat-', 'glffct-'],
    chars: B64URL,
    min: 20,
    max: 255,
  },
  { kind: 'GitLab runner token', prefixes: ['GR1348941'], chars: B64URL, min: 20, max: 255 },
  { kind: 'AWS access key ID', prefixes: ['AKIA', 'ASIA', 'ABIA', 'ACCA'], chars: UPPER_ALNUM, min: 16, max: 16 },
  { kind: 'Google API key', prefixes: ['AIza'], chars: B64URL, min: 35, max: 35 },
  { kind: 'Google OAuth client secret', prefixes: ['GOCSPX-'], chars: B64URL, min: 24, max: 64 },
  { kind: 'Google OAuth access token', prefixes: ['ya29.'], chars: B64URL, min: 30 },
  {
    kind: 'Slack token',
    prefixes: ['xoxe.xoxp-', 'xoxe.xoxb-', 'xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe-', 'xoxo-'],
    chars: ALNUM_DASH,
    min: 10,
    max: 255,
    check: (body) => /[0-9]/.test(body),
  },
  { kind: 'Slack app token', prefixes: ['xapp-'], chars: ALNUM_DASH, min: 20, max: 255, check: (body) => /[0-9]/.test(body) },
  { kind: 'Stripe live secret key', prefixes: ['sk_live_'], chars: ALNUM, min: 20, max: 255 },
  { kind: 'Stripe restricted key', prefixes: ['rk_live_'], chars: ALNUM, min: 20, max: 255 },
  { kind: 'Stripe webhook secret', prefixes: ['whsec_'], chars: B64, min: 24, max: 255, random: true },
  { kind: 'ElevenLabs API key', prefixes: ['sk_'], chars: HEX_LOWER, min: 48, max: 48 },
  { kind: 'Hugging Face token', prefixes: ['hf_'], chars: ALNUM, min: 30, max: 64, random: true },
  { kind: 'npm token', prefixes: ['npm_'], chars: ALNUM, min: 30, max: 64 },
  { kind: 'Notion token', prefixes: ['ntn_'], chars: ALNUM, min: 30, max: 80, random: true },
  { kind: 'Notion token', prefixes: ['secret_'], chars: ALNUM, min: 40, max: 64, random: true },
  { kind: 'Linear API key', prefixes: ['lin_api_', 'lin_oauth_'], chars: ALNUM, min: 30, max: 80 },
  { kind: 'Sentry token', prefixes: ['sntrys_'], chars: B64ANY, min: 40 },
  { kind: 'Sentry token', prefixes: ['sntryu_'], chars: HEX_LOWER, min: 32, max: 64 },
  { kind: 'Groq API key', prefixes: ['gsk_'], chars: ALNUM, min: 40, max: 80 },
  { kind: 'Tavily API key', prefixes: ['tvly-'], chars: B64URL, min: 20, max: 80, random: true },
  { kind: 'Perplexity API key', prefixes: ['pplx-'], chars: ALNUM, min: 32, max: 80 },
  { kind: 'Replicate API token', prefixes: ['r8_'], chars: ALNUM, min: 30, max: 64, random: true },
  { kind: 'Databricks token', prefixes: ['dapi'], chars: HEX_LOWER, min: 32, max: 32 },
  { kind: 'Figma token', prefixes: ['figd_', 'figu_'], chars: B64URL, min: 30, max: 128 },
  { kind: 'Twilio API key', prefixes: ['SK'], chars: HEX_LOWER, min: 32, max: 32, random: true },
  { kind: 'Mailgun API key', prefixes: ['key-'], chars: HEX_LOWER, min: 32, max: 32, random: true },
  { kind: 'DigitalOcean token', prefixes: ['dop_v1_', 'doo_v1_', 'dor_v1_'], chars: HEX_LOWER, min: 64, max: 64 },
  { kind: 'Supabase token', prefixes: ['sbp_'], chars: WORD, min: 40, max: 80 },
  { kind: 'Supabase secret key', prefixes: ['sb_secret_'], chars: B64URL, min: 20, max: 128 },
  { kind: 'Vercel token', prefixes: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'], chars: ALNUM, min: 24, max: 128, random: true },
  { kind: 'PostHog personal API key', prefixes: ['phx_'], chars: ALNUM, min: 30, max: 80 },
  { kind: 'PostHog project API key', prefixes: ['phc_'], chars: ALNUM, min: 30, max: 80 },
  { kind: 'Firecrawl API key', prefixes: ['fc-'], chars: HEX_LOWER, min: 32, max: 32, random: true },
  { kind: 'Atlassian API token', prefixes: ['ATATT3', 'ATCTT3'], chars: B64ANY, min: 50 },
  { kind: 'Bitbucket app password', prefixes: ['ATBB'], chars: ALNUM, min: 28, max: 64, random: true },
  { kind: 'Shopify token', prefixes: ['shpat_', 'shpca_', 'shppa_', 'shpss_'], chars: HEX, min: 32, max: 32 },
  { kind: 'Grafana token', prefixes: ['glsa_'], chars: WORD, min: 32, max: 80 },
  { kind: 'Grafana Cloud token', prefixes: ['glc_'], chars: B64, min: 32, random: true },
  { kind: 'HashiCorp Vault token', prefixes: ['hvs.', 'hvb.', 'hvr.'], chars: B64URL, min: 24, random: true },
  { kind: 'Doppler token', prefixes: ['dp.st.', 'dp.pt.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'], chars: WORD, min: 40 },
  { kind: 'Pulumi token', prefixes: ['pul-'], chars: HEX_LOWER, min: 40, max: 40 },
  { kind: 'Postman API key', prefixes: ['PMAK-'], chars: ALNUM_DASH, min: 40, max: 80 },
  { kind: 'Netlify token', prefixes: ['nfp_'], chars: ALNUM, min: 36, max: 64 },
  { kind: 'xAI API key', prefixes: ['xai-'], chars: ALNUM, min: 40, max: 100, random: true },
  { kind: 'Pinecone API key', prefixes: ['pcsk_'], chars: WORD, min: 40, max: 128 },
  { kind: 'LangSmith API key', prefixes: ['lsv2_pt_', 'lsv2_sk_'], chars: WORD, min: 32, max: 80 },
  { kind: 'Docker Hub token', prefixes: ['dckr_pat_', 'dckr_oat_'], chars: B64URL, min: 20, max: 80 },
  { kind: 'Sourcegraph token', prefixes: ['sgp_'], chars: WORD, min: 40, max: 128 },
  { kind: 'Apify token', prefixes: ['apify_api_'], chars: ALNUM, min: 30, max: 64 },
  { kind: 'E2B API key', prefixes: ['e2b_'], chars: ALNUM, min: 30, max: 64, random: true },
  { kind: 'Neon API key', prefixes: ['napi_'], chars: ALNUM, min: 40, max: 80, random: true },
  { kind: 'PlanetScale token', prefixes: ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'], chars: B64URL, min: 30, max: 80 },
  { kind: 'PyPI token', prefixes: ['pypi-AgEIcHlwaS5vcmc'], chars: B64URL, min: 50 },
  { kind: 'RubyGems API key', prefixes: ['rubygems_'], chars: HEX_LOWER, min: 48, max: 48 },
  { kind: 'age secret key', prefixes: ['AGE-SECRET-KEY-1'], chars: UPPER_ALNUM, min: 50, max: 80 },
  { kind: 'Jina API key', prefixes: ['jina_'], chars: WORD, min: 40, max: 128, random: true },
  { kind: 'Context7 API key', prefixes: ['ctx7sk-', 'ctx7sk_'], chars: B64URL, min: 20, max: 80, random: true },
  { kind: 'Browserbase API key', prefixes: ['bb_live_'], chars: B64URL, min: 20, max: 80 },
  { kind: 'Square token', prefixes: ['sq0atp-', 'sq0csp-', 'EAAAE', 'EAAAl'], chars: B64URL, min: 22, max: 100, random: true },
  { kind: '1Password service account token', prefixes: ['ops_eyJ'], chars: B64ANY, min: 50 },
  { kind: 'NVIDIA API key', prefixes: ['nvapi-'], chars: B64URL, min: 40, max: 100 },
  { kind: 'Heroku API key', prefixes: ['HRKU-'], chars: B64URL, min: 30, max: 100 },
  { kind: 'Fly.io token', prefixes: ['fo1_'], chars: B64URL, min: 30, max: 100 },
  { kind: 'Render API key', prefixes: ['rnd_'], chars: ALNUM, min: 30, max: 64, random: true },
  { kind: 'SonarQube token', prefixes: ['squ_', 'sqp_', 'sqa_'], chars: HEX_LOWER, min: 40, max: 40 },
  { kind: 'New Relic API key', prefixes: ['NRAK-'], chars: UPPER_ALNUM, min: 27, max: 27 },
  { kind: 'Dynatrace token', prefixes: ['dt0c01.'], chars: ALNUM_DOT, min: 80, max: 120 },
  { kind: 'HubSpot private app token', prefixes: ['pat-na1-', 'pat-na2-', 'pat-eu1-', 'pat-ap1-'], chars: B64URL, min: 30, max: 64 },
  {
    kind: 'Airtable personal access token',
    prefixes: ['pat'],
    chars: ALNUM_DOT,
    min: 79,
    max: 90,
    check: (body) => body[14] === '.' && /^[A-Za-z0-9]{14}\.[a-f0-9]{64,}$/.test(body),
  },
  {
    kind: 'ClickUp API token',
    prefixes: ['pk_'],
    chars: WORD,
    min: 36,
    max: 64,
    check: (body) => /^\d{4,12}_[A-Z0-9]{32}$/.test(body),
  },
  { kind: 'Mapbox secret token', prefixes: ['sk.eyJ'], chars: ALNUM_DOT, min: 50, max: 300 },
  { kind: 'WakaTime API key', prefixes: ['waka_'], chars: B64URL, min: 36, max: 64, random: true },
  { kind: 'Fireworks API key', prefixes: ['fw_'], chars: ALNUM, min: 20, max: 64, random: true },
  { kind: 'Resend API key', prefixes: ['re_'], chars: WORD, min: 24, max: 64, random: true },
  { kind: 'Mem0 API key', prefixes: ['m0-'], chars: ALNUM, min: 30, max: 64, random: true },
];

/** `sk-…` is shared by many AI vendors; the part after `sk-` says whose it is. */
const SK_VARIANTS: Array<[string, string]> = [
  ['ant-', 'Anthropic API key'],
  ['proj-', 'OpenAI API key'],
  ['svcacct-', 'OpenAI API key'],
  ['admin-', 'OpenAI API key'],
  ['None-', 'OpenAI API key'],
  ['or-', 'OpenRouter API key'],
  ['lf-', 'Langfuse secret key'],
  ['ak-', 'Zapier API key'],
];

/** True when `body` looks generated: letters and digits, not words, varied characters. */
function looksGenerated(body: string): boolean {
  const mixed = hasDigitAndLetter(body) || (/[a-z]/.test(body) && /[A-Z]/.test(body) && body.length >= 20);
  return mixed && !isWordLike(body) && distinctChars(body) >= Math.min(10, body.length / 2);
}

function bodyIsReal(format: Pick<TokenFormat, 'random' | 'check'>, body: string): boolean {
  if (format.check && !format.check(body)) return false;
  if (format.random && !looksGenerated(body)) return false;
  return !isPlaceholder(body);
}

/** One prefix of one vendor format; `rank` is its place in `TOKEN_FORMATS` order. */
interface PrefixEntry {
  format: TokenFormat;
  prefix: string;
  rank: number;
}

/**
 * Every prefix, indexed by its first two characters: a string is scanned once, with one table
 * look-up per position, instead of once per prefix (there are well over a hundred).
 */
const PREFIX_COUNT = TOKEN_FORMATS.reduce((n, format) => n + format.prefixes.length, 0);
const PREFIXES_BY_PAIR = indexPrefixes();
/** Per prefix, where its next match may start (see `scanTokenFormats`); reset after each scan. */
const nextFrom = new Int32Array(PREFIX_COUNT);

function pairKey(first: number, second: number): number {
  return first * 128 + second;
}

function indexPrefixes(): Array<PrefixEntry[] | undefined> {
  const index: Array<PrefixEntry[] | undefined> = new Array<PrefixEntry[] | undefined>(128 * 128).fill(undefined);
  let rank = 0;
  for (const format of TOKEN_FORMATS) {
    for (const prefix of format.prefixes) {
      const first = prefix.charCodeAt(0);
      const second = prefix.charCodeAt(1);
      if (!(first < 128 && second < 128)) throw new Error(`vendor prefix ${prefix} must start with two ASCII characters`);
      const key = pairKey(first, second);
      (index[key] ??= []).push({ format, prefix, rank: rank++ });
    }
  }
  return index;
}

interface RankedHit extends ProviderHit {
  rank: number;
}

/**
 * Every vendor-format token in `s`. Equivalent to looking for each prefix in turn with
 * `indexOf` (skipping, per prefix, the run of a token already read), in a single pass; hits come
 * out in that same order (by prefix rank, then position), which `withoutOverlaps` relies on to
 * break ties.
 */
function scanTokenFormats(s: string, hits: ProviderHit[]): void {
  let found: RankedHit[] | undefined;
  let touched: number[] | undefined;
  for (let i = 0; i + 1 < s.length; i++) {
    const first = s.charCodeAt(i);
    const second = s.charCodeAt(i + 1);
    if (first >= 128 || second >= 128) continue;
    const entries = PREFIXES_BY_PAIR[pairKey(first, second)];
    if (entries === undefined) continue;
    for (const entry of entries) {
      if (i < nextFrom[entry.rank] || !s.startsWith(entry.prefix, i)) continue;
      if (nextFrom[entry.rank] === 0) (touched ??= []).push(entry.rank);
      const end = runEnd(s, i + entry.prefix.length, entry.format.chars);
      // Skip the whole run: a prefix found inside it would only be a suffix of the same token.
      nextFrom[entry.rank] = Math.max(end, i + 1);
      if (isTokenAt(s, entry, i, end)) (found ??= []).push({ kind: entry.format.kind, start: i, end, rank: entry.rank });
    }
  }
  for (const rank of touched ?? []) nextFrom[rank] = 0;
  if (!found) return;
  found.sort((a, b) => a.rank - b.rank || a.start - b.start);
  for (const hit of found) hits.push({ kind: hit.kind, start: hit.start, end: hit.end });
}

/** The prefix of `entry` at `at`, its body running to `end`: a real token of its format? */
function isTokenAt(s: string, entry: PrefixEntry, at: number, end: number): boolean {
  const { format } = entry;
  const bodyStart = at + entry.prefix.length;
  if (!format.embedded && isAlnumAt(s, at - 1)) return false;
  const length = end - bodyStart;
  if (length < format.min || (format.max !== undefined && length > format.max)) return false;
  if (isAlnumAt(s, end)) return false;
  return bodyIsReal(format, s.slice(bodyStart, end));
}

/** `sk-…`: OpenAI, Anthropic, OpenRouter, DeepSeek and other OpenAI-compatible keys. */
function scanSk(s: string, hits: ProviderHit[]): void {
  let from = 0;
  while (from < s.length) {
    const at = s.indexOf('sk-', from);
    if (at < 0) return;
    const bodyStart = at + 3;
    const end = runEnd(s, bodyStart, B64URL);
    from = Math.max(end, at + 1);
    if (isAlnumAt(s, at - 1) || s[at - 1] === '_') continue;
    const body = s.slice(bodyStart, end);
    if (body.length < 20 || body.length > 300) continue;
    let kind = body.includes('T3BlbkFJ') ? 'OpenAI API key' : 'OpenAI-compatible API key';
    let rest = body;
    for (const [variant, variantKind] of SK_VARIANTS) {
      if (body.startsWith(variant)) {
        kind = variantKind;
        rest = body.slice(variant.length);
        break;
      }
    }
    if (rest.length < 20 || !looksGenerated(rest) || isPlaceholder(rest)) continue;
    hits.push({ kind, start: at, end });
  }
}

/** JWT: three base64url segments, the first two JSON objects (`eyJ`). */
function scanJwt(s: string, hits: ProviderHit[]): void {
  let from = 0;
  while (from < s.length) {
    const at = s.indexOf('eyJ', from);
    if (at < 0) return;
    const end1 = runEnd(s, at, B64URL);
    from = Math.max(end1, at + 1);
    if (isAlnumAt(s, at - 1) || end1 - at < 12 || s[end1] !== '.' || !s.startsWith('eyJ', end1 + 1)) continue;
    const end2 = runEnd(s, end1 + 1, B64URL);
    if (end2 - end1 - 1 < 12 || s[end2] !== '.') continue;
    const end3 = runEnd(s, end2 + 1, B64URL);
    from = Math.max(end3, from);
    if (end3 - end2 - 1 < 16 || isAlnumAt(s, end3)) continue;
    const token = s.slice(at, end3);
    if (isPlaceholder(s.slice(end2 + 1, end3)) || isPlaceholder(token)) continue;
    hits.push({ kind: 'JWT', start: at, end: end3 });
  }
}

/** SendGrid: `SG.` + 22 + `.` + 43 base64url characters. */
function scanSendGrid(s: string, hits: ProviderHit[]): void {
  let from = 0;
  while (from < s.length) {
    const at = s.indexOf('SG.', from);
    if (at < 0) return;
    const end1 = runEnd(s, at + 3, B64URL);
    from = Math.max(end1, at + 1);
    if (isAlnumAt(s, at - 1) || end1 - at - 3 < 16 || s[end1] !== '.') continue;
    const end2 = runEnd(s, end1 + 1, B64URL);
    from = Math.max(end2, from);
    if (end2 - end1 - 1 < 30 || isAlnumAt(s, end2)) continue;
    if (!looksGenerated(s.slice(at + 3, end2).replace('.', '')) || isPlaceholder(s.slice(at + 3, end2))) continue;
    hits.push({ kind: 'SendGrid API key', start: at, end: end2 });
  }
}

const PRIVATE_KEY_BEGIN = '-----BEGIN ';
const PRIVATE_KEY_LABEL = /^[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?$/;

/** PEM private keys: `-----BEGIN … PRIVATE KEY-----` through the matching END line. */
function scanPrivateKeys(s: string, hits: ProviderHit[]): void {
  let from = 0;
  while (from < s.length) {
    const at = s.indexOf(PRIVATE_KEY_BEGIN, from);
    if (at < 0) return;
    from = at + PRIVATE_KEY_BEGIN.length;
    const labelEnd = s.indexOf('-----', from);
    if (labelEnd < 0) return;
    if (labelEnd - from > 60 || !PRIVATE_KEY_LABEL.test(s.slice(from, labelEnd))) continue;
    const bodyStart = labelEnd + 5;
    const endMarker = s.indexOf('-----END ', bodyStart);
    let end: number;
    if (endMarker < 0) {
      end = s.length;
    } else {
      const close = s.indexOf('-----', endMarker + 9);
      end = close < 0 || close - endMarker > 80 ? endMarker : close + 5;
    }
    from = end;
    const body = s.slice(bodyStart, endMarker < 0 ? s.length : endMarker);
    let base64 = 0;
    for (let i = 0; i < body.length; i++) if (inTable(B64, body.charCodeAt(i))) base64++;
    if (base64 < 40 || isPlaceholder(body.replace(/\s+/g, ''))) continue;
    hits.push({ kind: 'Private key', start: at, end });
    if (endMarker < 0) return;
  }
}

/** Webhook URLs that are credentials by themselves (anyone holding one can post). */
const WEBHOOKS: Array<{ kind: string; marker: string; chars: CharTable; min: number; check: (path: string) => boolean }> = [
  {
    kind: 'Slack webhook URL',
    marker: 'hooks.slack.com/',
    chars: table('A-Za-z0-9', '/_-'),
    min: 30,
    check: (path) => /^(?:services|workflows|triggers)\/[A-Za-z0-9_/-]+$/.test(path) && /[0-9]/.test(path),
  },
  {
    kind: 'Discord webhook URL',
    marker: 'discord.com/api/webhooks/',
    chars: table('A-Za-z0-9', '/_-'),
    min: 60,
    check: (path) => /^\d{5,25}\/[A-Za-z0-9_-]{40,}$/.test(path),
  },
  {
    kind: 'Discord webhook URL',
    marker: 'discordapp.com/api/webhooks/',
    chars: table('A-Za-z0-9', '/_-'),
    min: 60,
    check: (path) => /^\d{5,25}\/[A-Za-z0-9_-]{40,}$/.test(path),
  },
];

function scanWebhooks(s: string, hits: ProviderHit[]): void {
  for (const hook of WEBHOOKS) {
    let from = 0;
    while (from < s.length) {
      const at = s.indexOf(hook.marker, from);
      if (at < 0) break;
      const pathStart = at + hook.marker.length;
      const end = runEnd(s, pathStart, hook.chars);
      from = Math.max(end, at + 1);
      const path = s.slice(pathStart, end);
      if (path.length < hook.min || !hook.check(path) || isPlaceholder(path.slice(path.lastIndexOf('/') + 1))) continue;
      // Take the scheme too, so that the whole URL is what moves to the keychain.
      const start = s.startsWith('https://', at - 8) ? at - 8 : s.startsWith('http://', at - 7) ? at - 7 : at;
      hits.push({ kind: hook.kind, start, end });
    }
  }
}

/** Shortest string a vendor token can be; shorter strings are not scanned. */
const MIN_SCAN_LENGTH = 18;

/**
 * Every vendor-format secret in `s`, left to right, without overlaps. `s` should have its
 * references masked (see `maskReferences`), so a token never spans a `${…}`.
 */
export function findProviderSecrets(s: string): ProviderHit[] {
  if (s.length < MIN_SCAN_LENGTH) return [];
  const hits: ProviderHit[] = [];
  scanTokenFormats(s, hits);
  scanSk(s, hits);
  scanJwt(s, hits);
  scanSendGrid(s, hits);
  scanPrivateKeys(s, hits);
  scanWebhooks(s, hits);
  return withoutOverlaps(hits);
}

/** Sorted by start; of two overlapping hits the longer (then the earlier) wins. */
export function withoutOverlaps<T extends { start: number; end: number }>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const result: T[] = [];
  for (const hit of sorted) {
    const last = result[result.length - 1];
    if (last && hit.start < last.end) {
      if (hit.end - hit.start > last.end - last.start) result[result.length - 1] = hit;
      continue;
    }
    result.push(hit);
  }
  return result;
}
