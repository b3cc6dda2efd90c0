import { z } from 'zod';

/** What a failure is, as the triager sees it. */
export const DIAGNOSIS_CATEGORIES = ['code', 'test', 'flaky', 'infra', 'dependency', 'config'] as const;
export type DiagnosisCategory = (typeof DIAGNOSIS_CATEGORIES)[number];

/** One file:line reference the diagnosis rests on. */
export const evidenceReferenceSchema = z.strictObject({
  file: z.string().min(1).max(500).describe('Path relative to the repository root, as read with read_file.'),
  line: z.number().int().min(1).max(10_000_000).describe('1-based line number in that file.'),
  note: z.string().max(500).describe('What this line shows.'),
});

/** The triager's result for one cluster. */
export const diagnosisSchema = z
  .strictObject({
    category: z.enum(DIAGNOSIS_CATEGORIES).describe('code: the change broke behaviour; test: the test is wrong; flaky: nondeterministic; infra: the machine; dependency: a package or service; config: settings or environment.'),
    confidence: z.number().min(0).max(1).describe('How sure, from 0 to 1.'),
    rootCause: z.string().min(1).max(2000).describe('The cause in a few sentences.'),
    evidence: z.array(evidenceReferenceSchema).max(20).describe('file:line references that exist in the repository and show the cause.'),
    fix: z
      .strictObject({
        diff: z.string().min(1).max(50_000).describe('A unified diff (git diff format, paths a/… b/…) that fixes the cause; only files you read.'),
        explanation: z.string().min(1).max(1000).describe('Why this fixes it.'),
      })
      .optional()
      .describe('A fix, when you are confident of one.'),
  })
  .describe('The diagnosis of one failure cluster.');

export type Diagnosis = z.infer<typeof diagnosisSchema>;
export type EvidenceReference = z.infer<typeof evidenceReferenceSchema>;
