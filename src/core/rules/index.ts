/** Every rule, in id order. */
import { inlineSecret } from './inline-secret';
import { urlCredentials } from './url-credentials';
import { staticAuthHeader } from './static-auth-header';
import { insecureHttp } from './insecure-http';
import { insecureWebsocket } from './insecure-websocket';
import { deprecatedSse } from './deprecated-sse';
import { tlsVerificationDisabled } from './tls-verification-disabled';
import { bindAllInterfaces } from './bind-all-interfaces';
import { authDisabled } from './auth-disabled';
import { unpinnedPackage } from './unpinned-package';
import { privilegedContainer } from './privileged-container';
import { shellWrapper } from './shell-wrapper';
import { broadFilesystem } from './broad-filesystem';
import { clientTlsVerificationDisabled } from './client-tls-verification-disabled';
import { autoApprovedTools } from './auto-approved-tools';
import { unresolvedReference } from './unresolved-reference';
import { inputNotPassword } from './input-not-password';
import { schemaViolation } from './schema-violation';
import { syntaxError } from './syntax-error';
import { duplicateKey } from './duplicate-key';
import type { Rule } from './rule';

export const ALL_RULES: readonly Rule[] = [
  inlineSecret,
  urlCredentials,
  staticAuthHeader,
  insecureHttp,
  insecureWebsocket,
  deprecatedSse,
  tlsVerificationDisabled,
  bindAllInterfaces,
  authDisabled,
  unpinnedPackage,
  privilegedContainer,
  shellWrapper,
  broadFilesystem,
  clientTlsVerificationDisabled,
  autoApprovedTools,
  unresolvedReference,
  inputNotPassword,
  schemaViolation,
  syntaxError,
  duplicateKey,
];

const RULES_BY_ID = new Map(ALL_RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return RULES_BY_ID.get(id);
}
