import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { createSystemClock } from '../../adapters/clock-system.js';
import { JournalFileSink } from '../../adapters/journal-file.js';
import { addUsage, BudgetTracker, emptyUsage, type BudgetUsage } from '../../core/budget/index.js';
import { BudgetExceededError, CancelledError, DrydockError, errorMessage } from '../../core/errors.js';
import type { InputSpecs } from '../../core/inputs.js';
import { Journal } from '../../core/journal/journal.js';
import { createPolicy } from '../../core/policy/index.js';
import type { Clock } from '../../core/ports/clock.js';
import type { Forge } from '../../core/ports/forge.js';
import type { StageIo } from '../../core/ports/stage-io.js';
import {
  runStateDigest,
  serializeRunState,
  STAGE_IDENTITIES,
  STAGE_NAMES,
  withStageSection,
  type RunState,
  type StageSection,
} from '../../core/run-state.js';
import { COMMON_SECRET_INPUTS, DEFAULT_CONFIG_PATH } from './common-inputs.js';
import { COMMON_OUTPUTS, JOURNAL_FILE, stageArtifactName, STATE_FILE } from './constants.js';
import { describeFailure } from './failure-message.js';
import type { StageDefinition, StageExecution } from './stage-definition.js';
import { createForge } from './stage-services.js';
import { createStageAgentRunner, type StageAgentDependencies } from './stage-agent.js';
import { prepareStage, type StageSetup } from './stage-setup.js';
import { renderStageSummary } from './stage-summary.js';

/** What a stage run needs from outside; the defaults are the real runner environment. */
export interface StageEnvironment {
  io: StageIo;
  /** Environment variables (the runner's contract: GITHUB_*, RUNNER_TEMP, …). */
  environment: NodeJS.ProcessEnv;
  clock?: Clock;
  /** Settles with a signal name when the run is cancelled; the stage then stops and saves its state. */
  cancellation?: Promise<string>;
  /** Builds model clients; the openai SDK adapter unless a test passes another. */
  createModelClient?: StageAgentDependencies['createClient'];
  /**
   * Gate approvals given before this stage by its caller (`drydock run`'s typed or `--approve`
   * approvals), journaled as `approval` events right after `stage-start`.
   */
  approvals?: ReadonlyArray<Readonly<Record<string, string | number | boolean>>>;
}

/** How a stage ended. */
export type StageOutcome = 'succeeded' | 'failed' | 'stopped';

/** Usage the earlier stages of the run recorded, for run-level budgets. */
function earlierUsage(state: RunState, stage: string): BudgetUsage {
  let total = emptyUsage();
  for (const name of STAGE_NAMES) {
    if (name === stage) continue;
    const section = state.stages[name];
    if (section !== undefined) total = addUsage(total, section.usage);
  }
  return total;
}

/**
 * Runs one stage from start to end: parse inputs, load or start the run state, journal
 * `stage-start`, run the stage's logic, journal `stage-end`, save state and journal as this
 * attempt's artifact, set outputs and write the summary. Resolves to the outcome; a failure is
 * also reported through `io.fail` (an `::error::` line and a non-zero exit code).
 */
export async function runStage<Specs extends InputSpecs>(
  definition: StageDefinition<Specs>,
  stageEnvironment: StageEnvironment,
): Promise<StageOutcome> {
  const { io, environment } = stageEnvironment;
  const clock = stageEnvironment.clock ?? createSystemClock();
  const stage = definition.name;
  const identity = STAGE_IDENTITIES[stage];

  // Setup: nothing is written until every input, the config and the incoming state check out.
  let setup: StageSetup<Specs>;
  try {
    setup = await prepareStage(definition, io, environment);
  } catch (error) {
    io.fail(describeFailure(error));
    return 'failed';
  }

  const { inputs, token, github, workspace, loaded, store, incoming, earlier, state, redactor, variant } = setup;
  const attempt = github.trigger.attempt;
  const artifactName = stageArtifactName(stage, attempt, variant);
  const journalDirectory = await mkdtemp(join(github.temporaryDirectory, `drydock-${stage}-`));
  const journalPath = join(journalDirectory, JOURNAL_FILE);
  const sink = await JournalFileSink.create({ path: journalPath });
  const base = earlier ?? incoming;
  // The run's journal so far is carried over segment by segment, so the `journal-continue` links
  // at the start of later segments still name the segment before them.
  let previousSegment: string | undefined;
  for (const line of base?.journalLines ?? []) {
    if (previousSegment !== undefined && line.segment !== previousSegment) sink.rollover();
    previousSegment = line.segment;
    sink.append(line.text);
  }
  const journal = new Journal({
    runId: state.runId,
    stage,
    attempt,
    actor: identity,
    sink,
    clock,
    redactor,
    ...(base === undefined ? {} : { resume: { head: base.journalHead, from: base.artifact } }),
    onWarning: (message) => io.annotate('warning', message),
  });
  const policy = createPolicy(loaded.config, {
    record: (decidingIdentity, action, decision) =>
      journal.append('policy-decision', { identity: decidingIdentity, action, decision: decision.decision, reason: decision.reason, rule: decision.rule }),
  });
  const budget = new BudgetTracker({
    stage,
    stageLimits: loaded.config.budgets.stages[stage],
    runLimits: loaded.config.budgets.run,
    prices: loaded.config.prices,
    clock,
    earlierUsage: earlierUsage(state, stage),
  });
  const startedAt = clock.now().toISOString();
  const incomingDigest = runStateDigest(state);
  journal.append('stage-start', {
    stage,
    identity,
    trigger: github.trigger,
    inputs: redactor.redactValue(publicInputs(inputs, [...COMMON_SECRET_INPUTS, ...definition.secretInputs])),
    incomingState: incoming === undefined ? null : { artifact: incoming.artifact, digest: incoming.digest },
    resumedFrom: earlier?.artifact ?? null,
    config: { path: inputs.config ?? DEFAULT_CONFIG_PATH, warnings: loaded.warnings.length },
  });
  for (const approval of stageEnvironment.approvals ?? []) journal.append('approval', redactor.redactValue({ ...approval }) as Record<string, unknown>);

  let forge: Promise<Forge> | undefined;
  let outcome: StageOutcome = 'succeeded';
  let execution: StageExecution | undefined;
  let failure: unknown;
  const abort = new AbortController();
  try {
    const running = definition.execute({
      stage,
      identity,
      inputs,
      trigger: github.trigger,
      payload: github.payload,
      state,
      stateDigest: incomingDigest,
      ...(earlier === undefined ? {} : { earlierState: earlier.state }),
      config: loaded.config,
      policy,
      journal,
      budget,
      workspace,
      io,
      clock,
      environment,
      artifacts: store,
      forge: () => (forge ??= createForge(github, token, io)),
      redact: (text) => redactor.redactString(text),
      runAgent: createStageAgentRunner({
        stage,
        identity,
        config: loaded.config,
        journal,
        budget,
        clock,
        policy,
        workspace,
        io,
        environment,
        credentials: {
          ...(inputs['model-api-key'] === undefined ? {} : { apiKey: inputs['model-api-key'] }),
          ...(inputs['model-base-url'] === undefined ? {} : { baseUrl: inputs['model-base-url'] }),
          ...(token === undefined ? {} : { githubToken: token }),
        },
        ...(earlier === undefined ? {} : { earlierJournal: earlier.journalLines }),
        ...(stageEnvironment.createModelClient === undefined ? {} : { createClient: stageEnvironment.createModelClient }),
      }),
      signal: abort.signal,
    });
    // A cancelled stage does not wait for its logic: it ends now, saves what it has, and the
    // process exits. What the logic does meanwhile cannot reach the journal (it is closed below).
    running.catch(() => undefined);
    execution = await (stageEnvironment.cancellation === undefined
      ? running
      : Promise.race([
          running,
          stageEnvironment.cancellation.then(async (signal): Promise<never> => {
            abort.abort(signal);
            // A stage that cleans up on cancellation (the canary rolls back) gets a bounded wait;
            // if it finishes in time, its own execution (and outcome) wins the race.
            // Wall time, not the stage clock: the runner's SIGTERM follows SIGINT in real seconds.
            if ((definition.cancelGraceMs ?? 0) > 0) await Promise.race([running.catch(() => undefined), delay(definition.cancelGraceMs ?? 0, undefined, { ref: false })]);
            throw new CancelledError(`The run was cancelled (${signal}); the stage stopped and saved its state, and a re-run resumes from it.`, { signal });
          }),
        ]));
    budget.check();
    if (execution.outcome !== undefined) {
      outcome = execution.outcome;
      failure = new DrydockError(execution.message ?? `The ${stage} stage ended ${execution.outcome}.`);
      journal.append('error-raise', { fault: 'system', name: 'StageOutcome', message: errorMessage(failure) });
    }
  } catch (error) {
    failure = error;
    outcome = BudgetExceededError.isInstance(error) || CancelledError.isInstance(error) ? 'stopped' : 'failed';
    journal.append('error-raise', {
      fault: DrydockError.isInstance(error) ? error.fault : 'system',
      name: error instanceof Error ? error.name : 'Error',
      message: errorMessage(error),
    });
  }

  const usage = budget.stageUsage();
  const section: StageSection = {
    status: outcome,
    attempt,
    identity,
    startedAt,
    endedAt: clock.now().toISOString(),
    ...(failure === undefined ? {} : { message: errorMessage(failure) }),
    usage,
    outputs: execution?.outputs ?? {},
    ...(execution === undefined ? {} : { result: execution.result }),
  };
  journal.append('stage-end', { outcome, tokens: usage.tokens, costUsd: usage.costUsd, usage, outputs: section.outputs });
  journal.close('the stage ended');
  const journalHead = journal.head;
  const finalState = withStageSection(state, stage, {
    ...section,
    journal: { artifact: artifactName, events: journalHead.seq, head: journalHead.hash },
  });
  const digest = runStateDigest(finalState);

  let saveError: unknown;
  try {
    await journal.flush();
    await sink.close();
    const files = await collectJournalFiles(journalDirectory);
    files[STATE_FILE] = serializeRunState(finalState);
    await store.save(artifactName, files);
  } catch (error) {
    saveError = error;
  }

  const outputs: Record<string, string> = {
    ...section.outputs,
    [COMMON_OUTPUTS.stateDigest]: digest,
    [COMMON_OUTPUTS.stateArtifact]: artifactName,
    [COMMON_OUTPUTS.journalHead]: journalHead.hash,
    [COMMON_OUTPUTS.outcome]: saveError === undefined ? outcome : 'failed',
  };
  for (const [name, value] of Object.entries(outputs)) io.setOutput(name, redactor.redactString(value));

  try {
    await io.appendSummary(
      redactor.redactString(renderStageSummary({
        stage,
        identity,
        outcome: saveError === undefined ? outcome : 'failed',
        state: finalState,
        digest,
        artifactName,
        journalHead,
        usage,
        body: execution?.summary,
        failure: failure === undefined ? undefined : errorMessage(failure),
      })),
    );
  } catch (error) {
    io.annotate('warning', `Could not write the step summary: ${errorMessage(error)}`);
  }

  if (saveError !== undefined) {
    io.fail(redactor.redactString(`The ${stage} stage could not save its run state and journal as ${artifactName}: ${describeFailure(saveError)}`));
    return 'failed';
  }
  if (failure !== undefined) {
    io.fail(redactor.redactString(describeFailure(failure)));
    return outcome;
  }
  return outcome;
}

/** Inputs as journaled: secret ones are left out entirely. */
function publicInputs(inputs: Record<string, unknown>, secretNames: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(inputs).filter(([name]) => !secretNames.includes(name)));
}

async function collectJournalFiles(directory: string): Promise<Record<string, string | Uint8Array>> {
  const files: Record<string, string | Uint8Array> = {};
  for (const name of await readdir(directory)) {
    if (name === JOURNAL_FILE || /^journal\.[0-9]+\.jsonl$/.test(name)) files[name] = await readFile(join(directory, name));
  }
  return files;
}
