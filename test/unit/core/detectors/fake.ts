/**
 * Deterministic fake secrets for tests: random strings in the right format, from a seeded
 * generator so that a run is reproducible. None of them is, or was ever, a real credential.
 */
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export class Fake {
  private state: number;

  constructor(seed = 20260801) {
    this.state = seed >>> 0;
  }

  /** mulberry32 */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  chars(length: number, alphabet = ALPHANUMERIC): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }

  alnum(length: number): string {
    return this.chars(length);
  }

  hex(length: number): string {
    return this.chars(length, '0123456789abcdef');
  }

  upper(length: number): string {
    return this.chars(length, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
  }

  digits(length: number): string {
    return this.chars(length, '0123456789');
  }

  base64(length: number): string {
    return this.chars(length, `${ALPHANUMERIC}+/`);
  }

  base64url(length: number): string {
    return this.chars(length, `${ALPHANUMERIC}_-`);
  }

  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-a${this.hex(3)}-${this.hex(12)}`;
  }

  /** A password a person might pick: letters, digits and a symbol that is not `$` or `%`. */
  password(length = 12): string {
    return this.chars(length - 2) + this.chars(1, '!#&*@^') + this.chars(1, '0123456789');
  }
}

/** Vendor-format fake secrets, one generator per format, with the kind the detector should name. */
export function vendorSamples(fake: Fake): Array<{ kind: string; value: string }> {
  return [
    { kind: 'GitHub token', value: `ghp_${fake.alnum(36)}` },
    { kind: 'GitHub token', value: `gho_${fake.alnum(36)}` },
    { kind: 'GitHub token', value: `ghs_${fake.alnum(36)}` },
    { kind: 'GitHub fine-grained token', value: `github_pat_${fake.alnum(22)}_${fake.alnum(59)}` },
    { kind: 'GitLab token', value: `glpat-${fake.base64url(20)}` },
    { kind: 'OpenAI API key', value: `sk-proj-${fake.base64url(64)}` },
    { kind: 'OpenAI API key', value: `sk-${fake.alnum(20)}T3BlbkFJ${fake.alnum(20)}` },
    { kind: 'OpenAI-compatible API key', value: `sk-${fake.hex(32)}` },
    { kind: 'Anthropic API key', value: `sk-ant-api03-${fake.base64url(93)}AA` },
    { kind: 'OpenRouter API key', value: `sk-or-v1-${fake.hex(64)}` },
    { kind: 'AWS access key ID', value: `AKIA${fake.upper(16)}` },
    { kind: 'AWS access key ID', value: `ASIA${fake.upper(16)}` },
    { kind: 'Google API key', value: `AIza${fake.base64url(35)}` },
    { kind: 'Google OAuth client secret', value: `GOCSPX-${fake.base64url(28)}` },
    { kind: 'Slack token', value: `xoxb-${fake.digits(12)}-${fake.digits(13)}-${fake.alnum(24)}` },
    { kind: 'Slack token', value: `xoxp-${fake.digits(12)}-${fake.digits(12)}-${fake.digits(13)}-${fake.hex(32)}` },
    { kind: 'Slack app token', value: `xapp-1-A${fake.upper(10)}-${fake.digits(13)}-${fake.hex(64)}` },
    { kind: 'Slack webhook URL', value: `https://hooks.slack.com/services/T${fake.upper(8)}/B${fake.upper(10)}/${fake.alnum(24)}` },
    { kind: 'Discord webhook URL', value: `https://discord.com/api/webhooks/${fake.digits(18)}/${fake.base64url(68)}` },
    { kind: 'Stripe live secret key', value: `sk_live_${fake.alnum(99)}` },
    { kind: 'Stripe restricted key', value: `rk_live_${fake.alnum(99)}` },
    { kind: 'Stripe webhook secret', value: `whsec_${fake.alnum(32)}` },
    { kind: 'Hugging Face token', value: `hf_${fake.alnum(34)}` },
    { kind: 'npm token', value: `npm_${fake.alnum(36)}` },
    { kind: 'Notion token', value: `secret_${fake.alnum(43)}` },
    { kind: 'Notion token', value: `ntn_${fake.alnum(46)}` },
    { kind: 'Linear API key', value: `lin_api_${fake.alnum(40)}` },
    { kind: 'Sentry token', value: `sntrys_eyJ${fake.base64(60)}` },
    { kind: 'Sentry token', value: `sntryu_${fake.hex(64)}` },
    { kind: 'SendGrid API key', value: `SG.${fake.base64url(22)}.${fake.base64url(43)}` },
    { kind: 'Groq API key', value: `gsk_${fake.alnum(52)}` },
    { kind: 'Tavily API key', value: `tvly-dev-${fake.alnum(32)}` },
    { kind: 'Perplexity API key', value: `pplx-${fake.alnum(48)}` },
    { kind: 'Replicate API token', value: `r8_${fake.alnum(37)}` },
    { kind: 'Databricks token', value: `dapi${fake.hex(32)}` },
    { kind: 'Figma token', value: `figd_${fake.base64url(40)}` },
    { kind: 'Twilio API key', value: `SK${fake.hex(32)}` },
    { kind: 'Mailgun API key', value: `key-${fake.hex(32)}` },
    { kind: 'DigitalOcean token', value: `dop_v1_${fake.hex(64)}` },
    { kind: 'Supabase token', value: `sbp_${fake.hex(40)}` },
    { kind: 'Vercel token', value: `vcp_${fake.alnum(56)}` },
    { kind: 'PostHog personal API key', value: `phx_${fake.alnum(47)}` },
    { kind: 'PostHog project API key', value: `phc_${fake.alnum(43)}` },
    { kind: 'Firecrawl API key', value: `fc-${fake.hex(32)}` },
    { kind: 'Atlassian API token', value: `ATATT3xFfGF0${fake.base64url(170)}=${fake.upper(8)}` },
    { kind: 'Shopify token', value: `shpat_${fake.hex(32)}` },
    { kind: 'Grafana token', value: `glsa_${fake.alnum(32)}_${fake.hex(8)}` },
    { kind: 'HashiCorp Vault token', value: `hvs.${fake.base64url(90)}` },
    { kind: 'Doppler token', value: `dp.st.${fake.alnum(43)}` },
    { kind: 'Docker Hub token', value: `dckr_pat_${fake.base64url(27)}` },
    { kind: 'xAI API key', value: `xai-${fake.alnum(80)}` },
    { kind: 'Pinecone API key', value: `pcsk_${fake.alnum(6)}_${fake.alnum(60)}` },
    { kind: 'LangSmith API key', value: `lsv2_pt_${fake.hex(32)}_${fake.hex(10)}` },
    { kind: 'PyPI token', value: `pypi-AgEIcHlwaS5vcmc${fake.base64url(70)}` },
    { kind: 'Private key', value: `-----BEGIN RSA PRIVATE KEY-----\n${fake.base64(64)}\n${fake.base64(64)}\n-----END RSA PRIVATE KEY-----` },
    { kind: 'Private key', value: `-----BEGIN OPENSSH PRIVATE KEY-----\n${fake.base64(70)}\n-----END OPENSSH PRIVATE KEY-----\n` },
    { kind: 'JWT', value: `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${fake.base64url(60)}.${fake.base64url(43)}` },
  ];
}
