import { programBaseName } from './argv-pattern.js';

/**
 * Built-in refusals that hold whatever the argv patterns allow. A pattern such as
 * `[git, log, **]` looks read-only, but `git log --output=<file>` writes any file and
 * `git grep --open-files-in-pager=<program>` runs a program; the defaults rely on such patterns,
 * so these options are refused here. This is a guard for well-known traps, not a sandbox:
 * confinement of what a command can touch is the command runner's job.
 */

/** Global options (before the subcommand) that change where git works, its config or what it runs. */
const GIT_GLOBAL_OPTIONS = ['-c', '-C', '--config-env', '--exec-path', '--git-dir', '--work-tree', '--namespace', '--super-prefix'];
/**
 * Long options that write files, run programs, read files outside the tracked tree (`blame --contents
 * .git/config` prints a token persisted by actions/checkout) or fetch from arbitrary places.
 */
const GIT_LONG_OPTIONS = [
  '--output',
  '--open-files-in-pager',
  '--ext-diff',
  '--no-index',
  '--contents',
  '--file',
  '--upload-pack',
  '--receive-pack',
  '--exec',
  '--template',
  '--config',
];
/** Short options with the same effect, per subcommand. */
const GIT_SHORT_OPTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['grep', ['-O', '-f']],
  ['format-patch', ['-o']],
  ['rebase', ['-x']],
  ['clone', ['-u', '-c']],
]);

function isOption(argument: string, option: string): boolean {
  if (option.startsWith('--')) return argument === option || argument.startsWith(`${option}=`);
  // Short options take their value attached (-Ofoo) or as the next argument (-O foo).
  return argument.startsWith(option);
}

/** Why this argv is refused whatever the config says, or undefined when no guard applies. */
export function guardedCommandReason(argv: readonly string[]): string | undefined {
  if (argv.length === 0 || programBaseName(argv[0] as string) !== 'git') return undefined;
  let index = 1;
  for (; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    if (!argument.startsWith('-')) break;
    const global = GIT_GLOBAL_OPTIONS.find((option) => option === argument || argument.startsWith(`${option}=`) || (option.length === 2 && argument.startsWith(option)));
    if (global !== undefined) return `the git option ${global} changes git's configuration, directory or helper programs`;
  }
  const subcommand = argv[index];
  const shortOptions = subcommand === undefined ? [] : (GIT_SHORT_OPTIONS.get(subcommand) ?? []);
  for (const argument of argv.slice(index + 1)) {
    // After "--" everything is a path: a file named "--output" is data.
    if (argument === '--') break;
    const option = GIT_LONG_OPTIONS.find((candidate) => isOption(argument, candidate)) ?? shortOptions.find((candidate) => isOption(argument, candidate));
    if (option !== undefined) return `the git option ${option} can write files or run programs outside policy`;
  }
  return undefined;
}
