import { z } from 'zod';
import { inputSchemas } from '../../core/inputs.js';
import type { StageDefinition } from '../shared/stage-definition.js';

const inputs = {
  version: {
    // The version fills `{version}` in argv of the user's commands: one argument, never a shell word.
    schema: z
      .string()
      .max(200, 'expected at most 200 characters')
      .regex(/^[A-Za-z0-9][A-Za-z0-9._:@/+-]*$/, 'expected a version such as v1.2.3, a commit SHA or an image reference'),
    required: true,
  },
  'until-weight': {
    schema: inputSchemas
      .positiveInteger()
      .pipe(z.number().max(100, 'expected a traffic weight from 1 to 100')),
  },
};

export const canaryDeployStage: StageDefinition<typeof inputs> = {
  name: 'canary-deploy',
  inputs,
  secretInputs: [],
  incomingState: 'optional',
  goal: (parsed) => ({ text: `Canary deploy of ${parsed.version}` }),
  async execute(context) {
    const untilWeight = context.inputs['until-weight'] ?? 100;
    const riskLevel = context.state.stages.plan?.result?.riskLevel;
    context.journal.append('decision', { decision: 'rollout-requested', version: context.inputs.version, untilWeight });
    return {
      outputs: {},
      result: { version: context.inputs.version, untilWeight, ...(riskLevel === undefined ? {} : { riskLevel }) },
      summary: [
        '### Canary deploy',
        '',
        `Version \`${context.inputs.version}\`, up to ${untilWeight}% of traffic.`,
        '',
        '_This release records the request; traffic steps, the statistical judge and rollback come in a later release, so no traffic was moved._',
      ].join('\n'),
    };
  },
};
