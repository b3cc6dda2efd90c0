import { LineCounter, parseDocument } from 'yaml';
import { InputError } from '../errors.js';
import { formatProblem, problemsFromIssues, type ConfigProblem } from './config-issues.js';
import { configSchema } from './config-schema.js';
import type { ConfigWarning, LoadedConfig } from './config-types.js';
import { configWarnings } from './config-warnings.js';
import { defaultConfig } from './default-config.js';
import { mergeConfig } from './merge-config.js';
import { mergedConfigProblems } from './merged-config-checks.js';
import { genericIssueMessage } from './schema-messages.js';
import { YamlLocator } from './yaml-locator.js';

/** Where the repository configuration lives. */
export const CONFIG_FILE_NAME = '.github/drydock.yml';

/** Most problems listed in one error; the rest are counted. */
const MAX_PROBLEMS_SHOWN = 20;

/** Aliases a document may expand; far above what a config needs, far below a "billion laughs". */
const MAX_ALIAS_COUNT = 100;

function failWith(fileName: string, problems: readonly ConfigProblem[]): never {
  const lines = problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem) => formatProblem(fileName, problem));
  if (problems.length > MAX_PROBLEMS_SHOWN) lines.push(`${fileName}: … and ${problems.length - MAX_PROBLEMS_SHOWN} more problems`);
  const first = problems[0];
  const where = first?.line === undefined ? fileName : `${fileName}:${first.line}`;
  throw new InputError(lines.join('\n'), { where });
}

/**
 * Parses, validates and merges `.github/drydock.yml` over the safe defaults.
 *
 * An empty file (or one holding only comments) means the defaults. Anything else must be a mapping
 * starting with `version: 1`; unknown keys and wrong types are errors. Every problem becomes one
 * line of the thrown `InputError`: `file: key.path: what was expected, got what (line N)`; YAML
 * syntax errors give line and column. A value that contradicts a default it does not override
 * (risk thresholds out of order) is an error too. Entries that are valid but cannot take effect
 * (globs aimed at protected paths, shells with wildcards) come back as warnings for the stage to show.
 */
export function loadConfig(text: string, fileName: string = CONFIG_FILE_NAME): LoadedConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntaxProblems = [...document.errors, ...document.warnings].map((error) => {
    const position = lineCounter.linePos(error.pos[0]);
    return { keyPath: '', line: position.line, column: position.col, message: `YAML syntax error: ${error.message}` };
  });
  if (syntaxProblems.length > 0) failWith(fileName, syntaxProblems);

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new InputError(`${fileName}: cannot read the YAML: ${error instanceof Error ? error.message : String(error)}`, { where: fileName, cause: error });
  }
  if (data === null || data === undefined) return { config: defaultConfig(), warnings: [] };

  const locator = new YamlLocator(document, lineCounter);
  const parsed = configSchema.safeParse(data, { reportInput: true, error: genericIssueMessage });
  if (!parsed.success) failWith(fileName, problemsFromIssues(parsed.error.issues, configSchema, locator));
  const config = mergeConfig(defaultConfig(), parsed.data);
  const mergedProblems = mergedConfigProblems(config, parsed.data, locator);
  if (mergedProblems.length > 0) failWith(fileName, mergedProblems);

  const warnings: ConfigWarning[] = configWarnings(parsed.data, locator)
    .sort((left, right) => (left.line ?? 0) - (right.line ?? 0))
    .map((problem) => ({
    keyPath: problem.keyPath,
    ...(problem.line === undefined ? {} : { line: problem.line }),
    message: formatProblem(fileName, problem),
  }));
  return { config, warnings };
}
