/**
 * The vendor token formats MCP Warden knows: a literal prefix and a body of known alphabet and
 * length, per vendor. A table, one line a format; `providers.ts` scans for them.
 */
import { ALNUM, ALNUM_DASH, ALNUM_DOT, B64, B64ANY, B64URL, HEX, HEX_LOWER, UPPER_ALNUM, WORD, type CharTable } from '../analysis/charset';

export interface TokenFormat {
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

export const hasDigitAndLetter = (s: string): boolean => /[0-9]/.test(s) && /[A-Za-z]/.test(s);

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
