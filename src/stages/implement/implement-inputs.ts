import { z } from 'zod';
import { sha256 } from '../../core/canonical-json.js';
import { inputSchemas } from '../../core/inputs.js';

const branchName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/, 'expected a branch name of letters, digits, ".", "_", "-" and "/"')
  .refine((value) => !value.includes('..') && !value.includes('//') && !value.endsWith('/') && !value.endsWith('.lock'), 'expected a valid git branch name');

/** The implement stage's own inputs (the common ones are added by the stage runner). */
export const implementInputs = {
  'plan-digest': { schema: inputSchemas.digest(), required: true },
  tasks: {
    schema: z.string().transform((value) =>
      value
        .split(/[\s,]+/)
        .map((task) => task.trim())
        .filter((task) => task.length > 0),
    ),
  },
  'dry-run': { schema: inputSchemas.boolean(), default: 'false' },
  'push-token': { schema: inputSchemas.text(), secret: true },
  'branch-prefix': {
    schema: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,60}$/, 'expected letters, digits, ".", "_", "-" and "/" (at most 61 characters)')
      .refine((value) => !value.includes('..') && !value.includes('//') && !value.endsWith('.lock/'), 'expected a valid git branch prefix'),
    default: 'drydock/',
  },
  'base-branch': { schema: branchName },
  'merge-shards': { schema: inputSchemas.boolean(), default: 'false' },
};

/**
 * The artifact variant of a matrix shard job (`tasks` set): `shard-` and a short digest of its
 * task ids, so shard jobs of one run save apart. The merge job and a whole-plan job are the
 * stage's main job (no variant).
 */
export function implementArtifactVariant(inputs: { tasks?: readonly string[] | undefined }): string | undefined {
  if (inputs.tasks === undefined || inputs.tasks.length === 0) return undefined;
  return `shard-${sha256([...inputs.tasks].sort().join('\n')).slice(0, 12)}`;
}
