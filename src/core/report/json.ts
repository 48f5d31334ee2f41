/** The `--format json` report: a stable, documented shape (schemas/report.schema.json). */
import type { FileReport } from './report';

export const REPORT_VERSION = 1;

export function toJsonReport(files: readonly FileReport[]): object {
  return {
    version: REPORT_VERSION,
    files: files.map((file) => ({
      path: file.path,
      dialect: file.dialect,
      findings: file.findings.map((finding) => ({
        ruleId: finding.ruleId,
        category: finding.category,
        severity: finding.severity,
        message: finding.message,
        pointer: finding.pointer,
        range: finding.range,
      })),
    })),
  };
}
