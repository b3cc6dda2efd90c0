import * as z from 'zod';
import { JUDGE_DEFAULTS, NODATA_OUTCOMES } from '../canary/judge-config.js';
import { METRIC_DIRECTIONS } from '../canary/judge-types.js';
import { SPENDING_FUNCTIONS } from '../stats/alpha-spending.js';
import { expecting } from './schema-messages.js';
import { exactArgvSchema, wholeNumberSchema } from './schema-parts.js';

/** Longest bake of one step: six hours, the GitHub-hosted job limit. */
export const MAX_BAKE_SECONDS = 6 * 60 * 60;

/** Most looks of the judge in one step, extensions included (the sequential judge plans at most 100). */
export const MAX_LOOKS_PER_STEP = 100;

/** Placeholders a traffic or deploy command may use, each as a whole argument. */
export const COMMAND_PLACEHOLDERS = ['{weight}', '{version}'] as const;

/** Placeholders of a metrics command source, each as a whole argument. */
export const SOURCE_COMMAND_PLACEHOLDERS = ['{query}', '{start}', '{end}', '{step}'] as const;

const PLACEHOLDER_TEXT = /\{[a-z]+\}/u;

/**
 * An argv list whose arguments may be exactly one of `allowed` placeholders. A placeholder inside
 * a longer argument (`--weight={weight}`) is refused: values fill whole arguments, so a value can
 * never change how the rest of an argument reads.
 */
function templateArgvSchema(allowed: readonly string[]) {
  return exactArgvSchema.superRefine((argv, context) => {
    argv.forEach((argument, index) => {
      if (allowed.includes(argument)) return;
      const placeholder = PLACEHOLDER_TEXT.exec(argument);
      if (placeholder === null) return;
      context.addIssue({
        code: 'custom',
        path: [index],
        input: argument,
        message: allowed.includes(placeholder[0])
          ? `${placeholder[0]} must be a whole argument (it fills exactly one argv element), got ${JSON.stringify(argument)}; split it, for example ["--weight", "{weight}"]`
          : `unknown placeholder ${placeholder[0]}; expected one of ${allowed.join(', ')} as a whole argument`,
      });
    });
  });
}

const selectorSchema = z
  .string(expecting('a selector string such as \'app="web",track="canary"\''))
  .min(1, expecting('a non-empty selector string'));

const httpUrlSchema = z.url({ protocol: /^https?$/u, ...expecting('an http or https URL such as http://127.0.0.1:9090') });

/** A metrics source as written in the file. */
export const canarySourceSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject(
      {
        type: z.literal('prometheus'),
        url: httpUrlSchema.describe('Base URL of the Prometheus server; `/api/v1/query_range` is appended.'),
        baseline: selectorSchema.describe('Fills `{selector}` in the queries for the baseline.'),
        canary: selectorSchema.describe('Fills `{selector}` in the queries for the canary.'),
      },
      expecting('a mapping with type, url, baseline and canary'),
    ),
    z.strictObject(
      {
        type: z.literal('http-json'),
        url: httpUrlSchema.describe('URL template; `{query}`, `{start}`, `{end}` and `{step}` are filled, URL-encoded.'),
        baseline: selectorSchema.describe('Fills `{selector}` in the queries for the baseline.'),
        canary: selectorSchema.describe('Fills `{selector}` in the queries for the canary.'),
      },
      expecting('a mapping with type, url, baseline and canary'),
    ),
    z.strictObject(
      {
        type: z.literal('command'),
        argv: templateArgvSchema(SOURCE_COMMAND_PLACEHOLDERS).describe(
          'Command printing series as JSON; `{query}`, `{start}`, `{end}`, `{step}` fill whole arguments.',
        ),
        baseline: selectorSchema.describe('Fills `{selector}` in the queries for the baseline.'),
        canary: selectorSchema.describe('Fills `{selector}` in the queries for the canary.'),
      },
      expecting('a mapping with type, argv, baseline and canary'),
    ),
  ],
  expecting('a source with type prometheus, http-json or command'),
);

const queryTextSchema = z.string(expecting('a query text such as \'sum(rate(http_requests_total{{selector}}[1m]))\'')).min(1, expecting('a non-empty query'));

/** One metric as written: a continuous metric (`query`) or a rate (`events` over `trials`). */
export const canaryMetricSchema = z
  .strictObject(
    {
      name: z.string(expecting('a metric name')).regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/u, 'a metric name uses letters, digits, ".", "_" and "-" (at most 64)'),
      source: z.string(expecting('the name of a source under canary.sources')).describe('The source under `canary.sources` this metric is read from.'),
      query: queryTextSchema.optional().describe('Continuous metric: every sample in the look window is one observation.'),
      events: queryTextSchema.optional().describe('Rate metric: a counter of events (errors); its increase over the window is counted.'),
      trials: queryTextSchema.optional().describe('Rate metric: a counter of trials (requests); its increase over the window is counted.'),
      direction: z.enum(METRIC_DIRECTIONS, expecting(`one of ${METRIC_DIRECTIONS.join(', ')}`)).optional().describe('Which change is harmful; default increase.'),
      allowedChange: z
        .number(expecting('a relative change from 0 to 10, such as 0.1 for 10%'))
        .min(0, expecting('a relative change from 0 to 10'))
        .max(10, expecting('a relative change from 0 to 10'))
        .optional()
        .describe('Relative change tolerated even when significant; default 0.05 for continuous metrics, 0.25 for rates.'),
      critical: z.boolean(expecting('true or false')).optional().describe('A critical metric fails the verdict on its own.'),
      weight: z.number(expecting('a weight greater than 0')).positive(expecting('a weight greater than 0')).optional().describe('Weight in the score; default 1.'),
    },
    expecting('a mapping with name, source and either query or events and trials'),
  )
  .superRefine((metric, context) => {
    const rate = metric.events !== undefined || metric.trials !== undefined;
    if (rate && metric.query !== undefined) {
      context.addIssue({ code: 'custom', path: ['query'], message: 'a metric has either query (continuous) or events and trials (rate), not both' });
    } else if (rate && (metric.events === undefined || metric.trials === undefined)) {
      context.addIssue({ code: 'custom', path: [metric.events === undefined ? 'events' : 'trials'], message: 'a rate metric needs both events and trials' });
    } else if (!rate && metric.query === undefined) {
      context.addIssue({ code: 'custom', path: ['query'], message: 'expected query (continuous metric) or events and trials (rate metric)' });
    }
  });

/** One traffic step. */
export const canaryStepSchema = z.strictObject(
  {
    weight: wholeNumberSchema('a traffic weight from 1 to 100 (percent)', 1, 100).describe('Percent of traffic on the canary.'),
    bakeSeconds: wholeNumberSchema(`a whole number of seconds from 1 to ${MAX_BAKE_SECONDS}`, 1, MAX_BAKE_SECONDS).describe('How long the step runs before it can be promoted.'),
    intervalSeconds: wholeNumberSchema(`a whole number of seconds from 1 to ${MAX_BAKE_SECONDS}`, 1, MAX_BAKE_SECONDS).describe(
      'Time between looks of the judge; at most the bake time.',
    ),
  },
  expecting('a mapping with weight, bakeSeconds and intervalSeconds'),
);

/** How the judge turns metric results into a verdict, and what the rollout does with it. */
export const canaryJudgeSchema = z.strictObject(
  {
    alpha: z
      .number(expecting('a probability above 0 and at most 0.2, such as 0.01'))
      .gt(0, expecting('a probability above 0 and at most 0.2'))
      .max(0.2, expecting('a probability above 0 and at most 0.2'))
      .optional()
      .describe('Chance of a false alarm on a canary no worse than the baseline, over all metrics and looks of a step; default 0.01.'),
    thresholds: z
      .strictObject(
        {
          pass: wholeNumberSchema('a score from 0 to 100', 0, 100).optional().describe('Lowest score that passes; default 90.'),
          marginal: wholeNumberSchema('a score from 0 to 100', 0, 100).optional().describe('Lowest score that is marginal; default 70.'),
        },
        expecting('a mapping with pass and/or marginal'),
      )
      .optional(),
    nodata: z.enum(NODATA_OUTCOMES, expecting('inconclusive or fail')).optional().describe('What a metric without data makes of the verdict; default inconclusive.'),
    minSamples: wholeNumberSchema('a whole number from 3 to 1000', 3, 1000).optional().describe('Fewest samples per arm for a continuous metric to count as data; default 5.'),
    spending: z.enum(SPENDING_FUNCTIONS, expecting(`one of ${SPENDING_FUNCTIONS.join(', ')}`)).optional().describe('Alpha spending over the looks of a step; default quadratic.'),
    maxExtensions: wholeNumberSchema('a whole number from 0 to 10', 0, 10).optional().describe('Extra bakes a marginal or inconclusive step may get before it rolls back; default 1.'),
  },
  expecting('a mapping with alpha, thresholds, nodata, minSamples, spending and/or maxExtensions'),
);

/** The canary section as written in `.github/drydock.yml`. */
export const canarySchema = z
  .strictObject(
    {
      steps: z.array(canaryStepSchema, expecting('a list of steps such as [{ weight: 10, bakeSeconds: 300, intervalSeconds: 60 }]')).min(1, expecting('a list of at least one step')),
      deploy: templateArgvSchema(COMMAND_PLACEHOLDERS).optional().describe('Runs once before the first step (for example to set the canary image).'),
      traffic: templateArgvSchema(COMMAND_PLACEHOLDERS).describe('Moves traffic: `{weight}` and `{version}` fill whole arguments.'),
      rollback: templateArgvSchema(COMMAND_PLACEHOLDERS).describe('Sends all traffic back to the baseline; must be safe to run twice.'),
      commandTimeoutSeconds: wholeNumberSchema('a whole number of seconds from 1 to 3600', 1, 3600).optional().describe('Kill a traffic, deploy or rollback command after this long; default 300.'),
      environment: z.string(expecting('a GitHub environment name')).min(1).max(255).optional().describe('GitHub environment of the deployment; default production.'),
      environmentUrl: httpUrlSchema.optional().describe('URL of the deployed service, shown on the deployment.'),
      sources: z.record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/u, 'a source name uses letters, digits, "_" and "-"'), canarySourceSchema, expecting('a mapping of source names to sources')),
      metrics: z.array(canaryMetricSchema, expecting('a list of metrics')).min(1, expecting('a list of at least one metric')),
      judge: canaryJudgeSchema.optional(),
    },
    expecting('a mapping with steps, traffic, rollback, sources and metrics'),
  )
  .superRefine((canary, context) => {
    canary.steps.forEach((step, index) => {
      const previous = canary.steps[index - 1];
      if (previous !== undefined && step.weight <= previous.weight) {
        context.addIssue({ code: 'custom', path: ['steps', index, 'weight'], message: `expected a weight above the previous step's ${previous.weight} (weights strictly increase), got ${step.weight}` });
      }
      const bakes = 1 + Math.max(canary.judge?.maxExtensions ?? 1, 1);
      const looks = Math.ceil(step.bakeSeconds / step.intervalSeconds) * bakes;
      if (looks > MAX_LOOKS_PER_STEP) {
        context.addIssue({
          code: 'custom',
          path: ['steps', index, 'intervalSeconds'],
          message: `expected at most ${MAX_LOOKS_PER_STEP} looks of the judge per step (bake ÷ interval × ${bakes} bakes), got ${looks}; lengthen the interval`,
        });
      }
      if (step.intervalSeconds > step.bakeSeconds) {
        context.addIssue({ code: 'custom', path: ['steps', index, 'intervalSeconds'], message: `expected an interval no longer than the bake time (${step.bakeSeconds} s), got ${step.intervalSeconds}` });
      }
    });
    const last = canary.steps.at(-1);
    if (last !== undefined && last.weight !== 100) {
      context.addIssue({ code: 'custom', path: ['steps', canary.steps.length - 1, 'weight'], message: `expected the last step to reach 100, got ${last.weight}` });
    }
    if (!canary.traffic.includes('{weight}')) {
      context.addIssue({ code: 'custom', path: ['traffic'], message: 'expected the traffic command to take "{weight}" as one of its arguments' });
    }
    const names = new Set<string>();
    canary.metrics.forEach((metric, index) => {
      if (names.has(metric.name)) context.addIssue({ code: 'custom', path: ['metrics', index, 'name'], message: `metric ${JSON.stringify(metric.name)} is defined twice` });
      names.add(metric.name);
      if (!Object.hasOwn(canary.sources, metric.source)) {
        const known = Object.keys(canary.sources);
        context.addIssue({
          code: 'custom',
          path: ['metrics', index, 'source'],
          message: `source ${JSON.stringify(metric.source)} is not defined under canary.sources${known.length === 0 ? '' : ` (defined: ${known.join(', ')})`}`,
        });
      }
    });
    const { pass = JUDGE_DEFAULTS.thresholds.pass, marginal = JUDGE_DEFAULTS.thresholds.marginal } = canary.judge?.thresholds ?? {};
    if (marginal > pass) {
      context.addIssue({ code: 'custom', path: ['judge', 'thresholds', 'marginal'], message: `expected the marginal threshold at most the pass threshold (${pass}), got ${marginal}` });
    }
  })
  .describe('Progressive rollout: traffic steps, commands, metric sources, metrics and the judge.');

/** The canary section after validation. */
export type CanaryConfigInput = z.output<typeof canarySchema>;
/** One metrics source after validation. */
export type CanarySourceConfig = z.output<typeof canarySourceSchema>;
/** One metric after validation. */
export type CanaryMetricConfig = z.output<typeof canaryMetricSchema>;
/** One step after validation. */
export type CanaryStepConfig = z.output<typeof canaryStepSchema>;
