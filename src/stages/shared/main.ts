import { createActionsIo } from '../../adapters/actions-io.js';
import type { InputSpecs } from '../../core/inputs.js';
import { errorMessage } from '../../core/errors.js';
import { runStage } from './run-stage.js';
import type { StageDefinition } from './stage-definition.js';

/** Entry point of a stage bundle: the runner's environment, one try/catch, one exit code. */
export async function main<Specs extends InputSpecs>(definition: StageDefinition<Specs>): Promise<void> {
  const io = createActionsIo();
  // The runner cancels a job with SIGINT, then SIGTERM, then kills it: the first signal is the
  // moment to stop and save state, so a re-run can resume instead of starting over.
  let cancelled = false;
  const cancellation = new Promise<string>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        cancelled = true;
        resolve(signal);
      });
    }
  });
  try {
    await runStage(definition, { io, environment: process.env, cancellation });
  } catch (error) {
    io.fail(`Drydock ${definition.name} failed unexpectedly: ${errorMessage(error)}`);
  }
  // Work the cancelled stage left running (a model call, a command) must not keep the job alive.
  if (cancelled) process.exit(process.exitCode ?? 1);
}
