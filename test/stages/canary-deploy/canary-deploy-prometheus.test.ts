import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { canaryDeployStage } from '../../../src/stages/canary-deploy/canary-deploy-stage.js';
import { runStage } from '../../../src/stages/shared/run-stage.js';
import { PROMETHEUS_MISSING, prometheusBinary, startMetricsService, startPrometheus, type MetricsService, type PrometheusServer } from '../../adapters/support/prometheus-server.js';
import { createInProcessRunner, type InProcessRunner } from '../support/in-process-runner.js';
import { RecordingIo } from '../support/recording-io.js';
import { canaryConfigYaml, commandLog, readJournal, readState } from './support/canary-fixture.js';

// The canary stage against a REAL Prometheus (Debian's `prometheus` package) on loopback, scraping
// two Node services every second — baseline and canary — whose error rate and latency the test
// sets. Traffic and rollback are real commands writing to a file; the system clock runs the bakes
// (2 steps × 4 s). Skipped with a message when the prometheus binary is not installed.

const binary = prometheusBinary();
if (binary === undefined) console.warn(PROMETHEUS_MISSING);

describe.skipIf(binary === undefined)('canary-deploy stage against a real Prometheus', () => {
  let baseline: MetricsService;
  let canaryService: MetricsService;
  let prometheus: PrometheusServer;
  let runner: InProcessRunner;
  let actionsFile: string;

  beforeAll(async () => {
    baseline = await startMetricsService(11);
    canaryService = await startMetricsService(12);
    prometheus = await startPrometheus(binary!, { baseline: baseline.port, canary: canaryService.port });
    await prometheus.waitForSamples(3);
  });
  afterAll(async () => {
    await prometheus?.stop();
    baseline?.stop();
    canaryService?.stop();
  });
  beforeEach(() => {
    runner = createInProcessRunner('drydock-canary-prometheus-', { '.github/.keep': '' }, '601');
    actionsFile = join(runner.root, 'actions.log');
    writeFileSync(
      join(runner.workspace, '.github', 'drydock.yml'),
      canaryConfigYaml({
        actionsFile,
        sources: { prometheus: { type: 'prometheus', url: prometheus.url, baseline: 'track="baseline"', canary: 'track="canary"' } },
        metrics: [
          { name: 'error-rate', source: 'prometheus', events: 'sum(http_requests_total{{selector},code="500"})', trials: 'sum(http_requests_total{{selector}})', critical: true },
          {
            name: 'latency-mean',
            source: 'prometheus',
            query: 'sum(rate(http_request_duration_seconds_sum{{selector}}[3s])) / sum(rate(http_request_duration_seconds_count{{selector}}[3s]))',
          },
        ],
        judge: { minSamples: 3 },
      }),
    );
  });
  afterEach(() => rmSync(runner.root, { recursive: true, force: true }));

  async function run(): Promise<{ recording: RecordingIo; outcome: string }> {
    const recording = new RecordingIo();
    recording.inputs = { version: 'v3.1.0', 'deployer-agent': 'false' };
    const outcome = await runStage(canaryDeployStage, { io: recording, environment: runner.environment });
    return { recording, outcome };
  }

  function statuses(): string[] {
    return JSON.parse(readFileSync(join(runner.root, 'temp', 'drydock-deployments.json'), 'utf8')).deployments[0].statuses.map((status: { state: string }) => status.state);
  }

  it('LP-001 a healthy canary is promoted to 100', async () => {
    await canaryService.control({ errorRate: 0.002, latencyFactor: 1 });
    const { recording, outcome } = await run();
    expect(recording.failures).toEqual([]);
    expect(outcome).toBe('succeeded');
    expect(recording.outputs).toMatchObject({ 'rollout-status': 'promoted', weight: '100', verdict: 'pass' });
    expect(commandLog(actionsFile)).toEqual(['weight 50 v3.1.0', 'weight 100 v3.1.0']);
    expect(statuses()).toEqual(['in_progress', 'in_progress', 'success']);
    const looks = readJournal(runner.artifactFile('drydock-canary-deploy-attempt-1', 'journal.jsonl')).filter((event) => event.kind === 'canary-look');
    expect(looks.length).toBe(4);
    // Real data reached the judge: the error rate had counts in both arms at the last look.
    const lastMetrics = looks.at(-1)!.data.metrics as Array<{ name: string; classification: string }>;
    expect(lastMetrics.map((metric) => [metric.name, metric.classification])).toEqual([['error-rate', 'pass'], ['latency-mean', 'pass']]);
  });

  it('LP-002 a canary with a 5% error rate is rolled back, the rollback command running exactly once', async () => {
    await canaryService.control({ errorRate: 0.05, latencyFactor: 1 });
    const { recording, outcome } = await run();
    expect(outcome).toBe('failed');
    expect(recording.outputs['rollout-status']).toBe('rolled-back');
    const log = commandLog(actionsFile);
    expect(log.filter((line) => line.startsWith('rollback'))).toEqual(['rollback v3.1.0']);
    expect(log).not.toContain('weight 100 v3.1.0');
    expect(statuses()).toEqual(['in_progress', 'failure']);
    const state = readState(runner.artifactFile('drydock-canary-deploy-attempt-1', 'state.json'));
    const rollout = state.stages['canary-deploy']!.result!.rollout as { status: string; rollback: { cause: string } };
    expect(rollout).toMatchObject({ status: 'rolled-back', rollback: { cause: 'verdict' } });
    expect(recording.summary).toContain('🔺 high');
  });
});
