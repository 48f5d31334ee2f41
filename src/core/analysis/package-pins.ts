/**
 * Whether a package spec names one exact, immutable release: npm specs, Python requirements,
 * git URLs and container images.
 */
import { findLaunch, type Ecosystem } from './launchers';

export type PinState = 'pinned' | 'unpinned' | 'not-a-package';

export interface PinStatus {
  state: PinState;
  /** For `unpinned`: what is wrong, e.g. `no version`, `@latest`, `range ^1`, `no tag (means :latest)`. */
  reason?: string;
}

/** True when `text` is a reference or placeholder whose real value the file does not say. */
function isTemplated(text: string): boolean {
  return /\$\{|\$[A-Z_a-z(]|%[A-Za-z_][A-Za-z0-9_]*%|<[^<>]{0,100}>|\{[^{}]{0,100}\}/.test(text);
}

function isLocalPath(spec: string): boolean {
  return /^(?:\.{1,2}(?:[/\\]|$)|[/\\~]|file:|link:|[A-Za-z]:[/\\])/.test(spec);
}

const EXACT_SEMVER = /^[v=]?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const FULL_COMMIT = /^[0-9a-f]{40}$/i;

/** Whether a package spec names one exact, immutable release. */
export function pinStatus(ecosystem: Ecosystem, spec: string): PinStatus {
  const trimmed = spec.trim();
  if (trimmed === '' || isTemplated(trimmed)) return { state: 'not-a-package' };
  // Spaces, commas or quotes inside an npm spec or image: not a spec (a broken string), no verdict.
  if (ecosystem !== 'pypi' && /[\s,;"'`]/.test(trimmed)) return { state: 'not-a-package' };
  if (ecosystem === 'container') return imagePin(trimmed);
  if (isLocalPath(trimmed)) return { state: 'not-a-package' };
  return ecosystem === 'npm' ? npmPin(trimmed) : pypiPin(trimmed);
}

function npmPin(spec: string): PinStatus {
  const bare = spec.startsWith('npm:') ? spec.slice(4) : spec;
  if (/^https?:\/\//i.test(bare)) return { state: 'not-a-package' };
  if (/^(?:git\+|git:|github:|gitlab:|bitbucket:|gist:)/i.test(bare) || /^[\w.-]+\/[\w.-]+(?:#|$)/.test(bare)) {
    const hash = bare.indexOf('#');
    const ref = hash < 0 ? '' : bare.slice(hash + 1);
    return FULL_COMMIT.test(ref) ? { state: 'pinned' } : { state: 'unpinned', reason: ref ? `git ref #${ref} is not a commit` : 'no commit' };
  }
  const at = bare.startsWith('@') ? bare.indexOf('@', 1) : bare.indexOf('@');
  if (at < 0) return { state: 'unpinned', reason: 'no version' };
  return versionPin(bare.slice(at + 1), EXACT_SEMVER);
}

/** One version, no range or wildcard: `1.2.3`, `2.0rc1`, `1.0.post2`. */
const PEP440_EXACT = /^[vV]?\d[0-9A-Za-z.+_!-]*$/;

function pypiPin(spec: string): PinStatus {
  const withoutMarker = spec.split(';')[0]?.trim() ?? spec;
  if (/^(?:git\+|[\w.-]+(?:\[[^\]]*\])?\s*@\s*git\+)/i.test(withoutMarker)) return gitUrlPin(withoutMarker);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(withoutMarker)) return { state: 'not-a-package' };
  const name = /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?/.exec(withoutMarker);
  if (!name) return { state: 'unpinned', reason: 'no version' };
  const rest = withoutMarker.slice(name[0].length).trim();
  if (rest === '') return { state: 'unpinned', reason: 'no version' };
  if (rest.startsWith('@')) {
    const version = rest.slice(1).trim();
    return /^[\w.+!-]*$/.test(version) ? versionPin(version, PEP440_EXACT) : { state: 'not-a-package' };
  }
  const exact = /^===?\s*(.*)$/.exec(rest);
  if (exact?.[1] !== undefined && !exact[1].includes(',') && PEP440_EXACT.test(exact[1].trim())) return { state: 'pinned' };
  return { state: 'unpinned', reason: `range ${rest}` };
}

/** `git+https://host/org/repo@<ref>#egg=x`: pinned only to a full commit. */
function gitUrlPin(spec: string): PinStatus {
  const url = spec.slice(spec.indexOf('git+')).split('#')[0] ?? '';
  const path = url.slice(url.indexOf('://') + 3);
  const afterHost = path.slice(Math.max(0, path.indexOf('/')));
  const at = afterHost.lastIndexOf('@');
  const ref = at < 0 ? '' : afterHost.slice(at + 1);
  return FULL_COMMIT.test(ref) ? { state: 'pinned' } : { state: 'unpinned', reason: ref ? `git ref @${ref} is not a commit` : 'no commit' };
}

function versionPin(version: string, exact: RegExp): PinStatus {
  if (exact.test(version)) return { state: 'pinned' };
  if (version === '' || version.toLowerCase() === 'latest') return { state: 'unpinned', reason: '@latest' };
  return { state: 'unpinned', reason: `@${version} is a range or tag` };
}

/**
 * `image@sha256:…` is pinned; so is a version tag (`:1.2.3`, `:20-alpine`): tags can move, but
 * a version tag is a deliberate choice and flagging it would be noise. `:latest`, no tag, and
 * tags without a digit (`:main`, `:edge`, `:stable`) are unpinned.
 */
function imagePin(image: string): PinStatus {
  if (/@sha(?:256|384|512):[0-9a-f]+$/i.test(image)) return { state: 'pinned' };
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  if (colon < 0) return { state: 'unpinned', reason: 'no tag (means :latest)' };
  const tag = image.slice(colon + 1);
  if (tag === '' || tag.toLowerCase() === 'latest') return { state: 'unpinned', reason: ':latest' };
  if (/\d/.test(tag)) return { state: 'pinned' };
  return { state: 'unpinned', reason: `:${tag} is a moving tag` };
}

/** The shape the server tree uses: the first package of a command line and its pin state. */
export interface PackageRef {
  launcher: string;
  ecosystem: Ecosystem;
  spec: string;
  pinned: boolean;
  /** Index in the server's `args` (words minus the command); -1 when it is in the command. */
  argIndex: number;
}

/** The package a command line (`[command, ...args]`) launches, if any. */
export function packageOf(words: readonly string[]): PackageRef | undefined {
  const launch = findLaunch(words);
  const first = launch?.packages[0];
  if (!launch || !first) return undefined;
  const status = pinStatus(launch.ecosystem, first.spec);
  return { launcher: launch.launcher, ecosystem: launch.ecosystem, spec: first.spec, pinned: status.state !== 'unpinned', argIndex: first.index - 1 };
}
