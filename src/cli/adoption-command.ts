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
  if (command === 'run') {
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        allowPositionals: false,
        strict: true,
        options: {
          repo: { type: 'string' },
          goal: { type: 'string' },
          'issue-file': { type: 'string' },
          approve: { type: 'boolean' },
          'base-url': { type: 'string' },
          replay: { type: 'string' },
          script: { type: 'string' },
          artifacts: { type: 'string' },
          'test-command': { type: 'string' },
          'deploy-version': { type: 'string' },
          'until-weight': { type: 'string' },
        },
      });
    } catch (error) {
      return usageError(errorMessage(error));
    }
    const values = parsed.values;
    if (values.repo === undefined || values.repo === '') return usageError('run needs --repo DIR');
    const goal = values.goal?.trim();
    if ((goal === undefined || goal === '') === (values['issue-file'] === undefined)) return usageError('run needs exactly one of --goal TEXT (not empty) and --issue-file FILE');
    if (values['base-url'] !== undefined && !/^https?:\/\/\S+$/.test(values['base-url'])) return usageError(`--base-url must be an http(s) URL, got '${values['base-url']}'`);
    let untilWeight: number | undefined;
    if (values['until-weight'] !== undefined) {
      untilWeight = Number(values['until-weight']);
      if (!Number.isInteger(untilWeight) || untilWeight < 1 || untilWeight > 99) return usageError(`--until-weight must be a whole percentage from 1 to 99, got '${values['until-weight']}'`);
      if (values['deploy-version'] === undefined) return usageError('--until-weight applies with --deploy-version only');
    }
    const { runCommand } = await import('./run-command.js');
    return runCommand({
      repo: values.repo,
      ...(goal === undefined || goal === '' ? {} : { goal }),
      ...(values['issue-file'] === undefined ? {} : { issueFile: values['issue-file'] }),
      approve: values.approve === true,
      ...(values['base-url'] === undefined ? {} : { baseUrl: values['base-url'] }),
      ...(values.replay === undefined ? {} : { replay: values.replay }),
      ...(values.script === undefined ? {} : { script: values.script }),
      ...(values.artifacts === undefined ? {} : { artifacts: values.artifacts }),
      ...(values['test-command'] === undefined ? {} : { testCommand: values['test-command'] }),
      ...(values['deploy-version'] === undefined ? {} : { deployVersion: values['deploy-version'] }),
      ...(untilWeight === undefined ? {} : { untilWeight }),
    });
  }
  return usageError(`unknown command '${command ?? ''}'`);
}
