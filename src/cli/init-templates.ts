import { DRYDOCK_RELEASE } from './drydock-release.js';

/** The commands a repository's own tooling suggests, found from its files. */
export interface ProjectCommands {
  /** What kind of project the files say this is (`Node.js (package.json)`), or undefined. */
  kind: string | undefined;
  /** The test command as argv, if one could be told. */
  test: string[] | undefined;
  /** The command line that runs the tests in the workflow's test job. */
  testScript: string;
}

/** Tells the test command from marker files at the repository root. */
export function detectProjectCommands(hasFile: (name: string) => boolean): ProjectCommands {
  if (hasFile('package.json')) return { kind: 'Node.js (package.json)', test: ['npm', 'test'], testScript: 'npm ci && npm test' };
  if (hasFile('go.mod')) return { kind: 'Go (go.mod)', test: ['go', 'test', './...'], testScript: 'go test ./...' };
  if (hasFile('Cargo.toml')) return { kind: 'Rust (Cargo.toml)', test: ['cargo', 'test'], testScript: 'cargo test' };
  if (hasFile('pyproject.toml') || hasFile('setup.py')) {
    return { kind: 'Python (pyproject.toml or setup.py)', test: ['python', '-m', 'pytest'], testScript: 'python -m pip install -e . pytest && python -m pytest --junitxml=junit.xml' };
  }
  return { kind: undefined, test: undefined, testScript: 'echo "Set test-command in .github/workflows/drydock.yml" && exit 1' };
}

function flowArgv(argv: readonly string[]): string {
  return `[${argv.map((part) => (/^[A-Za-z0-9._/-]+$/.test(part) ? part : JSON.stringify(part))).join(', ')}]`;
}

/** The starter policy file: least privilege, the detected test command as validator, modest budgets. */
export function starterConfig(commands: ProjectCommands): string {
  const validator =
    commands.test === undefined
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
export function starterWorkflow(commands: ProjectCommands): string {
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
