import { describe, expect, it } from 'vitest';
import {
  BudgetExceededError,
  DrydockError,
  ExternalServiceError,
  InputError,
  IntegrityError,
  ModelBehaviourError,
  PolicyDeniedError,
} from '../../src/core/errors.js';

describe('errors', () => {
  it('ER-001 classify by fault with isInstance', () => {
    const errors = [
      new InputError('bad input', { where: 'goal' }),
      new ModelBehaviourError('bad output', { issues: [{ path: ['tasks'] }] }),
      new PolicyDeniedError('no', { identity: 'planner', reason: 'read-only' }),
      new BudgetExceededError('over', { budget: 'tokens', scope: 'stage', limit: 1, used: 2 }),
      new ExternalServiceError('down', { service: 'github', retryable: true, status: 502 }),
      new IntegrityError('changed', { expected: 'a', actual: 'b' }),
    ];
    const classes = [InputError, ModelBehaviourError, PolicyDeniedError, BudgetExceededError, ExternalServiceError, IntegrityError];
    errors.forEach((error, index) => {
      expect(DrydockError.isInstance(error)).toBe(true);
      classes.forEach((errorClass, classIndex) => expect(errorClass.isInstance(error)).toBe(index === classIndex));
    });
    expect(errors[0]!.name).toBe('InputError');
    expect((errors[4] as ExternalServiceError).retryable).toBe(true);
  });

  it('ER-002 recognise an error made by another bundled copy of the classes', () => {
    // A second bundle has its own class objects; only the global symbol marker and the fault are shared.
    const foreign = Object.assign(new Error('from another bundle'), {
      [Symbol.for('drydock.error')]: true,
      fault: 'budget-exceeded',
    });
    expect(foreign instanceof BudgetExceededError).toBe(false);
    expect(BudgetExceededError.isInstance(foreign)).toBe(true);
    expect(InputError.isInstance(foreign)).toBe(false);
    expect(DrydockError.isInstance(new Error('plain'))).toBe(false);
    expect(DrydockError.isInstance(null)).toBe(false);
  });

  it('ER-003 keep the cause', () => {
    const cause = new Error('socket hang up');
    expect(new ExternalServiceError('GitHub failed', { service: 'github', retryable: true, cause }).cause).toBe(cause);
  });

  it('ER-004 an external-service error carries the wait the service asked for, when it asked', () => {
    expect(new ExternalServiceError('429', { service: 'model', retryable: true, status: 429, retryAfterMs: 2000 }).retryAfterMs).toBe(2000);
    expect(new ExternalServiceError('500', { service: 'model', retryable: true, status: 500 }).retryAfterMs).toBeUndefined();
  });
});
