/** Every rule, in id order. */
import { inlineSecret } from './secret-literal';
import { urlCredentials } from './url-credentials';
import { staticAuthHeader } from './static-auth-header';
import { httpTransport } from './http-transport';
import { wsTransport } from './ws-transport';
import { sseTransport } from './sse-transport';
import { tlsDisabled } from './tls-disabled';
import { bindAllInterfaces } from './bind-all-interfaces';
import { authDisabled } from './auth-disabled';
import { clientTlsDisabled } from './client-tls-disabled';
import { unpinnedPackage } from './unpinned-package';
import { privilegedContainer } from './privileged-container';
import { shellWrapper } from './shell-wrapper';
import { broadFilesystem } from './broad-filesystem';
import { autoApprove } from './auto-approve';
import { unresolvedReference } from './unresolved-reference';
import { insecureInput } from './insecure-input';
import { schemaViolation } from './schema-violation';
import { syntaxError } from './syntax-error';
import { duplicate } from './duplicate';
import type { Rule } from './rule';

export const ALL_RULES: readonly Rule[] = [
  inlineSecret,
  urlCredentials,
  staticAuthHeader,
  httpTransport,
  wsTransport,
  sseTransport,
  tlsDisabled,
  bindAllInterfaces,
  authDisabled,
  clientTlsDisabled,
  unpinnedPackage,
  privilegedContainer,
  shellWrapper,
  broadFilesystem,
  autoApprove,
  unresolvedReference,
  insecureInput,
  schemaViolation,
  syntaxError,
  duplicate,
];

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((rule) => rule.id === id);
}
