import { parseArgs } from 'node:util';
import { errorMessage } from '../core/errors.js';
import type { CommandOutput } from './journal-command.js';

/** Makes the usage-error output (exit 64) of the CLI. */
export type UsageError = (message: string) => CommandOutput;

/**
 * `workflow lint`, `init` and `run`: the commands that put Drydock into a repository. Each parses
 * its own options; the logic lives in its own file, loaded on demand.
 */
export async function adoptionCommand(argv: readonly string[], usageError: UsageError): Promise<CommandOutput> {
  const [command, ...rest] = argv;
  if (command === 'workflow') {
    const [subcommand, ...args] = rest;
    if (subcommand !== 'lint') return usageError(subcommand === undefined ? 'workflow needs a subcommand: lint' : `unknown workflow subcommand '${subcommand}'`);
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { json: { type: 'boolean' } } });
    } catch (error) {
      return usageError(errorMessage(error));
    }
    if (parsed.positionals.length === 0) return usageError('workflow lint needs at least one FILE');
    const { workflowLintCommand } = await import('./workflow-lint-command.js');
    return workflowLintCommand(parsed.positionals, { json: parsed.values.json === true });
  }
  if (command === 'init') {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, allowPositionals: false, strict: true, options: { repo: { type: 'string' }, force: { type: 'boolean' } } });
    } catch (error) {
      return usageError(errorMessage(error));
    }
    if (parsed.values.repo === '') return usageError('--repo needs a directory');
    const { initCommand } = await import('./init-command.js');
    return initCommand({ repo: parsed.values.repo ?? '.', force: parsed.values.force === true });
  }
  return usageError(`unknown command '${command ?? ''}'`);
}
