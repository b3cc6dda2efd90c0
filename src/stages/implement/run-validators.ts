import type { Journal } from '../../core/journal/journal.js';
import type { Policy } from '../../core/policy/policy.js';
import type { CommandRunner } from '../../core/ports/command-runner.js';
import type { ValidatorCommand } from '../../core/validators/validator-commands.js';
import { judgeCommand, type ValidatorResult } from '../../core/validators/validator-result.js';

/** What running the validators of one attempt needs. */
export interface ValidatorRun {
  /** The commands, in order (see `validatorCommands`). */
  commands: readonly ValidatorCommand[];
  /** The stage policy: every command is judged (and the decision journaled) before it runs. */
  policy: Policy;
  /** The identity the commands run as. */
  identity: string;
  /** Runs them as real processes (own process group, timeout kills the tree). */
  runner: CommandRunner;
  /** Where each result is recorded as a `validator-result` event. */
  journal: Journal;
  /** Task id and attempt, for the journal. */
  task: string;
  attempt: number;
}

/**
 * Runs the validators of one attempt, one at a time, and journals each result. A command policy
 * denies is not run and counts as failed; when the related-tests run of a validator fails, its full
 * run is skipped (it would fail the same way, only slower).
 */
export async function runValidators(run: ValidatorRun): Promise<ValidatorResult[]> {
  const results: ValidatorResult[] = [];
  const failedRelated = new Set<string>();
  for (const command of run.commands) {
    let result: ValidatorResult;
    const decision = run.policy.evaluate(run.identity, { type: 'command', argv: command.configuredArgv });
    if (command.source === 'validator' && failedRelated.has(command.name)) {
      result = { ...base(command), status: 'skipped', reason: `Skipped: the tests related to the change already fail (${command.name} (related)).` };
    } else if (decision.decision !== 'allow') {
      result = { ...base(command), status: 'denied', reason: `Policy refused to run it: ${decision.reason}` };
    } else {
      const outcome = await run.runner.run({ argv: command.argv, timeoutMs: command.timeoutMs, maxOutputBytes: 256 * 1024 });
      result = judgeCommand(command, outcome);
    }
    if (command.source === 'related' && result.status !== 'passed' && command.relatedTo !== undefined) failedRelated.add(command.relatedTo);
    run.journal.append('validator-result', {
      task: run.task,
      attempt: run.attempt,
      name: result.name,
      source: result.source,
      kind: result.kind,
      argv: result.argv,
      status: result.status,
      exitCode: result.exitCode,
      durationMs: result.durationMs,
      failures: result.failures.slice(0, 20),
      excerpt: result.excerpt,
      ...(result.reason === undefined ? {} : { reason: result.reason }),
    });
    results.push(result);
  }
  return results;
}

function base(command: ValidatorCommand): Omit<ValidatorResult, 'status'> {
  return { name: command.name, source: command.source, kind: command.kind, argv: [...command.argv], exitCode: null, durationMs: 0, failures: [], excerpt: '' };
}
