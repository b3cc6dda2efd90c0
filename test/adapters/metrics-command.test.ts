import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCommandRunner } from '../../src/adapters/command-runner.js';
import { createCommandSource } from '../../src/adapters/metrics-command.js';
import { createFileWorkspace } from '../../src/adapters/workspace-fs.js';

describe('command source', async () => {
  const root = mkdtempSync(join(tmpdir(), 'drydock-metrics-command-'));
  writeFileSync(
    join(root, 'metrics.mjs'),
    [
      'const [query, start, end, step] = process.argv.slice(2);',
      'if (query === "fail") { process.stderr.write("no such metric"); process.exit(4); }',
      'process.stdout.write(JSON.stringify({ series: [{ labels: { query }, samples: [[Number(start), Number(step)], [Number(end), "NaN"]] }] }));',
    ].join('\n'),
  );
  const runner = createCommandRunner({ workspace: await createFileWorkspace(root) });
  const source = createCommandSource({ argv: [process.execPath, 'metrics.mjs', '{query}', '{start}', '{end}', '{step}'], run: (argv) => runner.run({ argv }) });
  const range = (query: string) => ({ query, start: new Date(100_000), end: new Date(160_000), stepSeconds: 15 });

  it('MC-001 fills whole arguments (a query with spaces stays one argument) and parses stdout', async () => {
    const series = await source.queryRange(range('latency {track="canary"} ; rm -rf /'));
    expect(series[0]!.labels.query).toBe('latency {track="canary"} ; rm -rf /');
    expect(series[0]!.samples[0]).toEqual([100, 15]);
    expect(Number.isNaN(series[0]!.samples[1]![1])).toBe(true);
  });

  it('MC-002 a failing command is an error with its exit code and stderr', async () => {
    await expect(source.queryRange(range('fail'))).rejects.toThrow(/exited with 4: no such metric/);
  });
});
