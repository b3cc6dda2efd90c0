/**
 * The Drydock release that workflows written by `drydock init` (and the shipped examples and
 * reusable workflow) pin to. A test keeps every shipped workflow on this same pin, so a release
 * changes it here and in those files together.
 */
export const DRYDOCK_RELEASE = {
  /** Repository of the actions and the reusable workflow, `owner/name`. */
  repository: 'drydock/drydock',
  /** Full commit SHA every reference is pinned to. */
  commit: 'a6cf18ca6386ac0bea9365560bc4d0b63679a634',
  /** The tag that commit carries, kept as a comment beside each pin. */
  tag: 'v1',
} as const;
