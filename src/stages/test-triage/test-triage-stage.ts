import { readReports } from '../../adapters/reports/read-reports.js';
import { errorMessage, InputError } from '../../core/errors.js';
import type { ParsedInputs } from '../../core/inputs.js';
import { compilePathGlob } from '../../core/policy/path-glob.js';
import type { StageContext, StageDefinition } from '../shared/stage-definition.js';
import { runSchedule } from './schedule-run.js';
import { triageInputSpecs, type TriageInputs } from './triage-inputs.js';
import { runTriage, type ReportReader } from './triage-run.js';

function checkGlobs(input: string, patterns: readonly string[]): void {
  for (const pattern of patterns) {
    try {
      compilePathGlob(pattern);
    } catch (error) {
      throw new InputError(`Input '${input}': pattern '${pattern}' is not a valid glob: ${errorMessage(error)}`, { where: input });
    }
  }
}

/** The test-triage stage with a given report reader (the report parsers' `readReports` in the bundle). */
export function createTestTriageStage(reader: ReportReader): StageDefinition<typeof triageInputSpecs> {
  return {
    name: 'test-triage',
    inputs: triageInputSpecs,
    secretInputs: [],
    incomingState: 'optional',
    validate(parsed) {
      checkGlobs('reports', parsed.reports);
      checkGlobs('logs', parsed.logs ?? []);
    },
    goal: (parsed) => ({ text: parsed.mode === 'schedule' ? 'Find flaky tests in recent runs' : 'Triage test results' }),
    async execute(context) {
      // The common inputs (artifacts-dir, github-token) are parsed with the stage's own.
      const triageContext = context as unknown as StageContext<TriageInputs> & { inputs: ParsedInputs<typeof triageInputSpecs> };
      return context.inputs.mode === 'schedule' ? runSchedule(triageContext) : runTriage(triageContext, reader);
    },
  };
}

export const testTriageStage = createTestTriageStage((options) => readReports(options));
