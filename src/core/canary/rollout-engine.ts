import { CancelledError, errorMessage } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import { defaultDecision, enforceDecision, type EnforcedDecision } from './deployer-decision.js';
import { JUDGE_DEFAULTS } from './judge-config.js';
import { MAX_LOOKS } from './judge.js';
import { guardNodata } from './nodata-guard.js';
import { fillCommand } from './rollout-commands.js';
import type {
  JudgeSettings,
  LookRecord,
  RollbackRecord,
  RolloutPorts,
  RolloutRecord,
  RolloutRequest,
  StepRecord,
} from './rollout-types.js';
import type { CanaryConfigInput, CanaryStepConfig } from '../config/canary-schema.js';

/** Judge settings with defaults. */
export function judgeSettings(config: CanaryConfigInput): JudgeSettings {
  return {
    passScore: config.judge?.thresholds?.pass ?? JUDGE_DEFAULTS.thresholds.pass,
    marginalScore: config.judge?.thresholds?.marginal ?? JUDGE_DEFAULTS.thresholds.marginal,
    alpha: config.judge?.alpha ?? JUDGE_DEFAULTS.alpha,
    nodata: config.judge?.nodata ?? JUDGE_DEFAULTS.nodata,
    maxExtensions: config.judge?.maxExtensions ?? 1,
  };
}

/** Query resolution for a step: a twentieth of the interval, at least one second. */
export function resolutionSeconds(step: CanaryStepConfig): number {
  return Math.max(1, Math.floor(step.intervalSeconds / 20));
}

/** A fresh record for a new rollout. */
export function newRolloutRecord(version: string): RolloutRecord {
  return { version, status: 'in-progress', weight: 0, nextStep: 0, deployed: false, steps: [] };
}

/** Sleeps, or rejects with a CancelledError as soon as the signal aborts. */
async function sleepUnlessCancelled(clock: Clock, milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  throwIfCancelled(signal);
  if (signal === undefined) return clock.sleep(milliseconds);
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(cancelled(signal));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([clock.sleep(milliseconds), aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort!);
  }
}

function cancelled(signal: AbortSignal): CancelledError {
  return new CancelledError(`The rollout was cancelled (${String(signal.reason ?? 'abort')}).`, { signal: String(signal.reason ?? 'abort') });
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw cancelled(signal);
}

class RollbackSignal {
  constructor(
    readonly reason: string,
    readonly cause: RollbackRecord['cause'],
  ) {}
}

/**
 * Runs (or continues) a rollout, deterministically: for each step from `previous.nextStep`, set the
 * weight, bake with a look of the judge at every interval, then decide (the deterministic decision,
 * which the deployer agent may only make more cautious). A failing look rolls back at once. A step
 * above `untilWeight` is not started: the rollout pauses with its record saved, for the next job.
 *
 * The rollback command runs on a failing verdict, on a failed command or error, and on
 * cancellation — at most once per rollout record: a record that already holds a rollback never
 * runs it again. The record is returned in every case (a rolled-back canary keeps its evidence).
 */
export async function runRollout(request: RolloutRequest, ports: RolloutPorts): Promise<RolloutRecord> {
  const { config, version } = request;
  const record: RolloutRecord = structuredClone(request.previous ?? newRolloutRecord(version));
  if (record.status === 'promoted' || record.status === 'rolled-back') {
    ports.record('canary-skip', { status: record.status, reason: `the rollout already ended ${record.status}` });
    return record;
  }
  if (record.status === 'rollback-failed' && record.rollback !== undefined) {
    // A rollback that failed is the one thing a later attempt retries: once, and nothing else.
    const failed = record.rollback;
    delete record.rollback;
    await rollBack(record, request, ports, new RollbackSignal(`retrying the rollback that failed earlier (${failed.reason})`, failed.cause));
    return record;
  }
  record.status = 'in-progress';
  delete record.pauseReason;
  const settings = judgeSettings(config);
  const clock = ports.clock;
  try {
    if (!record.deployed && config.deploy !== undefined) {
      const outcome = await ports.runCommand('deploy', fillCommand(config.deploy, { weight: 0, version }));
      if (!outcome.ok) throw new RollbackSignal(`the deploy command failed: ${outcome.detail}`, 'command-failed');
    }
    record.deployed = true;
    while (record.nextStep < config.steps.length) {
      const stepIndex = record.nextStep;
      const step = config.steps[stepIndex]!;
      if (step.weight > request.untilWeight) {
        record.status = 'paused';
        record.pauseReason = `gate: until-weight ${request.untilWeight} reached; the next step (${step.weight}%) waits for the next job`;
        ports.record('canary-pause', { reason: record.pauseReason, weight: record.weight, nextStep: stepIndex });
        await ports.progress?.(record, `Paused at ${record.weight}% (gate before ${step.weight}%)`);
        return record;
      }
      throwIfCancelled(ports.signal);
      const outcome = await ports.runCommand('traffic', fillCommand(config.traffic, { weight: step.weight, version }));
      if (!outcome.ok) throw new RollbackSignal(`the traffic command for ${step.weight}% failed: ${outcome.detail}`, 'command-failed');
      record.weight = step.weight;
      const stepRecord: StepRecord = { weight: step.weight, startedAt: clock.now().toISOString(), looks: [], extensions: 0, decisions: [] };
      record.steps.push(stepRecord);
      ports.record('canary-step-start', { step: stepIndex + 1, of: config.steps.length, weight: step.weight });
      await ports.progress?.(record, `Canary at ${step.weight}% (step ${stepIndex + 1} of ${config.steps.length})`);
      const decision = await bakeAndDecide(request, ports, settings, stepIndex, stepRecord);
      stepRecord.endedAt = clock.now().toISOString();
      if (decision.action === 'rollback') throw new RollbackSignal(decision.reason, 'verdict');
      record.nextStep = stepIndex + 1;
      if (decision.action === 'pause-for-human') {
        record.status = 'paused';
        record.pauseReason = `the deployer paused for a human at ${step.weight}%: ${decision.reason}`;
        ports.record('canary-pause', { reason: record.pauseReason, weight: record.weight, nextStep: record.nextStep });
        await ports.progress?.(record, `Paused at ${step.weight}% for a human`);
        return record;
      }
    }
    record.status = 'promoted';
    ports.record('decision', { decision: 'canary-promoted', version, weight: record.weight });
    await ports.progress?.(record, `Promoted ${version} to ${record.weight}%`);
    return record;
  } catch (error) {
    const signal =
      error instanceof RollbackSignal
        ? error
        : CancelledError.isInstance(error)
          ? new RollbackSignal(errorMessage(error), 'cancelled')
          : new RollbackSignal(`the rollout failed: ${errorMessage(error)}`, 'error');
    await rollBack(record, request, ports, signal);
    return record;
  }
}

/** Runs the rollback command once for this record; a record that already rolled back never runs it again. */
async function rollBack(record: RolloutRecord, request: RolloutRequest, ports: RolloutPorts, signal: RollbackSignal): Promise<void> {
  if (record.rollback !== undefined) return;
  const at = ports.clock.now().toISOString();
  // Claimed before the command starts: whatever happens during it, this record never rolls back twice.
  record.rollback = { reason: signal.reason, cause: signal.cause, at, succeeded: false, detail: 'running' };
  ports.record('canary-rollback-start', { reason: signal.reason, cause: signal.cause, weight: record.weight });
  let detail: string;
  let succeeded: boolean;
  try {
    const outcome = await ports.runCommand('rollback', fillCommand(request.config.rollback, { weight: 0, version: request.version }));
    succeeded = outcome.ok;
    detail = outcome.detail;
  } catch (error) {
    succeeded = false;
    detail = errorMessage(error);
  }
  record.rollback = { ...record.rollback, succeeded, detail };
  record.status = succeeded ? 'rolled-back' : 'rollback-failed';
  if (succeeded) record.weight = 0;
  ports.record('decision', { decision: succeeded ? 'canary-rolled-back' : 'canary-rollback-failed', reason: signal.reason, cause: signal.cause, detail });
  try {
    await ports.progress?.(record, succeeded ? `Rolled back: ${signal.reason}` : `Rollback failed: ${detail}`);
  } catch (error) {
    ports.record('canary-progress-error', { message: errorMessage(error) });
  }
}

/** Bakes one step (with extensions) and returns the decision that stands. */
async function bakeAndDecide(
  request: RolloutRequest,
  ports: RolloutPorts,
  settings: JudgeSettings,
  stepIndex: number,
  stepRecord: StepRecord,
): Promise<EnforcedDecision> {
  const step = request.config.steps[stepIndex]!;
  const planned = Math.ceil(step.bakeSeconds / step.intervalSeconds);
  // Every bake the step may get (the config's extensions, or the one an agent may ask for), so the
  // sequential judge sees the same number of planned looks at every look of the step.
  const maxLooks = Math.min(MAX_LOOKS, planned * (1 + Math.max(settings.maxExtensions, 1)));
  const critical = new Set(request.config.metrics.filter((metric) => metric.critical === true).map((metric) => metric.name));
  const names = request.config.metrics.map((metric) => metric.name);
  const stepStart = new Date(stepRecord.startedAt);
  for (;;) {
    let last: LookRecord | undefined;
    for (let look = 1; look <= planned; look += 1) {
      await sleepUnlessCancelled(ports.clock, step.intervalSeconds * 1000, ports.signal);
      const end = ports.clock.now();
      const collected = await ports.collect({ start: stepStart, end, stepSeconds: resolutionSeconds(step) });
      const index = stepRecord.looks.length + 1;
      const judged = ports.judge({
        baseline: collected.baseline,
        canary: collected.canary,
        metrics: request.config.metrics,
        settings,
        look: { index, planned: maxLooks },
      });
      const result = guardNodata(judged, collected, names, settings.nodata, critical);
      last = { index, at: end.toISOString(), window: { start: stepStart.toISOString(), end: end.toISOString() }, result, telemetry: collected.telemetry, failures: collected.failures };
      stepRecord.looks.push(last);
      ports.record('canary-look', { weight: step.weight, look: index, verdict: result.verdict, score: result.score, reason: result.reason, metrics: result.metrics, failures: collected.failures });
      // Sequential looks: a failing look ends the step at once; a passing one keeps baking to the end.
      if (result.verdict === 'fail') {
        const decision: EnforcedDecision = { ...enforceDecision({ action: 'rollback', reason: `look ${index} at ${step.weight}%: ${result.reason}` }, undefined) };
        stepRecord.decisions.push({ ...decision, at: end.toISOString() });
        ports.record('decision', { decision: 'canary-step', weight: step.weight, action: decision.action, reason: decision.reason });
        return decision;
      }
    }
    const fallback = defaultDecision(last!.result.verdict, stepRecord.extensions, settings.maxExtensions, request.risk);
    let proposal;
    try {
      proposal = await ports.propose?.({
        version: request.version,
        weight: step.weight,
        stepIndex,
        steps: request.config.steps.length,
        risk: request.risk,
        look: last!,
        fallback,
      });
    } catch (error) {
      if (CancelledError.isInstance(error)) throw error;
      ports.record('canary-deployer-error', { message: errorMessage(error) });
    }
    let decision = enforceDecision(fallback, proposal);
    if (decision.action === 'extend-bake' && stepRecord.extensions >= Math.max(settings.maxExtensions, 1)) {
      // An agent may ask for more bakes than the config allows; past the limit, a human decides.
      decision = { ...decision, action: 'pause-for-human', reason: `${decision.reason}; extensions are used up (${stepRecord.extensions}), so a human decides` };
    }
    stepRecord.decisions.push({ ...decision, at: ports.clock.now().toISOString() });
    ports.record('decision', {
      decision: 'canary-step',
      weight: step.weight,
      action: decision.action,
      reason: decision.reason,
      default: decision.default,
      ...(decision.proposal === undefined ? {} : { proposal: decision.proposal, overridden: decision.overridden }),
    });
    if (decision.action !== 'extend-bake') return decision;
    stepRecord.extensions += 1;
  }
}
