/**
 * Container runtimes' command lines: the options of `docker run` (and podman, nerdctl, finch) up
 * to the image, in pflag syntax, short forms normalised; and what a `--volume` or `--mount`
 * option takes from the host.
 */

/** A container option before the image, its short form normalised (`-v` -> `--volume`). */
export interface ContainerOption {
  name: string;
  /** The value, attached (`--net=host`, `-p8080:80`) or the next word; undefined for a switch. */
  value?: string;
  flagIndex: number;
  /** Index of the word holding the value (the flag's own when attached or a switch). */
  valueIndex: number;
}

const CONTAINER_SHORT_NAMES: Readonly<Record<string, string>> = {
  a: '--attach', c: '--cpu-shares', e: '--env', h: '--hostname', l: '--label', m: '--memory', p: '--publish',
  u: '--user', v: '--volume', w: '--workdir', d: '--detach', i: '--interactive', t: '--tty', P: '--publish-all', q: '--quiet',
};
const CONTAINER_SHORT_VALUED = new Set(['a', 'c', 'e', 'h', 'l', 'm', 'p', 'u', 'v', 'w']);
const CONTAINER_LONG_ALIASES: Readonly<Record<string, string>> = { '--net': '--network', '--net-alias': '--network-alias' };
const CONTAINER_LONG_VALUED = new Set([
  '--add-host', '--annotation', '--attach', '--blkio-weight', '--blkio-weight-device', '--cap-add', '--cap-drop',
  '--cgroup-parent', '--cgroupns', '--cidfile', '--cpu-count', '--cpu-percent', '--cpu-period', '--cpu-quota',
  '--cpu-rt-period', '--cpu-rt-runtime', '--cpu-shares', '--cpus', '--cpuset-cpus', '--cpuset-mems', '--detach-keys',
  '--device', '--device-cgroup-rule', '--device-read-bps', '--device-read-iops', '--device-write-bps',
  '--device-write-iops', '--dns', '--dns-option', '--dns-opt', '--dns-search', '--domainname', '--entrypoint', '--env',
  '--env-file', '--expose', '--gpus', '--group-add', '--health-cmd', '--health-interval', '--health-retries',
  '--health-start-period', '--health-start-interval', '--health-timeout', '--hostname', '--ip', '--ip6', '--ipc',
  '--isolation', '--kernel-memory', '--label', '--label-file', '--link', '--link-local-ip', '--log-driver',
  '--log-opt', '--mac-address', '--memory', '--memory-reservation', '--memory-swap', '--memory-swappiness', '--mount',
  '--name', '--network', '--network-alias', '--oom-score-adj', '--pid', '--pids-limit', '--platform', '--publish',
  '--pull', '--restart', '--runtime', '--security-opt', '--shm-size', '--stop-signal', '--stop-timeout',
  '--storage-opt', '--sysctl', '--tmpfs', '--ulimit', '--user', '--userns', '--uts', '--volume', '--volume-driver',
  '--volumes-from', '--workdir',
  // podman / nerdctl
  '--arch', '--authfile', '--cert-dir', '--chrootdirs', '--conmon-pidfile', '--creds', '--decryption-key',
  '--env-merge', '--gidmap', '--hostuser', '--image-volume', '--init-path', '--os', '--passwd-entry', '--personality',
  '--pod', '--pod-id-file', '--preserve-fds', '--rdt-class', '--requires', '--sdnotify', '--seccomp-policy',
  '--secret', '--subgidname', '--subuidname', '--timeout', '--tz', '--uidmap', '--umask', '--unsetenv', '--variant',
  '--hooks-dir', '--cgroup-conf', '--cgroups', '--group-entry', '--pidfile', '--retry', '--retry-delay', '--variant',
]);
const CONTAINER_GLOBAL_VALUED = new Set(['-c', '--context', '-H', '--host', '--config', '-l', '--log-level', '--tlscacert', '--tlscert', '--tlskey', '--connection', '--url', '--identity', '--root', '--runroot', '--namespace', '-n', '--address', '-a']);

/**
 * `docker [global options] [container] run [options] image …`: the run options and the image's
 * index; undefined when the words are no `run` of a container runtime (`words[0]` is the program).
 */
export function parseContainerRun(words: readonly string[]): { options: ContainerOption[]; imageIndex: number } | undefined {
  let i = 1;
  while (i < words.length && (words[i] ?? '').startsWith('-')) {
    const word = words[i] ?? '';
    i += CONTAINER_GLOBAL_VALUED.has(word) ? 2 : 1;
  }
  if (words[i] === 'container') i++;
  if (words[i] !== 'run') return undefined;
  return parseContainerOptions(words, i + 1);
}

/** Options of `docker run` from `from` up to the image; pflag syntax (`-it`, `-p8080:80`, `--x=y`). */
export function parseContainerOptions(words: readonly string[], from: number): { options: ContainerOption[]; imageIndex: number } {
  const options: ContainerOption[] = [];
  let i = from;
  while (i < words.length) {
    const word = words[i] ?? '';
    if (word === '--') return { options, imageIndex: i + 1 };
    if (!word.startsWith('-') || word === '-') break;
    i = word.startsWith('--') ? readLongContainerOption(words, i, options) : readShortContainerOptions(words, i, options);
  }
  return { options, imageIndex: i };
}

function readLongContainerOption(words: readonly string[], i: number, options: ContainerOption[]): number {
  const word = words[i] ?? '';
  const eq = word.indexOf('=');
  const written = eq > 0 ? word.slice(0, eq) : word;
  const name = CONTAINER_LONG_ALIASES[written] ?? written;
  if (eq > 0) {
    options.push({ name, value: word.slice(eq + 1), flagIndex: i, valueIndex: i });
    return i + 1;
  }
  if (CONTAINER_LONG_VALUED.has(name)) {
    const option: ContainerOption = { name, flagIndex: i, valueIndex: i + 1 };
    const value = words[i + 1];
    if (value !== undefined) option.value = value;
    options.push(option);
    return i + 2;
  }
  options.push({ name, flagIndex: i, valueIndex: i });
  return i + 1;
}

function readShortContainerOptions(words: readonly string[], i: number, options: ContainerOption[]): number {
  const word = words[i] ?? '';
  for (let j = 1; j < word.length; j++) {
    const letter = word.charAt(j);
    const name = CONTAINER_SHORT_NAMES[letter] ?? `-${letter}`;
    if (!CONTAINER_SHORT_VALUED.has(letter)) {
      options.push({ name, flagIndex: i, valueIndex: i });
      continue;
    }
    const attached = word.slice(j + 1).replace(/^=/, '');
    if (attached !== '') {
      options.push({ name, value: attached, flagIndex: i, valueIndex: i });
      return i + 1;
    }
    const option: ContainerOption = { name, flagIndex: i, valueIndex: i + 1 };
    const value = words[i + 1];
    if (value !== undefined) option.value = value;
    options.push(option);
    return i + 2;
  }
  return i + 1;
}

// ---------- mounts ----------

/** What a `--volume` / `--mount` option takes from the host. */
export interface Mount {
  /** The host path or named volume; undefined for an anonymous volume (`-v /data`) or a mount without a source. */
  source?: string;
  readOnly: boolean;
}

/** The mount of a `--volume` or `--mount` option; undefined for other options and for a missing value. */
export function mountOf(option: ContainerOption): Mount | undefined {
  if (option.value === undefined) return undefined;
  if (option.name === '--volume') return volumeMount(option.value);
  if (option.name === '--mount') return mountFlagMount(option.value);
  return undefined;
}

/** `-v src:dst[:opts]`; a Windows drive (`C:\x:/y`) keeps its colon. Named volumes count too. */
function volumeMount(spec: string): Mount {
  const drive = /^[A-Za-z]:[\\/]/.test(spec) ? 2 : 0;
  const colon = spec.indexOf(':', drive);
  // `-v /data`: an anonymous volume, nothing of the host's.
  if (colon < 0) return { readOnly: false };
  const target = spec.slice(colon + 1);
  const optionsAt = target.indexOf(':', /^[A-Za-z]:[\\/]/.test(target) ? 2 : 0);
  const options = optionsAt < 0 ? [] : target.slice(optionsAt + 1).split(',');
  return { source: spec.slice(0, colon), readOnly: options.includes('ro') || options.includes('readonly') };
}

/** `--mount type=bind,source=/,target=/host,readonly`. */
function mountFlagMount(spec: string): Mount {
  const mount: Mount = { readOnly: false };
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? undefined : part.slice(eq + 1);
    if (eq > 0 && (key === 'source' || key === 'src') && mount.source === undefined) mount.source = value;
    else if ((key === 'readonly' || key === 'ro') && (value === undefined || /^(?:true|1)$/i.test(value.trim()))) mount.readOnly = true;
  }
  return mount;
}
