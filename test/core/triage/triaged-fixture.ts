import type { TriagedFailure } from '../../../src/core/triage/triage-types.js';

/** A triaged failure with plain values for the fields not given. */
export function triaged(fields: Partial<TriagedFailure> & { id: string }): TriagedFailure {
  return {
    suite: 'suite',
    name: fields.id,
    status: 'failed',
    signature: 'sig',
    cluster: 'c-1',
    reruns: [],
    change: { relation: 'unknown', files: [], lines: [] },
    new: true,
    classification: 'regression',
    likelyUnrelated: false,
    ...fields,
  };
}
