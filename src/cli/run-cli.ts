import { parseArgs } from 'node:util';
import { errorMessage } from '../core/errors.js';
import { journalExplainCommand, journalVerifyCommand, type CommandOutput } from './journal-command.js';
import { parseBudget } from './context-budget.js';
import { replayCommand } from './replay-command.js';

export const USAGE = `Usage: drydock <command>

Commands:
  journal verify FILE [--expect-head HASH]   Check the hash chain; exit 0 when intact, 1 naming the first bad event
  journal explain FILE                       A readable timeline: identities, policy decisions, tokens and cost per stage
  replay JOURNAL [--stage S] [--workspace DIR] [--config FILE]
                                             Run a stage's recorded agent loop again with the recorded model
                                             answers and the real tools, in a scratch copy of DIR (default:
                                             the current directory, without .git); exit 0 on a match, 1
                                             naming the first tool call that diverged, 2 if it cannot replay
  context --repo DIR --goal TEXT --budget TOKENS [--json] [--cache DIR]
                                             Rank the repository's files for the goal (paths, symbols,
                                             contents, imports, git history) and select a repository map
                                             and whole files within the budget, counted with o200k_base;
                                             no model involved. --json prints {"files":[{"path","score",
                                             "tokens"}],"tokens","map","index"}; tokens include the map.
                                             The index is cached per commit in --cache (default:
                                             .drydock/cache in the temporary directory). Exit 0, 2 if the
                                             repository cannot be read, 64 for a usage error
  triage --report GLOB [--report GLOB …] [--root DIR] [--json]
                                             Parse test reports (JUnit XML, TAP, go test -json, Jest/Vitest,
                                             Mocha, RSpec and Dart JSON, TRX, NUnit 3; format from content)
                                             under --root (default: the current directory; symlinks out of
                                             it are refused) and fold retries; no model involved. --json
                                             prints {"totals":{"tests","passed","failed","errored","skipped",
                                             "flaky"},"failures":[{"id","suite","name","file","line","status",
                                             "message","signature"}],"files":[{"path","format","tests",
                                             "error"}]}; each test counts once, in exactly one of passed,
                                             failed, errored, skipped or flaky (failed and passed). Exit 0
                                             when every report was read, 2 if one is unreadable, malformed,
                                             truncated or a pattern matched nothing (the result is still
                                             printed), 64 for a usage error
  canary judge --baseline FILE --canary FILE [--config FILE] [--json]
                                             Compare canary with baseline statistically, no model involved.
                                             Each FILE maps metric names to a list of samples or to
                                             {"events": n, "trials": m}; --config is a judge config (YAML
                                             or JSON). --json prints {"verdict","score","metrics":[{"name",
                                             "classification","effect","ci","detail"}],"reason"}. Exit 0
                                             pass, 1 marginal/fail/inconclusive, 2 unusable input, 64 usage
  workflow lint FILE… [--json]              Check workflows with GitHub's workflow parser and Drydock's rules:
                                             WL001 implement/canary promotion without an environment gate,
                                             WL002 permissions broader than the stage needs (or unset),
                                             WL003 actions not pinned to a full commit SHA, WL004 plan-digest
                                             not wired from a plan step, WL005 untrusted event text in run:
                                             scripts. Prints FILE:LINE:COLUMN: RULE message. Exit 0 clean,
                                             1 findings, 2 a file unreadable or not a valid workflow (WL000)
  init [--repo DIR] [--force]                Write a starter .github/drydock.yml (test command detected from
                                             package.json, go.mod, Cargo.toml, pyproject.toml) and
                                             .github/workflows/drydock.yml calling the reusable pipeline.
                                             Asks nothing; never overwrites without --force. Exit 0 written,
                                             1 a file exists (nothing written), 2 DIR unusable
  run --repo DIR (--goal TEXT | --issue-file FILE) [--approve] [--base-url URL | --replay JOURNAL | --script FILE]
      [--artifacts DIR] [--test-command CMD] [--deploy-version V [--until-weight N]]
                                             The pipeline on a local git repository, in this process: plan,
                                             a gate (type the plan digest's first 8 characters, or
                                             --approve), implement, CMD, test-triage, and with V a canary to
                                             N% (default 25), a gate, promotion. Local forge (issues in
                                             <git dir>/drydock/forge), state and journals in DIR (default
                                             <tmp>/drydock-runs). Model: live with --base-url or
                                             OPENAI_API_KEY, recorded answers with --replay, scripted ones
                                             ({"stages":{"plan":[{"content","toolCalls"}]}}) with --script;
                                             the output says which. Exit 0 done, 1 a stage failed, 2 cannot start, 3 a gate
                                             was not approved

Options:
  -h, --help                                 Show this help
`;

function usageError(message: string): CommandOutput {
  return { exitCode: 64, stdout: '', stderr: `drydock: ${message}\n\n${USAGE}` };
}

/** Runs the CLI on argv (without `node` and the script) and returns what to print and the exit code. */
export async function runCli(argv: readonly string[]): Promise<CommandOutput> {
  // workflow lint, init and run parse their own options (adoption-command.ts).
  if (argv[0] === 'workflow' || argv[0] === 'init' || argv[0] === 'run') {
    const { adoptionCommand } = await import('./adoption-command.js');
    return adoptionCommand(argv, usageError);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        'expect-head': { type: 'string' },
        stage: { type: 'string' },
        workspace: { type: 'string' },
        config: { type: 'string' },
        repo: { type: 'string' },
        goal: { type: 'string' },
        budget: { type: 'string' },
        json: { type: 'boolean' },
        cache: { type: 'string' },
        report: { type: 'string', multiple: true },
        root: { type: 'string' },
        baseline: { type: 'string' },
        canary: { type: 'string' },
      },
    });
  } catch (error) {
    return usageError(errorMessage(error));
  }
  const [command, subcommand, file, ...extra] = parsed.positionals;
  if (parsed.values.help === true || command === undefined || command === 'help') {
    return { exitCode: 0, stdout: USAGE, stderr: '' };
  }
  const { stage, workspace, config } = parsed.values;
  if (command === 'canary') {
    const { baseline, canary, json } = parsed.values;
    const foreign = (['expect-head', 'stage', 'workspace', 'repo', 'goal', 'budget', 'cache'] as const).filter((name) => parsed.values[name] !== undefined);
    const { canaryCommand } = await import('./canary-command.js');
    return canaryCommand(parsed.positionals.slice(1), { baseline, canary, config, json, foreign }, usageError);
  }
  if (parsed.values.baseline !== undefined || parsed.values.canary !== undefined) return usageError('--baseline and --canary apply to canary judge only');
  const contextFlags = (['repo', 'goal', 'budget', 'json', 'cache'] as const).filter((name) => parsed.values[name] !== undefined);
  if (command === 'context') {
    const [, ...rest] = parsed.positionals;
    if (rest.length > 0) return usageError(`unexpected arguments: ${rest.join(' ')}`);
    if (stage !== undefined || workspace !== undefined || config !== undefined || parsed.values['expect-head'] !== undefined) {
      return usageError('context takes --repo, --goal, --budget, --json and --cache only');
    }
    const { repo, goal, budget, json, cache } = parsed.values;
    if (repo === undefined || repo === '') return usageError('context needs --repo DIR');
    if (goal === undefined || goal.trim() === '') return usageError('context needs --goal TEXT (not empty)');
    if (budget === undefined) return usageError('context needs --budget TOKENS');
    const budgetTokens = parseBudget(budget);
    if (budgetTokens === undefined) return usageError(`--budget must be a positive whole number of tokens, got '${budget}'`);
    if (cache === '') return usageError('--cache needs a directory');
    // Loaded on demand: it brings the tokenizer's tables and the index code, which other commands do not need.
    const { contextCommand } = await import('./context-command.js');
    return contextCommand({ repo, goal, budgetTokens, json: json === true, ...(cache === undefined ? {} : { cacheDirectory: cache }) });
  }
  if (command === 'triage') {
    const [, ...rest] = parsed.positionals;
    if (rest.length > 0) return usageError(`unexpected arguments: ${rest.join(' ')}`);
    const { report, root, json } = parsed.values;
    const others = contextFlags.filter((name) => name !== 'json');
    if (others.length > 0 || stage !== undefined || workspace !== undefined || config !== undefined || parsed.values['expect-head'] !== undefined) {
      return usageError('triage takes --report, --root and --json only');
    }
    if (report === undefined || report.length === 0 || report.some((pattern) => pattern.trim() === '')) return usageError('triage needs --report GLOB (not empty)');
    if (root === '') return usageError('--root needs a directory');
    const { triageCommand } = await import('./triage-command.js');
    return triageCommand({ reports: report, json: json === true, ...(root === undefined ? {} : { root }) });
  }
  if (parsed.values.report !== undefined || parsed.values.root !== undefined) return usageError('--report and --root apply to triage only');
  if (contextFlags.length > 0) return usageError(`${contextFlags.map((name) => `--${name}`).join(', ')} apply to context only`);
  if (command === 'replay') {
    const [, ...rest] = parsed.positionals;
    if (rest.length === 0) return usageError('replay needs a JOURNAL file');
    if (rest.length > 1) return usageError(`unexpected arguments: ${rest.slice(1).join(' ')}`);
    if (parsed.values['expect-head'] !== undefined) return usageError('--expect-head applies to journal verify only');
    return replayCommand(rest[0]!, { ...(stage === undefined ? {} : { stage }), ...(workspace === undefined ? {} : { workspace }), ...(config === undefined ? {} : { config }) });
  }
  if (stage !== undefined || workspace !== undefined || config !== undefined) return usageError('--stage, --workspace and --config apply to replay only');
  if (command !== 'journal') return usageError(`unknown command '${command}'`);
  if (subcommand !== 'verify' && subcommand !== 'explain') {
    return usageError(subcommand === undefined ? 'journal needs a subcommand: verify or explain' : `unknown journal subcommand '${subcommand}'`);
  }
  if (file === undefined) return usageError(`journal ${subcommand} needs a FILE`);
  if (extra.length > 0) return usageError(`unexpected arguments: ${extra.join(' ')}`);
  const expectedHead = parsed.values['expect-head'];
  if (subcommand === 'verify') {
    return journalVerifyCommand(file, expectedHead === undefined ? {} : { expectedHead });
  }
  if (expectedHead !== undefined) return usageError('--expect-head applies to journal verify only');
  return journalExplainCommand(file);
}
