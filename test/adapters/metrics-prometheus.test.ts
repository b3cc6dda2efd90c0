import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectLook } from '../../src/core/canary/observations.js';
import { createPrometheusSource } from '../../src/adapters/metrics-prometheus.js';
import { loadExchange, serveRecorded } from './support/recorded-prometheus.js';
import { PROMETHEUS_MISSING, prometheusBinary, startMetricsService, startPrometheus, type MetricsService, type PrometheusServer } from './support/prometheus-server.js';

const FIXTURES = ['counter-canary', 'errors-canary', 'latency-p95-by-track', 'nan', 'empty', 'error-bad-data'];

function rangeOf(name: string) {
  const { request } = loadExchange(name);
  return { query: request.query, start: new Date(request.start * 1000), end: new Date(request.end * 1000), stepSeconds: 1 };
}

describe('Prometheus source against recorded answers', () => {
  let server: Awaited<ReturnType<typeof serveRecorded>>;
  beforeAll(async () => {
    server = await serveRecorded(FIXTURES);
  });
  afterAll(async () => server.close());

  it('MP-001 speaks query_range with query, start, end and step', async () => {
    const source = createPrometheusSource({ url: `${server.url}/` });
    const series = await source.queryRange(rangeOf('counter-canary'));
    const asked = server.requests.at(-1)!;
    expect(asked.get('query')).toBe('sum(http_requests_total{track="canary"})');
    expect(Number(asked.get('start'))).toBe(loadExchange('counter-canary').request.start);
    expect(asked.get('step')).toBe('1s');
    expect(series).toHaveLength(1);
    const values = series[0]!.samples.map(([, value]) => value);
    expect(values.length).toBeGreaterThan(2);
    expect(values.every((value, index) => index === 0 || value >= values[index - 1]!)).toBe(true);
  });

  it('MP-002 keeps labels of several series', async () => {
    const series = await createPrometheusSource({ url: server.url }).queryRange(rangeOf('latency-p95-by-track'));
    expect(series.map((entry) => entry.labels.track).sort()).toEqual(['baseline', 'canary']);
  });

  it('MP-003 "NaN" stays NaN and an empty matrix is no series: both are no data, never a pass', async () => {
    const source = createPrometheusSource({ url: server.url });
    const nan = await source.queryRange(rangeOf('nan'));
    expect(nan[0]!.samples.every(([, value]) => Number.isNaN(value))).toBe(true);
    expect(await source.queryRange(rangeOf('empty'))).toEqual([]);
    const window = { start: new Date(0), end: new Date(1000), stepSeconds: 1 };
    const look = await collectLook(
      [
        { name: 'nan', source: 'prom', query: 'vector(0) / vector(0)' },
        { name: 'empty', source: 'prom', events: 'sum(http_requests_total{track="absent"})', trials: 'sum(http_requests_total{track="absent"})' },
      ],
      { prom: { source, baseline: '', canary: '' } },
      window,
    );
    expect(look.canary).toEqual({ nan: [], empty: [] });
    expect(look.telemetry.map((entry) => entry.canary.mean)).toEqual([null, null]);
  });

  it('MP-004 an error answer throws with Prometheus\'s errorType and message', async () => {
    await expect(createPrometheusSource({ url: server.url }).queryRange(rangeOf('error-bad-data'))).rejects.toThrow(/bad_data: 1:25: parse error/);
  });

  it('MP-005 an unreachable server names the endpoint without its query', async () => {
    const source = createPrometheusSource({ url: 'http://127.0.0.1:9/', timeoutMs: 2000 });
    await expect(source.queryRange(rangeOf('nan'))).rejects.toThrow(/Could not reach the metrics source http:\/\/127\.0\.0\.1:9\/api\/v1\/query_range:/);
  });
});

const binary = prometheusBinary();
if (binary === undefined) console.warn(PROMETHEUS_MISSING);

describe.skipIf(binary === undefined)('Prometheus source against a real Prometheus', () => {
  let baseline: MetricsService;
  let canary: MetricsService;
  let prometheus: PrometheusServer;
  beforeAll(async () => {
    baseline = await startMetricsService(1);
    canary = await startMetricsService(2);
    await canary.control({ errorRate: 0.05 });
    prometheus = await startPrometheus(binary!, { baseline: baseline.port, canary: canary.port });
    await prometheus.waitForSamples(4);
  });
  afterAll(async () => {
    await prometheus?.stop();
    baseline?.stop();
    canary?.stop();
  });

  it('MP-010 counts events and trials per arm from the selectors', async () => {
    const source = createPrometheusSource({ url: prometheus.url });
    const end = new Date();
    const look = await collectLook(
      [{ name: 'errors', source: 'prom', events: 'sum(http_requests_total{{selector},code="500"})', trials: 'sum(http_requests_total{{selector}})' }],
      { prom: { source, baseline: 'track="baseline"', canary: 'track="canary"' } },
      { start: new Date(end.getTime() - 3000), end, stepSeconds: 1 },
    );
    expect(look.failures).toEqual([]);
    const canaryCounts = look.canary.errors as { events: number; trials: number };
    const baselineCounts = look.baseline.errors as { events: number; trials: number };
    expect(canaryCounts.trials).toBeGreaterThan(100);
    expect(canaryCounts.events / canaryCounts.trials).toBeCloseTo(0.05, 2);
    expect(baselineCounts.events / baselineCounts.trials).toBeLessThan(0.01);
  });
});
