import type { TestOutcome } from '../../../src/core/reports/test-report.js';

/** A failing outcome as the report reader folds it; fields not given take plain values. */
export function failingOutcome(fields: Partial<TestOutcome> & { name: string }): TestOutcome {
  const status = fields.status ?? 'failed';
  return {
    id: fields.id ?? `suite::${fields.name}`,
    suite: 'suite',
    attempts: [status],
    flaky: false,
    status,
    ...fields,
  };
}
