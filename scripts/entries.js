/** Bundle entry points: one per stage action, plus the CLI. `dist/<name>/index.js` is built from each. */
export const ENTRIES = [
  { name: 'plan', source: 'src/stages/plan/index.ts' },
  { name: 'implement', source: 'src/stages/implement/index.ts' },
  { name: 'test-triage', source: 'src/stages/test-triage/index.ts' },
  { name: 'canary-deploy', source: 'src/stages/canary-deploy/index.ts' },
  { name: 'cli', source: 'src/cli/index.ts' },
];
