import * as z from 'zod';
import { IDENTITY_NAMES } from '../policy/identity-names.js';
import { MODEL_PROVIDERS, RELATED_TEST_SELECTIONS, VALIDATOR_KINDS } from './config-types.js';
import { canarySchema } from './canary-schema.js';
import { identitiesSchema } from './identity-schema.js';
import { implementSchema } from './implement-schema.js';
import { planSchema } from './plan-schema.js';
import { riskSchema } from './risk-schema.js';
import { triageSchema } from './triage-schema.js';
import { expecting } from './schema-messages.js';
import { exactArgvSchema, positiveIntegerSchema, wholeNumberSchema } from './schema-parts.js';
import { STAGE_NAMES, type StageName } from './stage-names.js';

/** Longest validator timeout: six hours, the GitHub-hosted job limit. */
export const MAX_VALIDATOR_TIMEOUT_SECONDS = 6 * 60 * 60;

/** A named validator command. */
export const validatorSchema = z
  .strictObject(
    {
      argv: exactArgvSchema.describe('The command, program first, exactly as it runs.'),
      timeoutSeconds: wholeNumberSchema(`a whole number of seconds from 1 to ${MAX_VALIDATOR_TIMEOUT_SECONDS}`, 1, MAX_VALIDATOR_TIMEOUT_SECONDS)
        .optional()
        .describe('Kill the command after this many seconds.'),
      identities: z
        .array(z.enum(IDENTITY_NAMES), expecting(`a list of identities (${IDENTITY_NAMES.join(', ')})`))
        .optional()
        .describe('Identities that may run this exact command as a tool; default implementer and triager.'),
      kind: z
        .enum(VALIDATOR_KINDS, expecting(`one of ${VALIDATOR_KINDS.join(', ')}`))
        .optional()
        .describe('What the command checks; it orders the validators (format, lint, typecheck, build, test) and picks the output parser. Default "other".'),
      relatedTests: z
        .enum(RELATED_TEST_SELECTIONS, expecting(`one of ${RELATED_TEST_SELECTIONS.join(', ')}`))
        .optional()
        .describe('How to run the tests related to the changed files first: "test-files" appends the related test files, "find-related" appends --findRelatedTests and the changed files (Jest).'),
    },
    expecting('a mapping with argv and optionally timeoutSeconds, identities, kind and relatedTests'),
  )
  .describe('A build, lint or test command whose result judges an attempt.');

const validatorNameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/u, 'a validator name uses lower-case letters, digits and "-" (at most 64)');

/** Limits of one scope; `null` removes a default limit. */
export const budgetLimitsSchema = z
  .strictObject(
    {
      tokens: positiveIntegerSchema.nullable().optional().describe('Most tokens (input + output); null for no limit.'),
      costUsd: z
        .number(expecting('an amount of US dollars greater than 0'))
        .positive(expecting('an amount of US dollars greater than 0'))
        .nullable()
        .optional()
        .describe('Most US dollars, priced with the price table; null for no limit.'),
      turns: positiveIntegerSchema.nullable().optional().describe('Most agent turns (model responses); null for no limit.'),
      wallTimeSeconds: positiveIntegerSchema.nullable().optional().describe('Most seconds of wall time; null for no limit.'),
    },
    expecting('a mapping with tokens, costUsd, turns and/or wallTimeSeconds'),
  )
  .describe('Budget limits of one scope.');

function perStage<T extends z.ZodType>(schema: T, description: string) {
  return z
    .strictObject(
      Object.fromEntries(STAGE_NAMES.map((stage) => [stage, schema.optional()])) as Record<StageName, z.ZodOptional<T>>,
      expecting(`a mapping of stages (${STAGE_NAMES.join(', ')})`),
    )
    .describe(description);
}

/** Budgets per run and per stage. */
export const budgetsSchema = z
  .strictObject(
    {
      run: budgetLimitsSchema.optional().describe('Limits for the whole run, summed over its stages.'),
      stages: perStage(budgetLimitsSchema, 'Limits per stage.').optional(),
    },
    expecting('a mapping with run and/or stages'),
  )
  .describe('Token, cost, turn and wall-time budgets.');

/** A model route, as written; every field optional because it merges over the default route. */
export const modelRouteSchema = z
  .strictObject(
    {
      provider: z.enum(MODEL_PROVIDERS).optional().describe('The provider kind.'),
      model: z.string(expecting('a model name')).min(1, expecting('a model name')).optional().describe('Model name as the provider knows it.'),
      fallbacks: z
        .array(z.string().min(1), expecting('a list of model names'))
        .optional()
        .describe('Models to try in order when the main one fails.'),
      baseUrl: z
        .url({ protocol: /^https?$/u, ...expecting('an http or https URL such as https://models.example.com/v1') })
        .optional()
        .describe('API base URL; the provider default when absent.'),
    },
    expecting('a mapping with provider, model, fallbacks and/or baseUrl'),
  )
  .describe('Which model to use and where.');

/** Model routing. */
export const modelsSchema = z
  .strictObject(
    {
      default: modelRouteSchema.optional().describe('The route every stage uses unless it overrides it.'),
      stages: perStage(modelRouteSchema, 'Per-stage overrides of the default route.').optional(),
    },
    expecting('a mapping with default and/or stages'),
  )
  .describe('Model routing.');

const priceSchema = z
  .strictObject(
    {
      input: z.number(expecting('US dollars per million tokens')).min(0, expecting('US dollars per million tokens, 0 or more')).describe('USD per million uncached input tokens.'),
      output: z.number(expecting('US dollars per million tokens')).min(0, expecting('US dollars per million tokens, 0 or more')).describe('USD per million output tokens.'),
      cachedInput: z
        .number(expecting('US dollars per million tokens'))
        .min(0)
        .optional()
        .describe('USD per million cached input tokens; the input price when absent.'),
    },
    expecting('a mapping with input, output and optionally cachedInput (USD per million tokens)'),
  )
  .describe('Price of one model.');

/** The whole file. Every section is optional and merges over the safe defaults. */
export const configSchema = z
  .strictObject(
    {
      version: z.literal(1, expecting('version: 1 (the only config version this Drydock understands)')).describe('Config format version.'),
      identities: identitiesSchema.optional(),
      validators: z
        .record(validatorNameSchema, validatorSchema, expecting('a mapping of validator names to commands'))
        .optional()
        .describe('Named validator commands.'),
      budgets: budgetsSchema.optional(),
      models: modelsSchema.optional(),
      prices: z
        .record(z.string().min(1), priceSchema, expecting('a mapping of model names to prices'))
        .optional()
        .describe('USD per million tokens by exact model name; overrides the built-in default table entry by entry.'),
      risk: riskSchema.optional(),
      plan: planSchema.optional(),
      implement: implementSchema.optional(),
      triage: triageSchema.optional(),
      canary: canarySchema.optional(),
    },
    expecting('a mapping at the top level, starting with version: 1'),
  )
  .describe('The Drydock repository configuration, .github/drydock.yml.');

/** The file's content after validation, before merging over the defaults. */
export type ConfigInput = z.output<typeof configSchema>;
