import { z } from 'zod';
import { errorMessage, InputError } from '../../core/errors.js';
import { compilePathGlob, type PathGlob } from '../../core/policy/path-glob.js';
import type { StageDefinition } from '../shared/stage-definition.js';

/** Report files beyond this many are not listed one by one. */
const MAX_LISTED_REPORTS = 50;

const inputs = {
  reports: {
    schema: z.string().transform((value) =>
      value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0),
    ),
    default: '**/junit*.xml\n**/TEST-*.xml',
  },
};

function compileReportGlobs(patterns: readonly string[]): PathGlob[] {
  return patterns.map((pattern) => {
    try {
      return compilePathGlob(pattern);
    } catch (error) {
      throw new InputError(`Input 'reports': pattern '${pattern}' is not a valid glob: ${errorMessage(error)}`, { where: 'reports' });
    }
  });
}

export const testTriageStage: StageDefinition<typeof inputs> = {
  name: 'test-triage',
  inputs,
  secretInputs: [],
  incomingState: 'optional',
  validate(parsed) {
    compileReportGlobs(parsed.reports);
  },
  goal: () => ({ text: 'Triage test results' }),
  async execute(context) {
    const globs = compileReportGlobs(context.inputs.reports);
    const entries = await context.workspace.list('', { recursive: true });
    const reports = entries
      .filter((entry) => entry.type === 'file' && globs.some((glob) => glob.matches(entry.path)))
      .map((entry) => ({ path: entry.path, bytes: entry.size }));
    context.journal.append('decision', { decision: 'reports-found', patterns: context.inputs.reports, reports: reports.length });
    const listed = reports.slice(0, MAX_LISTED_REPORTS).map((report) => `- \`${report.path}\` (${report.bytes.toLocaleString('en-US')} bytes)`);
    if (reports.length > MAX_LISTED_REPORTS) listed.push(`- … and ${reports.length - MAX_LISTED_REPORTS} more`);
    return {
      outputs: { 'report-files': String(reports.length) },
      result: { patterns: context.inputs.reports, reports },
      summary: [
        '### Test reports',
        '',
        reports.length === 0 ? `No file matches ${context.inputs.reports.map((pattern) => `\`${pattern}\``).join(', ')}.` : listed.join('\n'),
        '',
        '_This release finds the report files; parsing, clustering and diagnosis come in a later release._',
      ].join('\n'),
    };
  },
};
