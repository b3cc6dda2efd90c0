/** The four stages, in pipeline order. */
export const STAGE_NAMES = ['plan', 'implement', 'test-triage', 'canary-deploy'] as const;

/** A stage name. */
export type StageName = (typeof STAGE_NAMES)[number];
