/** What a scan of several files produces, before it is formatted. */
import type { DialectId } from '../dialects/dialect';
import type { Finding } from '../model';

export interface FileReport {
  /** The path as the user gave it (or as discovered), used verbatim in every format. */
  path: string;
  /** Null when the file is not recognisably an MCP config. */
  dialect: DialectId | null;
  findings: Finding[];
}
