import * as z from 'zod';
import { UNTRUSTED_COMMENT_MODES } from '../intent/intent-types.js';
import { expecting } from './schema-messages.js';

/** The `plan` section as written: how the plan stage reads its trigger. */
export const planSchema = z
  .strictObject(
    {
      untrustedComments: z
        .enum(UNTRUSTED_COMMENT_MODES, expecting(`one of ${UNTRUSTED_COMMENT_MODES.map((mode) => `"${mode}"`).join(', ')}`))
        .optional()
        .describe(
          'Issue comments by users without write access: "context" shows them to the planner as untrusted context ' +
            '(never as instructions), "omit" leaves them out. Default "context".',
        ),
    },
    expecting('a mapping with untrustedComments'),
  )
  .describe('How the plan stage turns an issue into the planner’s task.');
