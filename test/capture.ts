/** A pair of writable streams that collect what a CLI command writes, for the CLI tests. */
import { Writable } from 'node:stream';

export interface Captured {
  stdout: Writable;
  stderr: Writable;
  /** Everything written so far. */
  text(): { stdout: string; stderr: string };
}

export function captureOutput(): Captured {
  const written = { stdout: '', stderr: '' };
  const sink = (into: 'stdout' | 'stderr'): Writable =>
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        written[into] += chunk.toString();
        callback();
      },
    });
  return { stdout: sink('stdout'), stderr: sink('stderr'), text: () => ({ ...written }) };
}
