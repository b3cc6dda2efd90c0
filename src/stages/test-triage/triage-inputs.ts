import { z } from 'zod';
import { inputSchemas } from '../../core/inputs.js';

/** The stage's modes: triage one test job, or aggregate history on a schedule. */
export const TRIAGE_MODES = ['triage', 'schedule'] as const;

const lines = z.string().transform((value) =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0),
);

/** Input specs of the test-triage stage (besides the common ones). */
export const triageInputSpecs = {
  reports: { schema: lines, default: '**/junit*.xml\n**/TEST-*.xml' },
  logs: { schema: lines },
  mode: { schema: z.enum(TRIAGE_MODES, { error: `expected one of ${TRIAGE_MODES.join(', ')}` }), default: 'triage' },
  'base-ref': {
    schema: inputSchemas.text().regex(/^[^\s-][^\s]{0,254}$/, 'expected a commit or ref such as origin/main (no spaces, not starting with "-")'),
  },
  'history-workflow': { schema: inputSchemas.text().regex(/^[\w.-]{1,200}$/, 'expected a workflow file name such as ci.yml, or its id') },
  'history-branch': { schema: inputSchemas.text().regex(/^[^\s-][^\s]{0,254}$/, 'expected a branch name') },
};

/** The parsed inputs a triage run reads (common ones included). */
export interface TriageInputs {
  reports: string[];
  logs?: string[];
  mode: (typeof TRIAGE_MODES)[number];
  'base-ref'?: string;
  'history-workflow'?: string;
  'history-branch'?: string;
  'artifacts-dir'?: string;
  'github-token'?: string;
  'model-api-key'?: string;
}
