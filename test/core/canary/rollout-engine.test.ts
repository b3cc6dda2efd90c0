import { describe, expect, it } from 'vitest';
import type { CanaryConfigInput } from '../../../src/core/config/canary-schema.js';
import type { DeployerProposal } from '../../../src/core/canary/deployer-decision.js';
import type { CollectedLook, LookWindow } from '../../../src/core/canary/observations.js';
import { runRollout } from '../../../src/core/canary/rollout-engine.js';
import type { DeployerContext, RolloutPorts, RolloutRecord, RolloutRequest } from '../../../src/core/canary/rollout-types.js';
import { manualClock } from '../../support/manual-clock.js';
import { thresholdJudge } from './support/threshold-judge.js';

const CONFIG: CanaryConfigInput = {
  steps: [
    { weight: 10, bakeSeconds: 60, intervalSeconds: 20 },
    { weight: 50, bakeSeconds: 60, intervalSeconds: 30 },
    { weight: 100, bakeSeconds: 40, intervalSeconds: 20 },
  ],
  traffic: ['set-weight', '{weight}', '{version}'],
  rollback: ['rollback', '{version}'],
  deploy: ['deploy', '{version}'],
  sources: { prom: { type: 'prometheus', url: 'http://127.0.0.1:9090', baseline: 'b', canary: 'c' } },
  metrics: [
    { name: 'errors', source: 'prom', events: 'e', trials: 't', critical: true },
    { name: 'latency', source: 'prom', query: 'q' },
  ],
};

interface Arm {
  errorRate: number;
  latency: number;
}

/** A world whose canary behaviour can change with the weight; it records every command and event. */
function world(options: { canary?: (weight: number) => Arm | 'nodata'; failCommand?: string; propose?: (context: DeployerContext) => DeployerProposal | undefined; signal?: AbortSignal } = {}) {
  const clock = manualClock();
  const commands: string[][] = [];
  const events: Array<{ kind: string; data: Readonly<Record<string, unknown>> }> = [];
  const progress: string[] = [];
  const contexts: DeployerContext[] = [];
  let weight = 0;
  const observe = (arm: Arm | 'nodata') =>
    arm === 'nodata'
      ? { errors: [], latency: [] }
      : { errors: { events: Math.round(arm.errorRate * 1000), trials: 1000 }, latency: Array.from({ length: 20 }, (_, index) => arm.latency + (index % 5)) };
  const ports: RolloutPorts = {
    clock,
    async runCommand(_purpose, argv) {
      commands.push([...argv]);
      if (argv[0] === 'set-weight') weight = Number(argv[1]);
      if (argv[0] === options.failCommand) return { ok: false, detail: 'exit code 1: boom' };
      return { ok: true, detail: 'exit code 0' };
    },
    async collect(_window: LookWindow): Promise<CollectedLook> {
      const canary = options.canary?.(weight) ?? { errorRate: 0.001, latency: 100 };
      return { baseline: observe({ errorRate: 0.001, latency: 100 }), canary: observe(canary), telemetry: [], failures: [] };
    },
    judge: thresholdJudge,
    record: (kind, data) => events.push({ kind, data }),
    progress: async (_record, description) => {
      progress.push(description);
    },
    ...(options.propose === undefined
      ? {}
      : {
          propose: async (context: DeployerContext) => {
            contexts.push(context);
            return options.propose!(context);
          },
        }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  };
  return { ports, clock, commands, events, progress, contexts };
}

// Without a critical metric, missing data makes the verdict inconclusive rather than failing it.
const NOT_CRITICAL: CanaryConfigInput = { ...CONFIG, metrics: CONFIG.metrics.map((metric) => ({ ...metric, critical: false })) };
const request = (overrides: Partial<RolloutRequest> = {}): RolloutRequest => ({ config: CONFIG, version: 'v2', untilWeight: 100, risk: undefined, ...overrides });
const rollbacks = (commands: string[][]) => commands.filter((argv) => argv[0] === 'rollback');

describe('rollout engine', () => {
  it('RE-001 a healthy canary goes 10 → 50 → 100 with a look per interval and no rollback', async () => {
    const { ports, commands, clock, progress } = world();
    const record = await runRollout(request(), ports);
    expect(record.status).toBe('promoted');
    expect(record.weight).toBe(100);
    expect(commands).toEqual([['deploy', 'v2'], ['set-weight', '10', 'v2'], ['set-weight', '50', 'v2'], ['set-weight', '100', 'v2']]);
    expect(record.steps.map((step) => step.looks.length)).toEqual([3, 2, 2]);
    expect(clock.sleeps).toEqual([20_000, 20_000, 20_000, 30_000, 30_000, 20_000, 20_000]);
    expect(record.steps.every((step) => step.decisions.at(-1)!.action === 'continue')).toBe(true);
    expect(progress.at(-1)).toBe('Promoted v2 to 100%');
  });

  it('RE-002 a failing look rolls back at once, exactly once, and keeps the record', async () => {
    const { ports, commands, events } = world({ canary: (weight) => ({ errorRate: weight >= 50 ? 0.05 : 0.001, latency: 100 }) });
    const record = await runRollout(request(), ports);
    expect(record.status).toBe('rolled-back');
    expect(record.weight).toBe(0);
    expect(rollbacks(commands)).toEqual([['rollback', 'v2']]);
    expect(commands.map((argv) => argv[1])).not.toContain('100');
    expect(record.steps[1]!.looks).toHaveLength(1);
    expect(record.steps[1]!.looks[0]!.result.verdict).toBe('fail');
    expect(record.rollback).toMatchObject({ cause: 'verdict', succeeded: true });
    expect(events.filter((event) => event.kind === 'canary-rollback-start')).toHaveLength(1);
  });

  it('RE-003 a latency regression fails the non-critical metric and the score', async () => {
    const { ports, commands } = world({ canary: () => ({ errorRate: 0.001, latency: 150 }) });
    const record = await runRollout(request(), ports);
    expect(record.status).toBe('rolled-back');
    expect(record.steps[0]!.looks[0]!.result.metrics.find((metric) => metric.name === 'latency')!.classification).toBe('high');
    expect(rollbacks(commands)).toHaveLength(1);
  });

  it('RE-004 a failing traffic command rolls back once; a failing rollback is recorded, never retried', async () => {
    const traffic = world({ failCommand: 'set-weight' });
    const record = await runRollout(request(), traffic.ports);
    expect(record.status).toBe('rolled-back');
    expect(record.rollback).toMatchObject({ cause: 'command-failed' });
    expect(rollbacks(traffic.commands)).toHaveLength(1);

    const broken = world({ failCommand: 'rollback', canary: () => ({ errorRate: 0.2, latency: 100 }) });
    const failed = await runRollout(request(), broken.ports);
    expect(failed.status).toBe('rollback-failed');
    expect(failed.rollback).toMatchObject({ succeeded: false, detail: 'exit code 1: boom' });
    expect(rollbacks(broken.commands)).toHaveLength(1);
  });

  it('RE-005 cancellation during a bake rolls back once', async () => {
    const controller = new AbortController();
    let looks = 0;
    const { ports, commands } = world({
      signal: controller.signal,
      canary: () => {
        looks += 1;
        if (looks === 2) controller.abort('SIGINT');
        return { errorRate: 0.001, latency: 100 };
      },
    });
    const record = await runRollout(request(), ports);
    expect(record.status).toBe('rolled-back');
    expect(record.rollback).toMatchObject({ cause: 'cancelled', reason: 'The rollout was cancelled (SIGINT).' });
    expect(rollbacks(commands)).toHaveLength(1);
  });

  it('RE-006 until-weight pauses before the next step; the next job continues from there without redeploying', async () => {
    const first = world();
    const paused = await runRollout(request({ untilWeight: 50 }), first.ports);
    expect(paused).toMatchObject({ status: 'paused', weight: 50, nextStep: 2 });
    expect(paused.pauseReason).toContain('until-weight 50');
    const second = world();
    const done = await runRollout(request({ previous: paused }), second.ports);
    expect(done.status).toBe('promoted');
    expect(second.commands).toEqual([['set-weight', '100', 'v2']]);
    expect(done.steps.map((step) => step.weight)).toEqual([10, 50, 100]);
  });

  it('RE-007 a record that already rolled back never runs the rollback again', async () => {
    const first = world({ canary: () => ({ errorRate: 0.3, latency: 100 }) });
    const rolledBack: RolloutRecord = await runRollout(request(), first.ports);
    const again = world();
    const same = await runRollout(request({ previous: rolledBack }), again.ports);
    expect(same.status).toBe('rolled-back');
    expect(again.commands).toEqual([]);
  });

  it('RE-007b a record whose rollback failed retries only the rollback, once', async () => {
    const broken = world({ failCommand: 'rollback', canary: () => ({ errorRate: 0.3, latency: 100 }) });
    const failed = await runRollout(request(), broken.ports);
    const retry = world();
    const retried = await runRollout(request({ previous: failed }), retry.ports);
    expect(retried).toMatchObject({ status: 'rolled-back', weight: 0, rollback: { succeeded: true, cause: 'verdict' } });
    expect(retried.rollback!.reason).toContain('retrying the rollback that failed earlier');
    expect(retry.commands).toEqual([['rollback', 'v2']]);
  });

  it('RE-008 no data is never a pass: inconclusive, one more bake, then rollback', async () => {
    const { ports, commands } = world({ canary: () => 'nodata' });
    const record = await runRollout(request({ config: NOT_CRITICAL }), ports);
    expect(record.status).toBe('rolled-back');
    expect(record.steps[0]!.extensions).toBe(1);
    expect(record.steps[0]!.looks.every((look) => look.result.verdict === 'inconclusive')).toBe(true);
    expect(record.steps[0]!.decisions.map((decision) => decision.action)).toEqual(['extend-bake', 'rollback']);
    expect(rollbacks(commands)).toHaveLength(1);
  });

  it('RE-008b a critical metric without data fails the look at once', async () => {
    const { ports, commands } = world({ canary: () => 'nodata' });
    const record = await runRollout(request(), ports);
    expect(record.steps[0]!.looks.map((look) => look.result.verdict)).toEqual(['fail']);
    expect(rollbacks(commands)).toHaveLength(1);
  });

  it('RE-009 a judge that calls empty data a pass is corrected by the guard', async () => {
    const { ports } = world({ canary: () => 'nodata' });
    const lenient: RolloutPorts = { ...ports, judge: (judgeRequest) => ({ ...thresholdJudge(judgeRequest), verdict: 'pass', score: 100, metrics: [] }) };
    const record = await runRollout(request({ config: { ...CONFIG, judge: { nodata: 'fail' } } }), lenient);
    expect(record.status).toBe('rolled-back');
    const look = record.steps[0]!.looks[0]!;
    expect(look.result.verdict).toBe('fail');
    expect(look.result.metrics.map((metric) => [metric.name, metric.classification])).toEqual([['errors', 'nodata'], ['latency', 'nodata']]);
  });
});

describe('deployer decisions under the engine', () => {

  it('DA-001 the agent cannot promote past an inconclusive judge', async () => {
    const { ports, commands, contexts } = world({ canary: () => 'nodata', propose: () => ({ action: 'continue', reasons: ['looks fine to me'] }) });
    const record = await runRollout(request({ config: NOT_CRITICAL }), ports);
    expect(record.status).toBe('rolled-back');
    const decision = record.steps[0]!.decisions[0]!;
    expect(decision).toMatchObject({ action: 'extend-bake', overridden: true, proposal: { action: 'continue' } });
    expect(decision.reason).toContain('less cautious');
    expect(contexts[0]!.fallback.action).toBe('extend-bake');
    expect(commands.map((argv) => argv[1])).not.toContain('50');
  });

  it('DA-002 the agent may roll back a passing canary', async () => {
    const { ports, commands } = world({ propose: (context) => (context.weight === 50 ? { action: 'rollback', reasons: ['p95 creeping up'] } : { action: 'continue', reasons: ['pass'] }) });
    const record = await runRollout(request(), ports);
    expect(record.status).toBe('rolled-back');
    expect(record.rollback!.reason).toContain('more cautious rollback');
    expect(rollbacks(commands)).toHaveLength(1);
  });

  it('DA-003 the agent may pause for a human; the gate holds whatever it says', async () => {
    const pause = world({ propose: () => ({ action: 'pause-for-human', reasons: ['new dependency'] }) });
    const paused = await runRollout(request(), pause.ports);
    expect(paused).toMatchObject({ status: 'paused', weight: 10, nextStep: 1 });
    const gate = world({ propose: () => ({ action: 'continue', reasons: ['ship it'] }) });
    const atGate = await runRollout(request({ untilWeight: 10 }), gate.ports);
    expect(atGate).toMatchObject({ status: 'paused', weight: 10, nextStep: 1 });
    expect(gate.commands.map((argv) => argv[1])).toEqual(['v2', '10']);
  });

  it('DA-004 high risk: a marginal verdict rolls back at once instead of baking again', async () => {
    const canary = () => ({ errorRate: 0.001, latency: 100 });
    const slowCpu: RolloutPorts['judge'] = (judgeRequest) => {
      const result = thresholdJudge(judgeRequest);
      return { ...result, verdict: 'marginal', score: 67 };
    };
    const low = world({ canary });
    const lowRecord = await runRollout(request({ risk: 'low' }), { ...low.ports, judge: slowCpu });
    expect(lowRecord.steps[0]!.decisions.map((decision) => decision.action)).toEqual(['extend-bake', 'rollback']);
    const high = world({ canary });
    const highRecord = await runRollout(request({ risk: 'high' }), { ...high.ports, judge: slowCpu });
    expect(highRecord.steps[0]!.decisions.map((decision) => decision.action)).toEqual(['rollback']);
    expect(highRecord.rollback!.reason).toContain('high-risk');
  });

  it('DA-005 endless extend-bake from the agent ends with a human', async () => {
    const { ports } = world({ propose: () => ({ action: 'extend-bake', reasons: ['not sure yet'] }) });
    const record = await runRollout(request(), ports);
    expect(record).toMatchObject({ status: 'paused', weight: 10 });
    expect(record.steps[0]!.decisions.map((decision) => decision.action)).toEqual(['extend-bake', 'pause-for-human']);
  });

  it('DA-006 an agent that fails to answer leaves the deterministic decision', async () => {
    const { ports } = world({ propose: () => undefined });
    expect((await runRollout(request(), ports)).status).toBe('promoted');
  });
});
