import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * A real Prometheus (Debian's `prometheus` package: `apt-get install -y prometheus`) started on
 * loopback for a test, scraping local services every second, and the small Node services it
 * scrapes (metrics-service.mjs). Tests skip when the binary is not installed.
 */

/** The prometheus binary, if installed (PROMETHEUS_BINARY overrides the PATH lookup). */
export function prometheusBinary(): string | undefined {
  const candidate = process.env.PROMETHEUS_BINARY ?? 'prometheus';
  const probe = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? candidate : undefined;
}

/** Message for `describe.skipIf`. */
export const PROMETHEUS_MISSING =
  'Skipping the live Prometheus tests: no `prometheus` binary on PATH (install it with `apt-get install -y prometheus`, or set PROMETHEUS_BINARY).';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A running metrics service. */
export interface MetricsService {
  port: number;
  /** Changes the simulated requests: error rate (0–1) and latency factor (1 = normal). */
  control(settings: { errorRate?: number; latencyFactor?: number }): Promise<void>;
  stop(): void;
}

/** Starts metrics-service.mjs as its own Node process. */
export async function startMetricsService(seed: number): Promise<MetricsService> {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'metrics-service.mjs'), String(seed)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve(Number(/^listening (\d+)$/.exec(line)?.[1])));
    child.once('exit', (code) => reject(new Error(`metrics service exited with ${code}`)));
  });
  return {
    port,
    async control(settings) {
      const response = await fetch(`http://127.0.0.1:${port}/control`, { method: 'POST', body: JSON.stringify(settings) });
      if (!response.ok) throw new Error(`control answered ${response.status}`);
    },
    stop: () => child.kill('SIGTERM'),
  };
}

/** A running Prometheus. */
export interface PrometheusServer {
  /** Base URL, such as http://127.0.0.1:41234. */
  url: string;
  /** Resolves once every target has been scraped at least `samples` times. */
  waitForSamples(samples: number): Promise<void>;
  stop(): Promise<void>;
}

/** Targets: label `track` → port on 127.0.0.1. */
export async function startPrometheus(binary: string, targets: Readonly<Record<string, number>>): Promise<PrometheusServer> {
  const directory = mkdtempSync(join(tmpdir(), 'drydock-prometheus-'));
  const port = await freePort();
  const config = [
    'global:',
    '  scrape_interval: 1s',
    '  scrape_timeout: 900ms',
    '  evaluation_interval: 1s',
    'scrape_configs:',
    '  - job_name: app',
    '    static_configs:',
    ...Object.entries(targets).flatMap(([track, targetPort]) => [`      - targets: ['127.0.0.1:${targetPort}']`, `        labels: { track: ${track} }`]),
    '',
  ].join('\n');
  writeFileSync(join(directory, 'prometheus.yml'), config);
  const child: ChildProcess = spawn(
    binary,
    [
      `--config.file=${join(directory, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(directory, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (log = (log + chunk).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode}: ${log}`);
    const ready = await fetch(`${url}/-/ready`).then((response) => response.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`prometheus did not become ready: ${log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    async waitForSamples(samples) {
      const until = Date.now() + 30_000;
      for (;;) {
        const answer = (await (await fetch(`${url}/api/v1/query?query=${encodeURIComponent('count_over_time(up[1m])')}`)).json()) as {
          data: { result: Array<{ value: [number, string] }> };
        };
        const counts = answer.data.result.map((entry) => Number(entry.value[1]));
        if (counts.length === Object.keys(targets).length && counts.every((count) => count >= samples)) return;
        if (Date.now() > until) throw new Error(`targets were not scraped ${samples} times: ${JSON.stringify(answer)}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)));
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
