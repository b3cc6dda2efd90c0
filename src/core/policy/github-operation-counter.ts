import { GITHUB_OPERATION_NAMES, type GithubOperation } from './github-operations.js';
import type { GithubOperationUsage } from './policy.js';

/** Counts GitHub operations consumed per identity in one stage. */
export class GithubOperationCounter {
  private readonly counts = new Map<string, Map<GithubOperation, number>>();

  /** Starts from counts already consumed (for example restored from the journal on a re-run). */
  constructor(initial: GithubOperationUsage = {}) {
    for (const [identity, operations] of Object.entries(initial)) {
      for (const operation of GITHUB_OPERATION_NAMES) {
        const count = operations?.[operation];
        if (count === undefined) continue;
        if (!Number.isSafeInteger(count) || count < 0) {
          throw new TypeError(`GitHub operation usage for ${identity} ${operation} must be a whole number of at least 0, got ${count}`);
        }
        this.add(identity, operation, count);
      }
    }
  }

  /** How many of this operation the identity has consumed. */
  used(identity: string, operation: GithubOperation): number {
    return this.counts.get(identity)?.get(operation) ?? 0;
  }

  /** Adds to the count. */
  add(identity: string, operation: GithubOperation, count: number): void {
    let operations = this.counts.get(identity);
    if (operations === undefined) {
      operations = new Map();
      this.counts.set(identity, operations);
    }
    operations.set(operation, (operations.get(operation) ?? 0) + count);
  }

  /** The counts as plain data. */
  snapshot(): GithubOperationUsage {
    const usage: GithubOperationUsage = {};
    for (const [identity, operations] of this.counts) usage[identity] = Object.fromEntries(operations);
    return usage;
  }
}
