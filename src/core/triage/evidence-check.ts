import { normalizePolicyPath } from '../policy/path-normalization.js';
import type { EvidenceReference } from './diagnosis-schema.js';

/** A reference that was dropped, and why. */
export interface DroppedEvidence {
  reference: string;
  reason: string;
}

/** Evidence after checking: references that exist, and those that were invented or wrong. */
export interface CheckedEvidence {
  kept: EvidenceReference[];
  dropped: DroppedEvidence[];
}

/**
 * Keeps only file:line references that point at a real line of a real file in the repository. A
 * model can cite a file it never read or a line past the end; those are dropped and listed, so
 * the diagnosis is shown with what actually supports it (and a reader sees what was invented).
 * `lineCount` answers how many lines a file has, or undefined when there is no such readable file.
 */
export function checkEvidence(evidence: readonly EvidenceReference[], lineCount: (path: string) => number | undefined): CheckedEvidence {
  const kept: EvidenceReference[] = [];
  const dropped: DroppedEvidence[] = [];
  for (const reference of evidence) {
    const label = `${reference.file}:${reference.line}`;
    const normalized = normalizePolicyPath(reference.file);
    if (!normalized.ok) {
      dropped.push({ reference: label, reason: normalized.reason });
      continue;
    }
    const lines = lineCount(normalized.path);
    if (lines === undefined) dropped.push({ reference: label, reason: 'no such file in the repository' });
    else if (reference.line > lines) dropped.push({ reference: label, reason: `the file has ${lines} lines` });
    else kept.push({ ...reference, file: normalized.path });
  }
  return { kept, dropped };
}
