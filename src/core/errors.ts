/**
 * Errors split by who is at fault, so a stage can say what went wrong and whose move it is.
 *
 * Every error carries a marker under a global symbol and each class has a static `isInstance`,
 * so checks still work when the same class exists twice (each stage bundle has its own copy).
 */

const ERROR_MARKER = Symbol.for('drydock.error');

/** Who is at fault. */
export type ErrorFault =
  | 'input'
  | 'model-behaviour'
  | 'policy-denied'
  | 'budget-exceeded'
  | 'external-service'
  | 'integrity'
  | 'cancelled';

export interface DrydockErrorOptions {
  /** The underlying error, if any. */
  cause?: unknown;
}

export class DrydockError extends Error {
  /** Who is at fault; the marker that `isInstance` checks. */
  readonly fault: ErrorFault | 'system' = 'system';
  readonly [ERROR_MARKER] = true;

  constructor(message: string, options: DrydockErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
  }

  static isInstance(value: unknown): value is DrydockError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[ERROR_MARKER] === true;
  }
}

function hasFault(value: unknown, fault: ErrorFault): boolean {
  return DrydockError.isInstance(value) && value.fault === fault;
}

/** What a user wrote (an input, a config file, an artifact handed over) is wrong. */
export class InputError extends DrydockError {
  override readonly fault = 'input' as const;
  /** Where the problem is: an input name, a file path, `file:line`. */
  readonly where: string | undefined;

  constructor(message: string, options: DrydockErrorOptions & { where?: string } = {}) {
    super(message, options);
    this.where = options.where;
  }

  static override isInstance(value: unknown): value is InputError {
    return hasFault(value, 'input');
  }
}

/** The model did something it must not: invalid tool input, schema violation, repeated mistakes. */
export class ModelBehaviourError extends DrydockError {
  override readonly fault = 'model-behaviour' as const;
  /** Validation issues or other details the model produced. */
  readonly issues: readonly unknown[];

  constructor(message: string, options: DrydockErrorOptions & { issues?: readonly unknown[] } = {}) {
    super(message, options);
    this.issues = options.issues ?? [];
  }

  static override isInstance(value: unknown): value is ModelBehaviourError {
    return hasFault(value, 'model-behaviour');
  }
}

/** Policy refused an action. */
export class PolicyDeniedError extends DrydockError {
  override readonly fault = 'policy-denied' as const;
  /** The identity that asked. */
  readonly identity: string;
  /** The rule or reason that denied it. */
  readonly reason: string;

  constructor(message: string, options: DrydockErrorOptions & { identity: string; reason: string }) {
    super(message, options);
    this.identity = options.identity;
    this.reason = options.reason;
  }

  static override isInstance(value: unknown): value is PolicyDeniedError {
    return hasFault(value, 'policy-denied');
  }
}

/** A budget ran out; the stage stops cleanly with its state saved. */
export class BudgetExceededError extends DrydockError {
  override readonly fault = 'budget-exceeded' as const;
  /** Which budget: `tokens`, `cost`, `turns`, `wall-time`. */
  readonly budget: string;
  /** `stage` or `run`. */
  readonly scope: string;
  /** The limit that was set. */
  readonly limit: number;
  /** What was used when the limit was crossed. */
  readonly used: number;

  constructor(
    message: string,
    options: DrydockErrorOptions & { budget: string; scope: string; limit: number; used: number },
  ) {
    super(message, options);
    this.budget = options.budget;
    this.scope = options.scope;
    this.limit = options.limit;
    this.used = options.used;
  }

  static override isInstance(value: unknown): value is BudgetExceededError {
    return hasFault(value, 'budget-exceeded');
  }
}

/** Something outside failed: GitHub, the model endpoint, the artifact service. */
export class ExternalServiceError extends DrydockError {
  override readonly fault = 'external-service' as const;
  /** Which service (`github`, `model`, `artifacts`, …). */
  readonly service: string;
  /** Whether trying again may help (429, 5xx, timeouts, resets). */
  readonly retryable: boolean;
  /** HTTP status, when there was one. */
  readonly status: number | undefined;
  /** How long the service asked to wait before trying again (`Retry-After`), in milliseconds. */
  readonly retryAfterMs: number | undefined;

  constructor(
    message: string,
    options: DrydockErrorOptions & { service: string; retryable: boolean; status?: number; retryAfterMs?: number },
  ) {
    super(message, options);
    this.service = options.service;
    this.retryable = options.retryable;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }

  static override isInstance(value: unknown): value is ExternalServiceError {
    return hasFault(value, 'external-service');
  }
}

/** Something that must match does not: a digest, a hash chain, a schema version. */
export class IntegrityError extends DrydockError {
  override readonly fault = 'integrity' as const;
  /** What was expected. */
  readonly expected: string | undefined;
  /** What was found. */
  readonly actual: string | undefined;

  constructor(message: string, options: DrydockErrorOptions & { expected?: string; actual?: string } = {}) {
    super(message, options);
    this.expected = options.expected;
    this.actual = options.actual;
  }

  static override isInstance(value: unknown): value is IntegrityError {
    return hasFault(value, 'integrity');
  }
}

/** The run was cancelled (the runner sent SIGINT or SIGTERM); the stage stops cleanly with its state saved. */
export class CancelledError extends DrydockError {
  override readonly fault = 'cancelled' as const;
  /** The signal that asked the stage to stop. */
  readonly signal: string;

  constructor(message: string, options: DrydockErrorOptions & { signal: string }) {
    super(message, options);
    this.signal = options.signal;
  }

  static override isInstance(value: unknown): value is CancelledError {
    return hasFault(value, 'cancelled');
  }
}

/** A readable message for anything thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
