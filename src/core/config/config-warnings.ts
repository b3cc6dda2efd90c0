import { programBaseName } from '../policy/argv-pattern.js';
import { IDENTITY_NAMES } from '../policy/identity-names.js';
import { compilePathGlob } from '../policy/path-glob.js';
import { normalizePolicyPath } from '../policy/path-normalization.js';
import { PROTECTED_PATH_EXAMPLES, protectionOfSegments } from '../policy/protected-paths.js';
import { formatKeyPath, type ConfigProblem } from './config-issues.js';
import type { ConfigInput } from './config-schema.js';
import type { YamlLocator } from './yaml-locator.js';

/** Ordinary paths: a glob matching all of them is a catch-all such as `**`, not aimed at protected paths. */
const ORDINARY_PATHS = ['README.md', 'src/index.ts', 'docs/guide/setup.md'];

/** Programs that turn their arguments into commands, so a wildcard after them is a shell string in disguise. */
const COMMAND_RUNNERS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'cmd', 'powershell', 'pwsh', 'env', 'xargs', 'sudo', 'eval', 'exec']);

const READ_PROTECTED_EXAMPLES = PROTECTED_PATH_EXAMPLES.filter((path) => {
  const normalized = normalizePolicyPath(path);
  return normalized.ok && protectionOfSegments(normalized.segments)?.readProtected === true;
});

/** Protected example paths this glob is aimed at, or none when it is a catch-all or misses them all. */
function protectedTargets(pattern: string, examples: readonly string[]): string[] {
  const glob = compilePathGlob(pattern, { caseInsensitive: true });
  if (ORDINARY_PATHS.every((path) => glob.matches(path))) return [];
  return examples.filter((path) => glob.matches(path));
}

/**
 * Entries that are valid but will not do what they seem to: globs aimed at protected paths (which
 * stay denied whatever the config says) and command patterns that hand a wildcard to a shell.
 */
export function configWarnings(input: ConfigInput, locator: YamlLocator): ConfigProblem[] {
  const warnings: ConfigProblem[] = [];
  const warn = (path: readonly PropertyKey[], message: string): void => {
    warnings.push({ keyPath: formatKeyPath(path), line: locator.valuePosition(path)?.line, message });
  };
  for (const name of IDENTITY_NAMES) {
    const identity = input.identities?.[name];
    if (identity === undefined) continue;
    const globLists = [
      { key: ['read'], patterns: identity.read, examples: READ_PROTECTED_EXAMPLES, access: 'reading' },
      { key: ['write'], patterns: identity.write, examples: PROTECTED_PATH_EXAMPLES, access: 'writing' },
      { key: ['approval', 'write'], patterns: identity.approval?.write, examples: PROTECTED_PATH_EXAMPLES, access: 'writing' },
    ];
    for (const list of globLists) {
      (list.patterns ?? []).forEach((pattern, index) => {
        const targets = protectedTargets(pattern, list.examples);
        if (targets.length === 0) return;
        const shown = targets.slice(0, 3).join(', ') + (targets.length > 3 ? ', …' : '');
        warn(
          ['identities', name, ...list.key, index],
          `${JSON.stringify(pattern)} covers protected paths (${shown}); they stay denied for ${list.access} whatever the config says`,
        );
      });
    }
    (identity.commands ?? []).forEach((pattern, index) => {
      const [program, ...rest] = pattern;
      if (program === undefined || !COMMAND_RUNNERS.has(programBaseName(program))) return;
      if (!rest.some((token) => /[*?[{]/u.test(token))) return;
      warn(
        ['identities', name, 'commands', index],
        `${program} with a wildcard argument lets the agent run any command through it; list the commands themselves instead`,
      );
    });
  }
  return warnings;
}
