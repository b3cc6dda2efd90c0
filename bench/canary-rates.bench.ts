/**
 * The canary judge's error rates on synthetic data (see canary-synthetic-data.ts for exactly how it
 * is generated): false rollbacks on A/A data, false promotions on a +10% latency shift and on a 2×
 * error rate, at 30, 100 and 1,000 samples per arm, with one look and with four sequential looks;
 * and the time to judge 10,000 samples per metric. Run with `npm run bench canary`.
 */
import { judge, judgeLook } from '../src/core/canary/judge.js';
import { resolveJudgeConfig, type JudgeConfig } from '../src/core/canary/judge-config.js';
import { normalCdf, normalQuantile } from '../src/core/stats/normal-distribution.js';
import { SeededRandom } from '../src/core/stats/seeded-random.js';
import { generatePair, observe, type SyntheticScenario } from './canary-synthetic-data.js';
import { median, report, timeRuns, type BenchLine } from './measure.js';

/** Like `report`, with the name column as wide as the longest name (these names are long). */
function reportWide(lines: readonly BenchLine[]): void {
  const width = Math.max(...lines.map((line) => line.name.length));
  for (const line of lines) {
    const goal = line.goal === undefined ? '' : `  goal ${line.goal} ${line.met ? 'met' : 'MISSED'}`;
    console.log(`${line.name.padEnd(width)} ${line.value.toFixed(2).padStart(7)} ${line.unit}${goal}`);
  }
}

const SAMPLE_SIZES = [30, 100, 1000] as const;
const SIGMAS = [0.1, 0.3] as const;
const LOOKS = 4;
const BASE: Omit<SyntheticScenario, 'samples' | 'sigma'> = { medianMs: 200, latencyFactor: 1, requestsPerSample: 100, errorRate: 0.01, errorFactor: 1 };
const SCENARIOS = [
  { name: 'A/A', change: {}, goal: 'rollback' as const },
  { name: '+10% latency', change: { latencyFactor: 1.1 }, goal: 'promotion' as const },
  { name: '2x error rate', change: { errorFactor: 2 }, goal: 'promotion' as const },
];

/** Both metrics critical, the judge defaults otherwise (alpha 0.01 over both metrics and all looks). */
const CONFIG: JudgeConfig = resolveJudgeConfig({
  metrics: { latency: { kind: 'continuous', direction: 'increase', critical: true }, errors: { kind: 'rate', direction: 'increase', critical: true } },
});

function trialsFor(samples: number): number {
  return samples >= 1000 ? 400 : 1000;
}

/** Fraction of trials in which the rollout would have promoted (every look passed). */
function promotionRate(scenario: SyntheticScenario, trials: number, looks: number, seed: number): number {
  const random = new SeededRandom(seed);
  let promoted = 0;
  for (let trial = 0; trial < trials; trial += 1) {
    const { baseline, canary } = generatePair(random, scenario);
    let passed = true;
    for (let look = 1; look <= looks && passed; look += 1) {
      const count = Math.round((scenario.samples * look) / looks);
      const result =
        looks === 1 ? judge(observe(baseline, count), observe(canary, count), CONFIG) : judgeLook(observe(baseline, count), observe(canary, count), CONFIG, { look, maxLooks: looks });
      passed = result.verdict === 'pass';
    }
    if (passed) promoted += 1;
  }
  return promoted / trials;
}

/**
 * What the best possible test could do on the same latency data, for scale: the one-sided z-test on
 * log-latency with sigma known, at the error rate the judge allows the latency metric,
 * promotes a +10% shift with probability Φ(z − ln(1.1)·√(n/2)/σ), z at the latency metric's whole false-alarm
 * budget (0.01 / 2 metrics): no test spending that budget on location alone does better.
 */
function oraclePromotion(samples: number, sigma: number): number {
  const metricAlpha = 0.01 / 2;
  return normalCdf(-normalQuantile(metricAlpha) - (Math.log(1.1) * Math.sqrt(samples / 2)) / sigma);
}

async function main(): Promise<void> {
  console.log('Synthetic data (seeded): latency samples lognormal, median 200 ms, log-sd sigma as shown, one sample per');
  console.log('interval; regression = every canary sample x1.10. Errors: 100 requests per interval, base error rate 1%,');
  console.log('regression = 2x (2%); the rate metric sums events/trials over the intervals (30 samples = 3,000 requests).');
  console.log(`Judge: defaults (alpha 0.01 over both metrics, checks and looks; latency allowed change +5%, tails p95/p99`);
  console.log(`allowed +10%, spread allowed +50%; errors allowed relative change +25%); both metrics critical. Rollout promotes`);
  console.log(`only when every look passes. Sequential: ${LOOKS} equally spaced looks, quadratic (Kim-DeMets, alpha·t²) alpha spending.\n`);
  const lines: BenchLine[] = [];
  let seed = 1;
  for (const looks of [1, LOOKS]) {
    for (const sigma of SIGMAS) {
      for (const samples of SAMPLE_SIZES) {
        for (const scenario of SCENARIOS) {
          // The error scenario does not depend on the latency sigma: run it once per size and look plan.
          if (scenario.name === '2x error rate' && sigma !== SIGMAS[0]) continue;
          const trials = trialsFor(samples);
          const definition: SyntheticScenario = { ...BASE, ...scenario.change, samples, sigma };
          const promoted = promotionRate(definition, trials, looks, seed);
          seed += 1;
          const lookText = looks === 1 ? '1 look' : `${looks} looks`;
          const sigmaText = scenario.name === '2x error rate' ? '' : ` sigma ${sigma}`;
          const reference = scenario.name === '+10% latency' && looks === 1 ? ` [best test: ${(oraclePromotion(samples, sigma) * 100).toFixed(1)}%]` : '';
          const label = `${scenario.name},${sigmaText} n=${samples}, ${lookText} (${trials} runs)${reference}`;
          if (scenario.goal === 'rollback') {
            const rate = (1 - promoted) * 100;
            lines.push({ name: `false rollback: ${label}`, value: rate, unit: '%', goal: '< 2', met: rate < 2 });
          } else {
            const rate = promoted * 100;
            const goal = samples >= 100 ? { goal: '< 1', met: rate < 1 } : {};
            lines.push({ name: `false promotion: ${label}`, value: rate, unit: '%', ...goal });
          }
        }
      }
    }
  }
  reportWide(lines);
  console.log("[best test: x%] = false promotion of a one-sided z-test on log-latency with sigma known, at the latency metric's whole alpha (0.005):\nno test with that false-rollback budget does better on this data.");

  const random = new SeededRandom(99);
  const big = generatePair(random, { ...BASE, samples: 10_000, sigma: 0.3, latencyFactor: 1.02 });
  const baseline = observe(big.baseline, 10_000);
  const canary = observe(big.canary, 10_000);
  const durations = await timeRuns(() => judge(baseline, canary, CONFIG), 15, 2);
  const timeMs = median(durations);
  console.log('');
  report([{ name: 'judge time, 10,000 samples per arm (latency + errors)', value: timeMs, unit: 'ms', goal: '< 500', met: timeMs < 500 }]);
}

await main();
