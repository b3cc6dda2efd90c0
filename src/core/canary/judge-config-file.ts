import { LineCounter, parseDocument } from 'yaml';
import { formatProblem, problemsFromIssues, type ConfigProblem } from '../config/config-issues.js';
import { genericIssueMessage } from '../config/schema-messages.js';
import { YamlLocator } from '../config/yaml-locator.js';
import { InputError, errorMessage } from '../errors.js';
import { judgeConfigSchema, resolveJudgeConfig, type JudgeConfig } from './judge-config.js';

/** Most problems listed in one error; the rest are counted. */
const MAX_PROBLEMS_SHOWN = 20;
/** Aliases a document may expand: plenty for a config, far too few for a "billion laughs". */
const MAX_ALIAS_COUNT = 100;

function failWith(fileName: string, problems: readonly ConfigProblem[]): never {
  const lines = problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem) => formatProblem(fileName, problem));
  if (problems.length > MAX_PROBLEMS_SHOWN) lines.push(`${fileName}: … and ${problems.length - MAX_PROBLEMS_SHOWN} more problems`);
  const first = problems[0];
  throw new InputError(lines.join('\n'), { where: first?.line === undefined ? fileName : `${fileName}:${first.line}` });
}

/**
 * Parses a judge config file (YAML, or JSON, which is YAML too) and fills the defaults. An empty file
 * means the defaults. Every problem becomes one line of the thrown `InputError`:
 * `file: key.path: what was expected, got what (line N)`.
 */
export function parseJudgeConfig(text: string, fileName: string): JudgeConfig {
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
    throw new InputError(`${fileName}: cannot read the YAML: ${errorMessage(error)}`, { where: fileName, cause: error });
  }
  if (data === null || data === undefined) return resolveJudgeConfig();
  const parsed = judgeConfigSchema.safeParse(data, { reportInput: true, error: genericIssueMessage });
  if (!parsed.success) failWith(fileName, problemsFromIssues(parsed.error.issues, judgeConfigSchema, new YamlLocator(document, lineCounter)));
  return resolveJudgeConfig(parsed.data);
}
