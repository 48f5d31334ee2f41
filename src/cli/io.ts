/** What a CLI command may touch of the process, passed in so tests can capture it. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  cwd: string;
  env: Record<string, string | undefined>;
}
