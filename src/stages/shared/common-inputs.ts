import { z } from 'zod';
import { inputSchemas } from '../../core/inputs.js';

/** Inputs every stage takes (documented in each actions/<stage>/action.yml). */
export const COMMON_INPUTS = {
  'github-token': { schema: inputSchemas.text(), secret: true },
  config: { schema: inputSchemas.relativePath() },
  'state-artifact': {
    schema: z.string().regex(/^drydock-[a-z-]+(?:--[a-z0-9]+(?:-[a-z0-9]+)*)?-attempt-[1-9][0-9]*$/, 'expected a Drydock artifact name such as drydock-plan-attempt-1 or drydock-canary-deploy--until-25-attempt-1'),
  },
  'state-digest': { schema: inputSchemas.digest() },
  'state-run-id': { schema: z.string().regex(/^[1-9][0-9]{0,19}$/, 'expected a workflow run id (digits)') },
  'artifacts-dir': { schema: inputSchemas.text() },
  'model-api-key': { schema: inputSchemas.text(), secret: true },
  'model-base-url': {
    schema: z.url({ protocol: /^https?$/, error: 'expected an http or https URL such as https://models.example.com/v1' }),
  },
} as const;

/** Inputs whose values are secrets: masked in logs, redacted everywhere, never journaled. */
export const COMMON_SECRET_INPUTS = ['github-token', 'model-api-key'] as const;

/** Where the policy file is looked for when the `config` input is not set. */
export const DEFAULT_CONFIG_PATH = '.github/drydock.yml';
