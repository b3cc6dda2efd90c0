import { createActionsIo } from '../../adapters/actions-io.js';
import type { InputSpecs } from '../../core/inputs.js';
import { errorMessage } from '../../core/errors.js';
import { runStage } from './run-stage.js';
import type { StageDefinition } from './stage-definition.js';

/** Entry point of a stage bundle: the runner's environment, one try/catch, one exit code. */
export async function main<Specs extends InputSpecs>(definition: StageDefinition<Specs>): Promise<void> {
  const io = createActionsIo();
  try {
    await runStage(definition, { io, environment: process.env });
  } catch (error) {
    io.fail(`Drydock ${definition.name} failed unexpectedly: ${errorMessage(error)}`);
  }
}
