import { z } from 'zod';
import { digestOf } from '../../core/canonical-json.js';
import { InputError, IntegrityError } from '../../core/errors.js';
import { inputSchemas } from '../../core/inputs.js';
import type { StageDefinition } from '../shared/stage-definition.js';

const inputs = {
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
};

export const implementStage: StageDefinition<typeof inputs> = {
  name: 'implement',
  inputs,
  secretInputs: ['push-token'],
  incomingState: 'required',
  goal: () => ({}),
  async execute(context) {
    const planSection = context.state.stages.plan;
    const plan = planSection?.result?.plan;
    if (planSection === undefined || plan === undefined) {
      throw new InputError('The run state has no plan: run the plan stage before implement.', { where: 'state-artifact' });
    }
    if (planSection.status !== 'succeeded') {
      throw new InputError(`The plan stage ended '${planSection.status}'; only a succeeded plan can be implemented.`);
    }
    const approved = context.inputs['plan-digest'];
    const actual = digestOf(plan);
    context.journal.append('approval', {
      subject: 'plan',
      approvedDigest: approved,
      actualDigest: actual,
      matches: approved === actual,
    });
    // The binding that makes a gate mean something: a plan edited after approval never runs.
    if (approved !== actual) {
      throw new IntegrityError(
        `The plan in the run state has digest ${actual}, but the approved plan-digest is ${approved}. The plan changed after approval; nothing will be implemented.`,
        { expected: approved, actual },
      );
    }
    const tasks = Array.isArray((plan as { tasks?: unknown }).tasks) ? ((plan as { tasks: Array<{ id?: unknown }> }).tasks) : [];
    const known = new Set(tasks.map((task) => String(task.id)));
    const selected = context.inputs.tasks ?? [...known];
    const unknown = selected.filter((task) => !known.has(task));
    if (unknown.length > 0) {
      throw new InputError(
        `Input 'tasks' names ${unknown.map((task) => `'${task}'`).join(', ')}, which the plan does not have (plan tasks: ${known.size === 0 ? 'none' : [...known].join(', ')}).`,
        { where: 'tasks' },
      );
    }
    const dryRun = context.inputs['dry-run'];
    context.journal.append('decision', { decision: 'tasks-selected', tasks: selected, dryRun });
    return {
      outputs: {},
      result: { planDigest: actual, tasks: selected, dryRun, branchPrefix: context.inputs['branch-prefix'] },
      summary: [
        '### Implement',
        '',
        `Plan \`${actual}\` matches the approved digest.`,
        '',
        `Tasks selected: ${selected.length === 0 ? 'none' : selected.map((task) => `\`${task}\``).join(', ')}${dryRun ? ' (dry run)' : ''}.`,
        '',
        '_This release checks the approval binding; the implementing agent comes in a later release, so nothing is changed or pushed._',
      ].join('\n'),
    };
  },
};
