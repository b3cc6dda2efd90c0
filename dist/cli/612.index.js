export const id = 612;
export const ids = [612];
export const modules = {

/***/ 24612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
});

// UNUSED EXPORTS: INIT_FILES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/cli/drydock-release.ts
/**
 * The Drydock release that workflows written by `drydock init` (and the shipped examples and
 * reusable workflow) pin to. A test keeps every shipped workflow on this same pin, so a release
 * changes it here and in those files together.
 */
const DRYDOCK_RELEASE = {
    /** Repository of the actions and the reusable workflow, `owner/name`. */
    repository: 'drydock/drydock',
    /** Full commit SHA every reference is pinned to. */
    commit: 'a6cf18ca6386ac0bea9365560bc4d0b63679a634',
    /** The tag that commit carries, kept as a comment beside each pin. */
    tag: 'v1',
};

;// CONCATENATED MODULE: ./src/cli/init-templates.ts

/** Tells the test command from marker files at the repository root. */
function detectProjectCommands(hasFile) {
    if (hasFile('package.json'))
        return { kind: 'Node.js (package.json)', test: ['npm', 'test'], testScript: 'npm ci && npm test' };
    if (hasFile('go.mod'))
        return { kind: 'Go (go.mod)', test: ['go', 'test', './...'], testScript: 'go test ./...' };
    if (hasFile('Cargo.toml'))
        return { kind: 'Rust (Cargo.toml)', test: ['cargo', 'test'], testScript: 'cargo test' };
    if (hasFile('pyproject.toml') || hasFile('setup.py')) {
        return { kind: 'Python (pyproject.toml or setup.py)', test: ['python', '-m', 'pytest'], testScript: 'python -m pip install -e . pytest && python -m pytest --junitxml=junit.xml' };
    }
    return { kind: undefined, test: undefined, testScript: 'echo "Set test-command in .github/workflows/drydock.yml" && exit 1' };
}
function flowArgv(argv) {
    return `[${argv.map((part) => (/^[A-Za-z0-9._/-]+$/.test(part) ? part : JSON.stringify(part))).join(', ')}]`;
}
/** The starter policy file: least privilege, the detected test command as validator, modest budgets. */
function starterConfig(commands) {
    const validator = commands.test === undefined
        ? [
            '# validators:',
            '#   test:',
            '#     argv: [make, test]        # the command that says whether a change works',
            '#     timeoutSeconds: 1200',
            'validators: {}',
        ]
        : ['validators:', '  test:', `    argv: ${flowArgv(commands.test)}`, '    timeoutSeconds: 1200'];
    return [
        '# .github/drydock.yml — policy for Drydock\'s agents, written by `drydock init`.',
        '# Every section is optional and merges over safe defaults; an unknown key or a wrong type stops',
        '# a stage with this file\'s name, the key path and the line. Protected paths (.git/,',
        '# .github/workflows/, this file, credential files) stay closed to every agent whatever it says.',
        'version: 1',
        '',
        'identities:',
        '  implementer:',
        '    # Paths the implementer may write (globs from the repository root).',
        "    write: ['src/**', 'lib/**', 'test/**', 'tests/**', 'docs/**']",
        '    # Commands as argv patterns, never shell strings: `*` is one argument, a final `**` any number.',
        ...(commands.test === undefined ? ['    commands: []'] : ['    commands:', `      - ${flowArgv(commands.test)}`]),
        '',
        `# Run after every implementation attempt; an attempt counts only when they pass.${commands.kind === undefined ? ' No test command was recognised: add one.' : ` Detected: ${commands.kind}.`}`,
        ...validator,
        '',
        'budgets:',
        '  run: { tokens: 3000000, costUsd: 10 }',
        '',
        'models:',
        '  default: { provider: openai, model: gpt-4.1-mini }',
        '',
    ].join('\n');
}
/** The starter workflow: the reusable pipeline on a labelled issue or a dispatched goal. */
function starterWorkflow(commands) {
    const pin = `${DRYDOCK_RELEASE.repository}/.github/workflows/drydock.yml@${DRYDOCK_RELEASE.commit} # ${DRYDOCK_RELEASE.tag}`;
    return `# Written by \`drydock init\`. Label an issue \`drydock\`, or run this workflow with a goal: Drydock
# plans, waits for a reviewer of the \`drydock-implement\` environment to approve the plan, then
# implements it as a draft pull request, runs your tests and triages them.
# Before the first run: create the environment \`drydock-implement\` with required reviewers
# (Settings → Environments) and the secret OPENAI_API_KEY (or leave it out to use GitHub Models).
name: Drydock

on:
  issues:
    types: [labeled]
  workflow_dispatch:
    inputs:
      goal:
        description: What should change, in a sentence or two.
        type: string
        required: true

permissions: {}

jobs:
  drydock:
    if: github.event_name == 'workflow_dispatch' || github.event.label.name == 'drydock'
    uses: ${pin}
    # The most any Drydock job gets; each job of the pipeline asks for less.
    permissions:
      contents: write
      pull-requests: write
      issues: write
      checks: write
      deployments: write
      actions: read
      models: read
    with:
      goal: \${{ inputs.goal }}
      test-command: ${commands.testScript.includes(':') || commands.testScript.includes('#') ? JSON.stringify(commands.testScript) : commands.testScript}
    secrets:
      model-api-key: \${{ secrets.OPENAI_API_KEY }}
`;
}

;// CONCATENATED MODULE: ./src/cli/init-command.ts





/** Files `drydock init` writes, relative to the repository root. */
const INIT_FILES = { config: '.github/drydock.yml', workflow: '.github/workflows/drydock.yml' };
/**
 * `drydock init`: writes a starter policy file and workflow. It asks nothing (so it runs the same
 * in a terminal, a script or CI), and never overwrites a file without `--force`: when one exists,
 * nothing at all is written.
 */
async function initCommand(options) {
    const root = (0,external_node_path_.resolve)(options.repo);
    if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory()) {
        return { exitCode: 2, stdout: '', stderr: `drydock: --repo ${options.repo} is not a directory.\n` };
    }
    const commands = detectProjectCommands((name) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, name)));
    const files = [
        { path: INIT_FILES.config, content: starterConfig(commands) },
        { path: INIT_FILES.workflow, content: starterWorkflow(commands) },
    ];
    const existing = files.filter((file) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, file.path))).map((file) => file.path);
    if (existing.length > 0 && !options.force) {
        return {
            exitCode: 1,
            stdout: '',
            stderr: `drydock: ${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''} in ${root}; nothing was written. Run again with --force to overwrite.\n`,
        };
    }
    try {
        for (const file of files) {
            await (0,promises_.mkdir)((0,external_node_path_.join)(root, file.path, '..'), { recursive: true });
            await (0,promises_.writeFile)((0,external_node_path_.join)(root, file.path), file.content);
        }
    }
    catch (error) {
        return { exitCode: 2, stdout: '', stderr: `drydock: cannot write into ${root}: ${(0,errors/* errorMessage */.gJ)(error)}\n` };
    }
    const fromHere = (0,external_node_path_.relative)(process.cwd(), root);
    const shown = fromHere === '' ? '.' : fromHere.startsWith('..') ? root : fromHere;
    const lines = [
        ...files.map((file) => `${existing.includes(file.path) ? 'overwrote' : 'wrote'} ${(0,external_node_path_.join)(shown, file.path)}`),
        commands.kind === undefined
            ? 'No test command was recognised: set `validators` in .github/drydock.yml and `test-command` in the workflow.'
            : `Test command from ${commands.kind}: ${commands.testScript}`,
        '',
        'Next:',
        '  1. Settings → Environments: create `drydock-implement` with required reviewers (they approve each plan).',
        '  2. Settings → Secrets: add OPENAI_API_KEY, or remove `model-api-key` to use GitHub Models.',
        `  3. drydock workflow lint ${(0,external_node_path_.join)(shown, INIT_FILES.workflow)}`,
        '  4. Commit both files, then label an issue `drydock` or run the workflow with a goal.',
    ];
    return { exitCode: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
}


/***/ })

};
