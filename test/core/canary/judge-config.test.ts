import { describe, expect, it } from 'vitest';
import { parseJudgeConfig } from '../../../src/core/canary/judge-config-file.js';
import { JUDGE_DEFAULTS, metricSettingsFor, resolveJudgeConfig } from '../../../src/core/canary/judge-config.js';
import { parseArmObservations } from '../../../src/core/canary/judge-input.js';
import { InputError } from '../../../src/core/errors.js';

function errorOf(action: () => unknown): InputError {
  try {
    action();
  } catch (error) {
    if (InputError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('judge config', () => {
  it('fills the documented defaults; an empty file means the defaults', () => {
    const config = parseJudgeConfig('# nothing here\n', 'judge.yml');
    expect(config).toEqual(resolveJudgeConfig());
    expect(config).toMatchObject({ alpha: 0.01, thresholds: { pass: 90, marginal: 70 }, nodata: 'inconclusive', minSamples: 5, spending: 'quadratic', metrics: {} });
    expect(metricSettingsFor(config, 'anything')).toEqual({
      direction: 'increase',
      critical: false,
      weight: 1,
      tail: { percentiles: [95, 99], allowedChange: JUDGE_DEFAULTS.tail.allowedChange },
      spread: { allowedChange: JUDGE_DEFAULTS.spread.allowedChange },
    });
  });

  it('reads per-metric settings from YAML and from JSON', () => {
    const yaml = parseJudgeConfig(
      ['alpha: 0.02', 'nodata: fail', 'metrics:', '  latency:', '    kind: continuous', '    allowedChange: 0.1', '    critical: true', '    tail: { percentiles: [99], allowedChange: 0.2 }', '    spread: false', '  errors:', '    kind: rate', '    weight: 2'].join('\n'),
      'judge.yml',
    );
    expect(yaml.alpha).toBe(0.02);
    expect(yaml.nodata).toBe('fail');
    expect(yaml.metrics.latency).toEqual({ kind: 'continuous', direction: 'increase', allowedChange: 0.1, critical: true, weight: 1, tail: { percentiles: [99], allowedChange: 0.2 }, spread: false });
    expect(yaml.metrics.errors?.weight).toBe(2);
    const json = parseJudgeConfig('{"metrics": {"errors": {"kind": "rate", "direction": "either"}}}', 'judge.json');
    expect(json.metrics.errors?.direction).toBe('either');
  });

  it('names the file, the key path and the line of each problem', () => {
    const error = errorOf(() =>
      parseJudgeConfig(['thresholds:', '  pass: 60', '  marginal: 70', 'metrics:', '  latency:', '    direction: up', '    allowedChnge: 0.1', '    weight: 0'].join('\n'), 'judge.yml'),
    );
    const lines = error.message.split('\n');
    expect(lines.some((line) => line.startsWith('judge.yml: metrics.latency.direction: expected one of "increase", "decrease", "either", got the string "up" (line 6)'))).toBe(true);
    expect(lines.some((line) => line.startsWith('judge.yml: metrics.latency.allowedChnge: unknown key. Did you mean "allowedChange"?'))).toBe(true);
    expect(lines.some((line) => line.startsWith('judge.yml: metrics.latency.weight: expected a weight above 0, got the number 0 (line 8)'))).toBe(true);
    expect(error.where).toBe('judge.yml:6');
    const order = errorOf(() => parseJudgeConfig('thresholds:\n  pass: 60\n  marginal: 80\n', 'judge.yml'));
    expect(order.message).toBe('judge.yml: thresholds.marginal: the marginal threshold (80) must not be above the pass threshold (60) (line 3)');
  });

  it('reports YAML syntax errors with line and column, and refuses alias bombs', () => {
    expect(errorOf(() => parseJudgeConfig('metrics: [unclosed\n', 'judge.yml')).message).toMatch(/^judge\.yml: YAML syntax error: .*\(line \d+, column \d+\)/);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    expect(errorOf(() => parseJudgeConfig(bomb, 'judge.yml')).message).toMatch(/^judge\.yml: cannot read the YAML/);
  });
});

describe('judge input files', () => {
  it('reads samples and counts; unmeasured values become NaN so the judge calls them nodata', () => {
    const observations = parseArmObservations('{"latency": [1, 2.5, null, "NaN", "+Inf"], "errors": {"events": 3, "trials": 1000}, "__proto__x": [1]}', 'baseline.json');
    expect(observations.latency).toEqual([1, 2.5, Number.NaN, Number.NaN, Number.NaN]);
    expect(observations.errors).toEqual({ events: 3, trials: 1000 });
    expect(Object.keys(observations)).toEqual(['latency', 'errors', '__proto__x']);
  });

  it('names the file and the key of malformed or hostile content', () => {
    const cases: Array<[string, string]> = [
      ['not json', 'canary.json: not valid JSON:'],
      ['[1, 2]', 'canary.json: expected a JSON object mapping metric names to samples or counts, got a list of 2'],
      ['{"latency": [1, "fast"]}', 'canary.json: latency[1]: expected a number (or null / "NaN" for a missing value), got the string "fast"'],
      ['{"latency": "fast"}', 'canary.json: latency: expected a list of samples or {"events": n, "trials": m}, got the string "fast"'],
      ['{"errors": {"events": 5, "trials": 3}}', 'canary.json: errors.events: events (5) must not exceed trials (3)'],
      ['{"errors": {"events": -1, "trials": 3}}', 'canary.json: errors.events: expected a whole number of at least 0, got the number -1'],
      ['{"errors": {"events": 1.5, "trials": 3}}', 'canary.json: errors.events: expected a whole number of at least 0, got the number 1.5'],
      ['{"errors": {"events": 1}}', 'canary.json: errors.trials: missing; counts need events and trials'],
      ['{"errors": {"events": 1, "trials": 2, "rate": 0.5}}', 'canary.json: errors.rate: unknown key; expected events and trials'],
      ['{"__proto__": [1, 2, 3]}', 'canary.json: __proto__: a metric name must not be "__proto__"'],
      ['{"bad\\nname": [1]}', 'canary.json: ["bad\\nname"]: a metric name must not contain control characters'],
      ['{"": [1]}', 'canary.json: [""]: a metric name must not be empty'],
    ];
    for (const [text, message] of cases) expect(errorOf(() => parseArmObservations(text, 'canary.json')).message).toContain(message);
    const many = `{${Array.from({ length: 1001 }, (_, index) => `"m${index}": [1]`).join(',')}}`;
    expect(errorOf(() => parseArmObservations(many, 'canary.json')).message).toBe('canary.json: too many metrics: 1001, at most 1000');
    const deep = `{"latency": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(errorOf(() => parseArmObservations(deep, 'canary.json')).message).toMatch(/^canary\.json: (latency\[0\]: expected a number|not valid JSON)/);
  });
});
