import type { ValidatorConfig, ValidatorKind } from '../config/config-types.js';
import type { PlanTask } from '../plan/plan-schema.js';
import { indexTestFiles, isTestFile } from '../risk/test-files.js';

/** Kill a validator after this long when its config does not say: 10 minutes. */
export const DEFAULT_VALIDATOR_TIMEOUT_MS = 10 * 60 * 1000;

/** Most related files appended to one command, so the argv stays far below system limits. */
const MAX_RELATED_FILES = 100;

/** One command the stage runs to judge an attempt. */
export interface ValidatorCommand {
  /** `lint`, `test`, `test (related)`, `acceptance t1#2`: unique within a run. */
  name: string;
  /** Where it comes from: a configured validator, its related-tests form, or a task's acceptance check. */
  source: 'validator' | 'related' | 'acceptance';
  /** The configured argv this command is or derives from: policy judges this. */
  configuredArgv: readonly string[];
  /** What actually runs (the configured argv, plus selected files for a related run). */
  argv: readonly string[];
  /** What it checks. */
  kind: ValidatorKind;
  /** Kill it after this many milliseconds. */
  timeoutMs: number;
  /** For a related run: the validator whose full run it stands before. */
  relatedTo?: string;
}

const KIND_ORDER: readonly ValidatorKind[] = ['format', 'lint', 'typecheck', 'build', 'test', 'other'];

/** What `validatorCommands` needs. */
export interface ValidatorCommandInput {
  /** The configured validators by name. */
  validators: Readonly<Record<string, ValidatorConfig>>;
  /** The task; its command acceptance checks run after the validators. */
  task: Pick<PlanTask, 'id' | 'acceptanceChecks'>;
  /** Paths the attempt changed (relative, normalized). */
  changedFiles: readonly string[];
  /** Every file of the repository, to find the tests related to the changed files. */
  repositoryFiles: readonly string[];
}

/**
 * The commands that judge one attempt, in order: for each test validator that can select tests,
 * the tests related to the changed files first (a quick, focused signal); then every configured
 * validator by kind (format, lint, typecheck, build, test, other; by name within a kind); then the
 * task's command acceptance checks, except those that are exactly a validator already run.
 */
export function validatorCommands(input: ValidatorCommandInput): ValidatorCommand[] {
  const configured = Object.entries(input.validators)
    .map(([name, validator]) => ({ name, validator, kind: validator.kind ?? 'other' }))
    .sort((left, right) => KIND_ORDER.indexOf(left.kind) - KIND_ORDER.indexOf(right.kind) || left.name.localeCompare(right.name));
  const commands: ValidatorCommand[] = [];
  for (const { name, validator, kind } of configured) {
    const related = relatedArguments(validator, input.changedFiles, input.repositoryFiles);
    if (related === undefined) continue;
    commands.push({
      name: `${name} (related)`,
      source: 'related',
      configuredArgv: validator.argv,
      argv: [...validator.argv, ...related],
      kind,
      timeoutMs: timeoutOf(validator),
      relatedTo: name,
    });
  }
  for (const { name, validator, kind } of configured) {
    commands.push({ name, source: 'validator', configuredArgv: validator.argv, argv: validator.argv, kind, timeoutMs: timeoutOf(validator) });
  }
  const validatorArgv = new Set(configured.map(({ validator }) => JSON.stringify(validator.argv)));
  input.task.acceptanceChecks.forEach((check, index) => {
    // A check that is exactly a configured validator has just run as one.
    if (check.kind !== 'command' || validatorArgv.has(JSON.stringify(check.argv))) return;
    commands.push({
      name: `acceptance ${input.task.id}#${index + 1}`,
      source: 'acceptance',
      configuredArgv: check.argv,
      argv: check.argv,
      kind: 'test',
      timeoutMs: DEFAULT_VALIDATOR_TIMEOUT_MS,
    });
  });
  return commands;
}

function timeoutOf(validator: ValidatorConfig): number {
  return validator.timeoutSeconds === undefined ? DEFAULT_VALIDATOR_TIMEOUT_MS : validator.timeoutSeconds * 1000;
}

/** The arguments that select the related tests, or undefined when the validator cannot or there are none. */
function relatedArguments(validator: ValidatorConfig, changedFiles: readonly string[], repositoryFiles: readonly string[]): string[] | undefined {
  if (validator.relatedTests === undefined || changedFiles.length === 0) return undefined;
  // File names become arguments: one starting with "-" would be read as an option.
  const safe = (path: string) => !path.startsWith('-') && !path.includes('\0');
  if (validator.relatedTests === 'find-related') {
    const files = changedFiles.filter(safe).slice(0, MAX_RELATED_FILES);
    return files.length === 0 ? undefined : ['--findRelatedTests', ...files];
  }
  const index = indexTestFiles(repositoryFiles);
  const tests = new Set<string>();
  for (const path of changedFiles) {
    if (isTestFile(path)) tests.add(path);
    else for (const test of index.conventionalTestsOf(path)) tests.add(test);
  }
  const files = [...tests].filter(safe).sort().slice(0, MAX_RELATED_FILES);
  return files.length === 0 ? undefined : files;
}
