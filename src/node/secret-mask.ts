/**
 * Streams bytes through, replacing every occurrence of any secret value with a mask, even when
 * a secret is split across chunks.
 *
 * Output is released as soon as it is known to be safe: everything except a tail that could
 * still grow into a secret (at most the longest secret's length minus one byte). So a line is
 * never held back waiting for its newline, yet no secret slips through across a chunk boundary.
 */

export const SECRET_MASK = '***';

export class SecretMasker {
  private readonly needles: Buffer[];
  private readonly mask: Buffer;
  private readonly longest: number;
  private pending: Buffer = Buffer.alloc(0);

  constructor(secrets: Iterable<string>, mask: string = SECRET_MASK) {
    const unique = [...new Set([...secrets].filter((secret) => secret.length > 0))];
    // Longest first: when two secrets start at the same byte, the longer one wins.
    this.needles = unique.map((secret) => Buffer.from(secret, 'utf8')).sort((a, b) => b.length - a.length);
    this.mask = Buffer.from(mask, 'utf8');
    this.longest = this.needles[0]?.length ?? 0;
  }

  /** Feeds a chunk; returns the bytes that can be written now (masked). */
  push(chunk: Buffer): Buffer {
    if (this.needles.length === 0) return chunk;
    const data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    const { parts, cursor } = this.maskComplete(data);
    const hold = this.holdFrom(data, cursor);
    parts.push(data.subarray(cursor, hold));
    this.pending = Buffer.from(data.subarray(hold));
    return Buffer.concat(parts);
  }

  /** End of stream: whatever was held back (it is not a whole secret) goes out. */
  end(): Buffer {
    const rest = this.pending;
    this.pending = Buffer.alloc(0);
    return rest;
  }

  /** Masks every whole secret in `data`; `cursor` is where the unmasked remainder starts. */
  private maskComplete(data: Buffer): { parts: Buffer[]; cursor: number } {
    const parts: Buffer[] = [];
    let cursor = 0;
    for (let match = this.nextMatch(data, 0); match; match = this.nextMatch(data, cursor)) {
      parts.push(data.subarray(cursor, match.at), this.mask);
      cursor = match.at + match.length;
    }
    return { parts, cursor };
  }

  /** The leftmost occurrence of any secret at or after `from` (the longest at a tie). */
  private nextMatch(data: Buffer, from: number): { at: number; length: number } | undefined {
    let best: { at: number; length: number } | undefined;
    for (const needle of this.needles) {
      const at = data.indexOf(needle, from);
      if (at >= 0 && (!best || at < best.at)) best = { at, length: needle.length };
    }
    return best;
  }

  /** The first index from which the rest of `data` is a proper prefix of some secret (else its end). */
  private holdFrom(data: Buffer, cursor: number): number {
    const start = Math.max(cursor, data.length - (this.longest - 1));
    for (let at = start; at < data.length; at++) {
      const tail = data.subarray(at);
      if (this.needles.some((needle) => needle.length > tail.length && needle.subarray(0, tail.length).equals(tail))) return at;
    }
    return data.length;
  }
}

/** Masks every secret in a complete string (for messages assembled in memory). */
export function maskSecrets(text: string, secrets: Iterable<string>, mask: string = SECRET_MASK): string {
  const sorted = [...new Set(secrets)].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  let result = text;
  for (const secret of sorted) result = result.split(secret).join(mask);
  return result;
}
