import { parseArgs } from 'node:util';
import { errorMessage } from '../core/errors.js';
import { journalExplainCommand, journalVerifyCommand, type CommandOutput } from './journal-command.js';
import { replayCommand } from './replay-command.js';

export const USAGE = `Usage: drydock <command>

Commands:
  journal verify FILE [--expect-head HASH]   Check the hash chain; exit 0 when intact, 1 naming the first bad event
  journal explain FILE                       A readable timeline: identities, policy decisions, tokens and cost per stage
  replay JOURNAL [--stage S] [--workspace DIR] [--config FILE]
                                             Run a stage's recorded agent loop again with the recorded model
                                             answers and the real tools, in a scratch copy of DIR (default:
                                             the current directory, without .git); exit 0 on a match, 1
                                             naming the first tool call that diverged, 2 if it cannot replay

Options:
  -h, --help                                 Show this help
`;

function usageError(message: string): CommandOutput {
  return { exitCode: 64, stdout: '', stderr: `drydock: ${message}\n\n${USAGE}` };
}

/** Runs the CLI on argv (without `node` and the script) and returns what to print and the exit code. */
export async function runCli(argv: readonly string[]): Promise<CommandOutput> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        'expect-head': { type: 'string' },
        stage: { type: 'string' },
        workspace: { type: 'string' },
        config: { type: 'string' },
      },
    });
  } catch (error) {
    return usageError(errorMessage(error));
  }
  const [command, subcommand, file, ...extra] = parsed.positionals;
  if (parsed.values.help === true || command === undefined || command === 'help') {
    return { exitCode: 0, stdout: USAGE, stderr: '' };
  }
  const { stage, workspace, config } = parsed.values;
  if (command === 'replay') {
    const [, ...rest] = parsed.positionals;
    if (rest.length === 0) return usageError('replay needs a JOURNAL file');
    if (rest.length > 1) return usageError(`unexpected arguments: ${rest.slice(1).join(' ')}`);
    if (parsed.values['expect-head'] !== undefined) return usageError('--expect-head applies to journal verify only');
    return replayCommand(rest[0]!, { ...(stage === undefined ? {} : { stage }), ...(workspace === undefined ? {} : { workspace }), ...(config === undefined ? {} : { config }) });
  }
  if (stage !== undefined || workspace !== undefined || config !== undefined) return usageError('--stage, --workspace and --config apply to replay only');
  if (command !== 'journal') return usageError(`unknown command '${command}'`);
  if (subcommand !== 'verify' && subcommand !== 'explain') {
    return usageError(subcommand === undefined ? 'journal needs a subcommand: verify or explain' : `unknown journal subcommand '${subcommand}'`);
  }
  if (file === undefined) return usageError(`journal ${subcommand} needs a FILE`);
  if (extra.length > 0) return usageError(`unexpected arguments: ${extra.join(' ')}`);
  const expectedHead = parsed.values['expect-head'];
  if (subcommand === 'verify') {
    return journalVerifyCommand(file, expectedHead === undefined ? {} : { expectedHead });
  }
  if (expectedHead !== undefined) return usageError('--expect-head applies to journal verify only');
  return journalExplainCommand(file);
}
