import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { errorMessage } from '../core/errors.js';
import { detectProjectCommands, starterConfig, starterWorkflow } from './init-templates.js';
import type { CommandOutput } from './journal-command.js';

/** Options of `drydock init`. */
export interface InitOptions {
  /** Repository root to write into; default the current directory. */
  repo: string;
  /** Overwrite files that exist. */
  force: boolean;
}

/** Files `drydock init` writes, relative to the repository root. */
export const INIT_FILES = { config: '.github/drydock.yml', workflow: '.github/workflows/drydock.yml' } as const;

/**
 * `drydock init`: writes a starter policy file and workflow. It asks nothing (so it runs the same
 * in a terminal, a script or CI), and never overwrites a file without `--force`: when one exists,
 * nothing at all is written.
 */
export async function initCommand(options: InitOptions): Promise<CommandOutput> {
  const root = resolve(options.repo);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return { exitCode: 2, stdout: '', stderr: `drydock: --repo ${options.repo} is not a directory.\n` };
  }
  const commands = detectProjectCommands((name) => existsSync(join(root, name)));
  const files = [
    { path: INIT_FILES.config, content: starterConfig(commands) },
    { path: INIT_FILES.workflow, content: starterWorkflow(commands) },
  ];
  const existing = files.filter((file) => existsSync(join(root, file.path))).map((file) => file.path);
  if (existing.length > 0 && !options.force) {
    return {
      exitCode: 1,
      stdout: '',
      stderr: `drydock: ${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''} in ${root}; nothing was written. Run again with --force to overwrite.\n`,
    };
  }
  try {
    for (const file of files) {
      await mkdir(join(root, file.path, '..'), { recursive: true });
      await writeFile(join(root, file.path), file.content);
    }
  } catch (error) {
    return { exitCode: 2, stdout: '', stderr: `drydock: cannot write into ${root}: ${errorMessage(error)}\n` };
  }
  const fromHere = relative(process.cwd(), root);
  const shown = fromHere === '' ? '.' : fromHere.startsWith('..') ? root : fromHere;
  const lines = [
    ...files.map((file) => `${existing.includes(file.path) ? 'overwrote' : 'wrote'} ${join(shown, file.path)}`),
    commands.kind === undefined
      ? 'No test command was recognised: set `validators` in .github/drydock.yml and `test-command` in the workflow.'
      : `Test command from ${commands.kind}: ${commands.testScript}`,
    '',
    'Next:',
    '  1. Settings → Environments: create `drydock-implement` with required reviewers (they approve each plan).',
    '  2. Settings → Secrets: add OPENAI_API_KEY, or remove `model-api-key` to use GitHub Models.',
    `  3. drydock workflow lint ${join(shown, INIT_FILES.workflow)}`,
    '  4. Commit both files, then label an issue `drydock` or run the workflow with a goal.',
  ];
  return { exitCode: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
}
