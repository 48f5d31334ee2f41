/** Placeholder; replaced by the real command dispatcher. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  cwd: string;
  env: Record<string, string | undefined>;
}

export async function runCli(_argv: string[], _io: CliIo): Promise<number> {
  return 0;
}
