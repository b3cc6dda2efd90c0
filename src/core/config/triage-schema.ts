import * as z from 'zod';
import { catastrophicPatternReason } from '../agent/tools/regex-safety.js';
import { INFRA_KINDS, MAX_INFRA_PATTERN_LENGTH, type InfraPatternSpec } from '../triage/infra-patterns.js';
import { RERUN_PLACEHOLDERS, unknownPlaceholders } from '../triage/rerun-template.js';
import { expecting } from './schema-messages.js';
import { exactArgvSchema, wholeNumberSchema } from './schema-parts.js';

/** Most re-runs of one failed test. */
export const MAX_RERUN_TIMES = 10;
/** Most earlier runs read for history. */
export const MAX_HISTORY_RUNS = 100;

const infraPatternSchema = z
  .strictObject(
    {
      kind: z.enum(INFRA_KINDS, expecting(`one of ${INFRA_KINDS.join(', ')}`)).describe('What kind of infrastructure failure the pattern shows.'),
      pattern: z
        .string(expecting('a regular expression'))
        .min(1, expecting('a regular expression'))
        .max(MAX_INFRA_PATTERN_LENGTH, expecting(`a regular expression of at most ${MAX_INFRA_PATTERN_LENGTH} characters`))
        .superRefine((pattern, context) => {
          const unsafe = catastrophicPatternReason(pattern);
          if (unsafe !== undefined) context.addIssue({ code: 'custom', message: `the pattern is refused: ${unsafe}`, input: pattern });
          else {
            try {
              new RegExp(pattern, 'iu');
            } catch (error) {
              context.addIssue({ code: 'custom', message: `not a valid regular expression: ${(error as Error).message}`, input: pattern });
            }
          }
        })
        .describe('A JavaScript regular expression, matched case-insensitively against failure messages, stacks, output and logs.'),
    },
    expecting('a mapping with kind and pattern'),
  )
  .describe('A pattern that marks a failure as the machine’s, not the code’s.');

/** The `triage` section as written. */
export const triageSchema = z
  .strictObject(
    {
      rerun: z
        .strictObject(
          {
            argv: exactArgvSchema
              .superRefine((argv, context) => {
                const unknown = unknownPlaceholders(argv);
                if (unknown.length > 0) {
                  context.addIssue({
                    code: 'custom',
                    message: `unknown placeholder(s) ${unknown.map((name) => `{${name}}`).join(', ')}; known: ${RERUN_PLACEHOLDERS.map((name) => `{${name}}`).join(', ')}`,
                    input: argv,
                  });
                }
              })
              .describe(
                'Command that re-runs one failed test, as argv; {file}, {name}, {id}, {suite} and {nameRegex} are replaced inside single arguments. ' +
                  'The triager identity must be allowed to run it (identities.triager.commands).',
              ),
            times: wholeNumberSchema(`a whole number from 0 to ${MAX_RERUN_TIMES}`, 0, MAX_RERUN_TIMES).optional().describe('Re-runs per failed test; default 2.'),
            maxTests: wholeNumberSchema('a whole number from 0 to 1000', 0, 1000).optional().describe('Most failed tests re-run, new failures first; default 20.'),
            timeoutSeconds: wholeNumberSchema('a whole number of seconds from 1 to 3600', 1, 3600).optional().describe('Kill one re-run after this many seconds; default 300.'),
          },
          expecting('a mapping with argv and optionally times, maxTests and timeoutSeconds'),
        )
        .optional()
        .describe('Re-running failed tests to tell flaky from broken.'),
      infraPatterns: z
        .array(infraPatternSchema, expecting('a list of mappings with kind and pattern'))
        .max(50, expecting('at most 50 patterns'))
        .optional()
        .describe('Infrastructure failure patterns, tried before the built-in ones.'),
      builtinInfraPatterns: z.boolean(expecting('true or false')).optional().describe('Whether the built-in infrastructure patterns apply; default true.'),
      history: z
        .strictObject(
          {
            runs: wholeNumberSchema(`a whole number from 0 to ${MAX_HISTORY_RUNS}`, 0, MAX_HISTORY_RUNS).optional().describe('Earlier runs read for flip and failure rates; default 20.'),
            minRuns: wholeNumberSchema('a whole number from 1 to 1000', 1, 1000).optional().describe('Runs a test must have before its history counts; default 5.'),
            flipRate: z
              .number(expecting('a number from 0 to 1'))
              .gt(0, expecting('a number above 0 and at most 1'))
              .max(1, expecting('a number above 0 and at most 1'))
              .optional()
              .describe('Flip rate at or above which a test is flaky by history; default 0.1.'),
          },
          expecting('a mapping with runs, minRuns and/or flipRate'),
        )
        .optional()
        .describe('History of earlier runs of the workflow.'),
      diagnosis: z
        .strictObject(
          {
            maxClusters: wholeNumberSchema('a whole number from 0 to 20', 0, 20).optional().describe('Most clusters the triager diagnoses, biggest first; default 3. 0 turns the agent off.'),
            validateFixes: z.boolean(expecting('true or false')).optional().describe('Apply a proposed fix in a scratch copy and re-run the failing tests; default true.'),
            suiteArgv: exactArgvSchema
              .optional()
              .describe(
                'Command that runs the whole suite and writes reports matching the `reports` input; run in the scratch copy after the failing tests pass, ' +
                  'a fix is offered only when no test that passed fails with it. The triager must be allowed to run it.',
              ),
          },
          expecting('a mapping with maxClusters, validateFixes and/or suiteArgv'),
        )
        .optional()
        .describe('The triager agent.'),
      flakyIssues: z
        .strictObject(
          {
            label: z.string(expecting('a label name')).min(1).max(50).optional().describe('Label of flaky-test issues; default "flaky-test".'),
            max: wholeNumberSchema('a whole number from 0 to 100', 0, 100).optional().describe('Most issues opened or updated per scheduled run; default 10.'),
          },
          expecting('a mapping with label and/or max'),
        )
        .optional()
        .describe('Issues the scheduled mode opens for flaky tests.'),
    },
    expecting('a mapping with rerun, infraPatterns, builtinInfraPatterns, history, diagnosis and/or flakyIssues'),
  )
  .describe('How the test-triage stage re-runs, classifies and diagnoses failures.');

/** The `triage` section after merging over the defaults. */
export interface TriageConfig {
  /** How failed tests are re-run; absent means no re-runs. */
  rerun?: {
    /** Argv template (see rerun-template.ts). */
    argv: string[];
    /** Re-runs per failed test. */
    times: number;
    /** Most failed tests re-run. */
    maxTests: number;
    /** Seconds before one re-run is killed. */
    timeoutSeconds: number;
  };
  /** Infrastructure patterns in the order they are tried (configured, then built-in). */
  infraPatterns: InfraPatternSpec[];
  /** Whether the built-in infrastructure patterns apply. */
  builtinInfraPatterns: boolean;
  /** History of earlier runs. */
  history: { runs: number; minRuns: number; flipRate: number };
  /** The triager agent. */
  diagnosis: { maxClusters: number; validateFixes: boolean; suiteArgv?: string[] };
  /** Flaky-test issues of the scheduled mode. */
  flakyIssues: { label: string; max: number };
}

/** The defaults of the section. */
export function defaultTriageConfig(): TriageConfig {
  return {
    infraPatterns: [],
    builtinInfraPatterns: true,
    history: { runs: 20, minRuns: 5, flipRate: 0.1 },
    diagnosis: { maxClusters: 3, validateFixes: true },
    flakyIssues: { label: 'flaky-test', max: 10 },
  };
}

/** Merges the section as written over the defaults: mappings field by field, lists replace. */
export function mergeTriageConfig(defaults: TriageConfig, input: z.output<typeof triageSchema> | undefined): TriageConfig {
  const rerun = input?.rerun;
  return {
    ...(rerun === undefined
      ? defaults.rerun === undefined
        ? {}
        : { rerun: { ...defaults.rerun, argv: [...defaults.rerun.argv] } }
      : { rerun: { argv: rerun.argv, times: rerun.times ?? 2, maxTests: rerun.maxTests ?? 20, timeoutSeconds: rerun.timeoutSeconds ?? 300 } }),
    infraPatterns: (input?.infraPatterns ?? defaults.infraPatterns).map((pattern) => ({ ...pattern })),
    builtinInfraPatterns: input?.builtinInfraPatterns ?? defaults.builtinInfraPatterns,
    history: {
      runs: input?.history?.runs ?? defaults.history.runs,
      minRuns: input?.history?.minRuns ?? defaults.history.minRuns,
      flipRate: input?.history?.flipRate ?? defaults.history.flipRate,
    },
    diagnosis: {
      maxClusters: input?.diagnosis?.maxClusters ?? defaults.diagnosis.maxClusters,
      validateFixes: input?.diagnosis?.validateFixes ?? defaults.diagnosis.validateFixes,
      ...(input?.diagnosis?.suiteArgv === undefined ? {} : { suiteArgv: input.diagnosis.suiteArgv }),
    },
    flakyIssues: { label: input?.flakyIssues?.label ?? defaults.flakyIssues.label, max: input?.flakyIssues?.max ?? defaults.flakyIssues.max },
  };
}
