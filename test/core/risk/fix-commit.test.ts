import { describe, expect, it } from 'vitest';
import { isFixOrRevertSubject } from '../../../src/core/risk/fix-commit.js';

describe('isFixOrRevertSubject', () => {
  it('FX-001 reverts, fixes, hotfixes and bugs count; words that merely contain them do not', () => {
    for (const subject of ['Revert "Add cache"', 'revert: add cache', 'revert(api)!: drop v1', 'fix(api): null check', 'Fix login', 'Fixes #12', 'fixed typo in parser', 'Hotfix for checkout', 'bugfix: overflow', 'Bug in parser', 'HOTFIX']) {
      expect(isFixOrRevertSubject(subject), subject).toBe(true);
    }
    for (const subject of ['Add prefix option', 'debug logging', 'Add fixtures', 'Reverted layout idea', 'feat: new cache', 'revert-button styling']) {
      expect(isFixOrRevertSubject(subject), subject).toBe(false);
    }
  });
});
