import * as z from 'zod';
import { MAX_DEPENDENTS_DEPTH } from '../risk/risk-defaults.js';
import { expecting } from './schema-messages.js';
import { pathGlobSchema, wholeNumberSchema } from './schema-parts.js';

/** Highest weight of one sensitive area; the default high threshold is 40. */
export const MAX_SENSITIVE_AREA_WEIGHT = 100;

/** Highest risk threshold; far above any score the default weights can add up to. */
export const MAX_RISK_THRESHOLD = 1000;

/** One sensitive area as written in the file. */
export const sensitiveAreaSchema = z
  .strictObject(
    {
      paths: z
        .array(pathGlobSchema, expecting('a list of path globs such as ["migrations/**", "**/migrations/**"]'))
        .min(1, expecting('a list of at least one path glob such as ["migrations/**"]'))
        .describe('Path globs of the area, matched whatever the case of letters.'),
      weight: wholeNumberSchema(`a whole number of points from 0 to ${MAX_SENSITIVE_AREA_WEIGHT}`, 0, MAX_SENSITIVE_AREA_WEIGHT).describe(
        'Points added to the risk score once when any target file lies in the area.',
      ),
      reason: z
        .string(expecting('a short text saying why the area is sensitive'))
        .min(1, expecting('a short text saying why the area is sensitive'))
        .optional()
        .describe('Why the area is sensitive, shown to reviewers.'),
    },
    expecting('a mapping with paths, weight and optionally reason'),
  )
  .describe('A part of the repository where a change deserves more care.');

const thresholdSchema = wholeNumberSchema(`a whole number of points from 1 to ${MAX_RISK_THRESHOLD}`, 1, MAX_RISK_THRESHOLD);

/** Score thresholds as written; each merges over its default, and medium must stay below high. */
export const riskThresholdsSchema = z
  .strictObject(
    {
      medium: thresholdSchema.optional().describe('Lowest score that is medium risk.'),
      high: thresholdSchema.optional().describe('Lowest score that is high risk; above medium.'),
    },
    expecting('a mapping with medium and/or high'),
  )
  .describe('Scores at which a plan becomes medium and high risk.');

/** The risk section: how the plan stage scores risk and blast radius. */
export const riskSchema = z
  .strictObject(
    {
      sensitiveAreas: z
        .array(sensitiveAreaSchema, expecting('a list of sensitive areas such as [{ paths: ["migrations/**"], weight: 30 }]'))
        .optional()
        .describe('Sensitive areas with weights; a list here replaces the default list.'),
      thresholds: riskThresholdsSchema.optional(),
      dependentsDepth: wholeNumberSchema(`a whole number of import levels from 1 to ${MAX_DEPENDENTS_DEPTH}`, 1, MAX_DEPENDENTS_DEPTH)
        .optional()
        .describe('Import levels followed from a changed file to the files that depend on it.'),
    },
    expecting('a mapping with sensitiveAreas, thresholds and/or dependentsDepth'),
  )
  .describe('Deterministic risk and blast-radius scoring of plans.');
