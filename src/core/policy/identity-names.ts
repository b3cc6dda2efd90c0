import type { StageName } from '../config/stage-names.js';

/** The agent identities, one per stage; each has its own permissions and cannot borrow another's. */
export const IDENTITY_NAMES = ['planner', 'implementer', 'triager', 'deployer'] as const;

/** An agent identity. */
export type IdentityName = (typeof IDENTITY_NAMES)[number];

/** The identity each stage acts as. */
export const IDENTITY_OF_STAGE: Readonly<Record<StageName, IdentityName>> = {
  plan: 'planner',
  implement: 'implementer',
  'test-triage': 'triager',
  'canary-deploy': 'deployer',
};

/** Whether a string names an identity. */
export function isIdentityName(name: unknown): name is IdentityName {
  return typeof name === 'string' && (IDENTITY_NAMES as readonly string[]).includes(name);
}
