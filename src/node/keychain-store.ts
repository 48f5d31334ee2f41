/** The one way the faces open the OS keychain as a `SecretStore`. */
import type { SecretStore } from '../core/keychain/store';

/**
 * The OS keychain (macOS Keychain, Windows Credential Manager, Linux Secret Service). Its module
 * is loaded here, at first use, and the native binding only at the first secret read or written:
 * commands that never touch a secret load neither.
 */
export function openOsStore(): SecretStore {
  const { OsSecretStore } = require('./os-keychain') as typeof import('./os-keychain');
  return new OsSecretStore();
}
