import { DrydockError, errorMessage } from '../../core/errors.js';

/** The message for `::error::`: who is at fault comes first, so a user knows whose move it is. */
export function describeFailure(error: unknown): string {
  if (!DrydockError.isInstance(error)) return `Unexpected error: ${errorMessage(error)}`;
  switch (error.fault) {
    case 'input':
      return errorMessage(error);
    case 'cancelled':
      return errorMessage(error);
    case 'budget-exceeded':
      return `${errorMessage(error)} The stage stopped cleanly; its state is saved.`;
    case 'integrity':
      return `Integrity check failed: ${errorMessage(error)}`;
    case 'policy-denied':
      return `Denied by policy: ${errorMessage(error)}`;
    case 'external-service':
      return `External service failed: ${errorMessage(error)}`;
    case 'model-behaviour':
      return `The model misbehaved: ${errorMessage(error)}`;
    default:
      return errorMessage(error);
  }
}
