import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CANARY_FILE_BYTES } from '../../src/cli/canary-command.js';
import { runCli } from '../../src/cli/run-cli.js';
import { SeededRandom } from '../../src/core/stats/seeded-random.js';

/** CJ: `drydock canary judge` as a user runs it: files in, documented JSON out, exit codes. */

let directory: string;
const file = (name: string): string => path.join(directory, name);

function lognormal(random: SeededRandom, count: number, median: number): number[] {
  return Array.from({ length: count }, () => Math.round(median * Math.exp(0.15 * random.normal()) * 100) / 100);
}

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'drydock-canary-cli-'));
  const random = new SeededRandom(4);
  await writeFile(file('baseline.json'), JSON.stringify({ latency: lognormal(random, 200, 180), errors: { events: 0, trials: 1000 } }));
  await writeFile(file('healthy.json'), JSON.stringify({ latency: lognormal(random, 200, 180), errors: { events: 3, trials: 1000 } }));
  await writeFile(file('slow.json'), JSON.stringify({ latency: lognormal(random, 200, 250), errors: { events: 1, trials: 1000 } }));
  await writeFile(file('empty-baseline.json'), JSON.stringify({ latency: [], errors: { events: 0, trials: 0 } }));
  await writeFile(file('judge.yml'), 'metrics:\n  latency:\n    critical: true\n    allowedChange: 0.1\n  errors:\n    kind: rate\n');
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

interface JudgeJson {
  verdict: string;
  score: number;
  metrics: Array<{ name: string; classification: string; effect: number | null; ci: [number, number] | null; detail: string }>;
  reason: string;
}

describe('drydock canary judge', () => {
  it('CJ-001 prints exactly the documented JSON and exits 0 on pass', async () => {
    const output = await runCli(['canary', 'judge', '--baseline', file('baseline.json'), '--canary', file('healthy.json'), '--json']);
    expect(output.stderr).toBe('');
    expect(output.exitCode).toBe(0);
    const json = JSON.parse(output.stdout) as JudgeJson;
    expect(Object.keys(json)).toEqual(['verdict', 'score', 'metrics', 'reason']);
    expect(json.verdict).toBe('pass');
    expect(json.score).toBe(100);
    for (const metric of json.metrics) expect(Object.keys(metric)).toEqual(['name', 'classification', 'effect', 'ci', 'detail']);
    const errors = json.metrics.find((metric) => metric.name === 'errors')!;
    expect(errors.classification).toBe('pass');
    expect(errors.effect).toBeCloseTo(0.003, 10);
    expect(errors.detail).toContain('0/1000 (0.000%) → 3/1000 (0.300%)');
  });

  it('CJ-002 exits 1 on a regression, with the config applied, and prints a table without --json', async () => {
    const output = await runCli(['canary', 'judge', '--baseline', file('baseline.json'), '--canary', file('slow.json'), '--config', file('judge.yml')]);
    expect(output.exitCode).toBe(1);
    expect(output.stdout).toMatch(/^Verdict: fail \(score 50\)\nCritical metric failed: latency \(high\)\./);
    expect(output.stdout).toMatch(/\nhigh +0\.3\d+ +\[0\.\d+, 0\.\d+\] +latency \(critical\)\n/);
  });

  it('CJ-003 calls a control without data nodata and the verdict inconclusive', async () => {
    const output = await runCli(['canary', 'judge', '--baseline', file('empty-baseline.json'), '--canary', file('healthy.json'), '--json']);
    expect(output.exitCode).toBe(1);
    const json = JSON.parse(output.stdout) as JudgeJson;
    expect(json.verdict).toBe('inconclusive');
    expect(json.metrics.map((metric) => [metric.name, metric.classification, metric.effect, metric.ci])).toEqual([
      ['latency', 'nodata', null, null],
      ['errors', 'nodata', null, null],
    ]);
  });

  it('CJ-004 names the file and the key of malformed input and exits 2', async () => {
    await writeFile(file('bad.json'), '{"latency": [1, 2, {"x": 1}]}');
    const output = await runCli(['canary', 'judge', '--baseline', file('baseline.json'), '--canary', file('bad.json'), '--json']);
    expect(output.exitCode).toBe(2);
    expect(output.stdout).toBe('');
    expect(output.stderr).toBe(`drydock canary judge: ${file('bad.json')}: latency[2]: expected a number (or null / "NaN" for a missing value), got a mapping\n`);
    const missing = await runCli(['canary', 'judge', '--baseline', file('nope.json'), '--canary', file('bad.json')]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain(`${file('nope.json')}: cannot open the baseline file`);
    const directoryInput = await runCli(['canary', 'judge', '--baseline', directory, '--canary', file('bad.json')]);
    expect(directoryInput.stderr).toContain(`${directory}: the baseline file is not a regular file`);
  });

  it('CJ-005 refuses a huge file before reading it, and binary content', async () => {
    await writeFile(file('huge.json'), '');
    await truncate(file('huge.json'), MAX_CANARY_FILE_BYTES + 1);
    const huge = await runCli(['canary', 'judge', '--baseline', file('huge.json'), '--canary', file('healthy.json')]);
    expect(huge.exitCode).toBe(2);
    expect(huge.stderr).toContain(`${file('huge.json')}: the baseline file is ${MAX_CANARY_FILE_BYTES + 1} bytes, larger than the ${MAX_CANARY_FILE_BYTES} allowed`);
    await writeFile(file('binary.json'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    const binary = await runCli(['canary', 'judge', '--baseline', file('baseline.json'), '--canary', file('binary.json')]);
    expect(binary.stderr).toContain(`${file('binary.json')}: the canary file is not UTF-8 text`);
  });

  it('CJ-006 names the config file and key path of a bad config and exits 2', async () => {
    await writeFile(file('bad.yml'), 'metrics:\n  latency:\n    direction: sideways\n');
    const output = await runCli(['canary', 'judge', '--baseline', file('baseline.json'), '--canary', file('healthy.json'), '--config', file('bad.yml')]);
    expect(output.exitCode).toBe(2);
    expect(output.stderr).toBe(`drydock canary judge: ${file('bad.yml')}: metrics.latency.direction: expected one of "increase", "decrease", "either", got the string "sideways" (line 3)\n`);
  });

  it('CJ-007 answers usage errors with 64 and the usage text', async () => {
    const cases: Array<[string[], string]> = [
      [['canary'], 'canary needs a subcommand: judge'],
      [['canary', 'promote'], "unknown canary subcommand 'promote'"],
      [['canary', 'judge', '--canary', 'c.json'], 'canary judge needs --baseline FILE'],
      [['canary', 'judge', '--baseline', 'b.json'], 'canary judge needs --canary FILE'],
      [['canary', 'judge', '--baseline', 'b.json', '--canary', 'c.json', 'extra'], 'unexpected arguments: extra'],
      [['canary', 'judge', '--baseline', 'b.json', '--canary', 'c.json', '--repo', '.'], 'canary judge takes --baseline, --canary, --config and --json only, not --repo'],
      [['journal', 'verify', 'j.jsonl', '--baseline', 'b.json'], '--baseline and --canary apply to canary judge only'],
    ];
    for (const [argv, message] of cases) {
      const output = await runCli(argv);
      expect(output.exitCode, argv.join(' ')).toBe(64);
      expect(output.stderr).toContain(`drydock: ${message}\n`);
      expect(output.stderr).toContain('canary judge --baseline FILE --canary FILE');
    }
  });

  it('CJ-008 runs as a real process with the documented exit code', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'canary', 'judge', '--baseline', file('baseline.json'), '--canary', file('slow.json'), '--json'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as JudgeJson).verdict).toBe('fail');
  });
});
