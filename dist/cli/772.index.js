export const id = 772;
export const ids = [772];
export const modules = {

/***/ 74772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  workflowLintCommand: () => (/* binding */ workflowLintCommand)
});

// UNUSED EXPORTS: WORKFLOW_LINT_EXIT

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./src/adapters/workflow-parser.ts

// @actions/workflow-parser imports its JSON schemas without an import attribute, which bundlers
// accept and plain Node ESM refuses (ERR_IMPORT_ATTRIBUTE_MISSING). Under plain Node (tsx, a
// source checkout) a resolve hook adds `type: 'json'` for exactly those files; in the ncc bundle
// the schemas are inlined and the hook never fires.
let hookRegistered = false;
function allowParserSchemas() {
    if (hookRegistered)
        return;
    hookRegistered = true;
    (0,external_node_module_.registerHooks)({
        resolve(specifier, context, nextResolve) {
            const resolved = nextResolve(specifier, context);
            if (resolved.url.includes('/@actions/workflow-parser/') && resolved.url.endsWith('.json')) {
                return { ...resolved, importAttributes: { ...context.importAttributes, type: 'json' } };
            }
            return resolved;
        },
    });
}
let parserModule;
function loadParser() {
    allowParserSchemas();
    return (parserModule ??= __webpack_require__.e(/* import() */ 532).then(__webpack_require__.bind(__webpack_require__, 71532)));
}
function positionOf(token) {
    const start = token?.range?.start;
    return { line: start?.line ?? 1, column: start?.column ?? 1 };
}
function convert(parser, token) {
    const position = positionOf(token);
    if (parser.isMapping(token)) {
        const entries = [];
        for (const pair of token) {
            entries.push({ key: String(pair.key.toString()), keyPosition: positionOf(pair.key), value: convert(parser, pair.value) });
        }
        return { kind: 'mapping', position, entries };
    }
    if (parser.isSequence(token)) {
        const items = [];
        for (const item of token)
            items.push(convert(parser, item));
        return { kind: 'sequence', position, items };
    }
    if (parser.isBasicExpression(token))
        return { kind: 'expression', position, expression: token.expression };
    if (parser.isString(token))
        return { kind: 'scalar', position, value: token.value };
    if (parser.isNumber(token))
        return { kind: 'scalar', position, value: token.value };
    if (parser.isBoolean(token))
        return { kind: 'scalar', position, value: token.value };
    if (token.isExpression)
        return { kind: 'expression', position, expression: token.toString() };
    return { kind: 'scalar', position, value: null };
}
/**
 * Parses a workflow file with GitHub's own parser (@actions/workflow-parser, the one behind the
 * Actions language service) and converts what it read into a plain tree with positions.
 */
async function parseWorkflowText(fileName, content) {
    const parser = await loadParser();
    const result = parser.parseWorkflow({ name: fileName, content }, new parser.NoOperationTraceWriter());
    const errors = result.context.errors.getErrors().map((error) => ({
        message: error.rawMessage,
        position: { line: error.range?.start.line ?? 1, column: error.range?.start.column ?? 1 },
    }));
    return { root: result.value === undefined ? undefined : convert(parser, result.value), errors };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/workflow-lint/drydock-references.ts
const ACTIONS = ['plan', 'implement', 'test-triage', 'canary-deploy', 'plan-and-implement', 'ci-doctor'];
// `./actions/<name>` (this repository), `$/actions/<name>` (inside Drydock's composite actions)
// or `<owner>/drydock/actions/<name>@<ref>` (any owner: forks keep the name).
const ACTION_REFERENCE = /^(?:\.\/|\$\/|[A-Za-z0-9_.-]+\/drydock\/)actions\/([a-z-]+)(?:@.*)?$/;
const PIPELINE_REFERENCE = /^(?:\.\/|[A-Za-z0-9_.-]+\/drydock\/)\.github\/workflows\/drydock\.ya?ml(?:@.*)?$/;
/** The Drydock action a step runs, if it runs one. */
function drydockActionOf(step) {
    const match = step.uses === undefined ? null : ACTION_REFERENCE.exec(step.uses.value);
    const name = match?.[1];
    return ACTIONS.find((action) => action === name);
}
/** Whether a job calls Drydock's reusable pipeline workflow. */
function callsDrydockPipeline(job) {
    return job.uses !== undefined && PIPELINE_REFERENCE.test(job.uses.value);
}
/** The Drydock steps of a job, with the action each runs. */
function drydockSteps(job) {
    const found = [];
    job.steps.forEach((step, index) => {
        const action = drydockActionOf(step);
        if (action !== undefined)
            found.push({ step, action, index });
    });
    return found;
}

;// CONCATENATED MODULE: ./src/core/workflow-lint/workflow-node.ts
/**
 * A workflow file as a plain tree, with the line and column of every value: what GitHub's
 * workflow parser read, converted so the lint rules stay free of the parser's classes.
 */
/** The value under `key` of a mapping node, if any. */
function entryValue(node, key) {
    if (node?.kind !== 'mapping')
        return undefined;
    return node.entries.find((entry) => entry.key === key)?.value;
}
/** The entry under `key` of a mapping node, if any. */
function entryOf(node, key) {
    if (node?.kind !== 'mapping')
        return undefined;
    return node.entries.find((entry) => entry.key === key);
}
/** A scalar's text (numbers and booleans as written), undefined for other nodes. */
function scalarText(node) {
    if (node?.kind !== 'scalar' || node.value === null)
        return undefined;
    return String(node.value);
}
/** The text of a scalar or the expression of an expression node. */
function valueText(node) {
    if (node?.kind === 'expression')
        return node.expression;
    return scalarText(node);
}

;// CONCATENATED MODULE: ./src/core/workflow-lint/rules/gate-rule.ts


/** Whether an `environment:` names an environment (a name, `{ name: … }` or an expression). */
function namesEnvironment(node) {
    if (node === undefined)
        return false;
    const name = node.kind === 'mapping' ? entryValue(node, 'name') : node;
    const text = valueText(name);
    return text !== undefined && text.trim() !== '';
}
/**
 * WL001: a job that implements a plan, or promotes a canary to full traffic, runs behind an
 * environment, whose protection rules (required reviewers, wait timers) are the human gate.
 * A dry-run implement step pushes nothing and needs no gate. A canary step with `until-weight` stops at that weight and may run ungated; the job that
 * continues past it may not.
 */
const gateRule = {
    id: 'WL001',
    title: 'implement and canary promotion jobs run behind an environment gate',
    check(workflow) {
        const findings = [];
        for (const job of workflow.jobs) {
            if (callsDrydockPipeline(job)) {
                // The pipeline's gates are its environment inputs; an empty one takes the gate away.
                for (const input of ['implement-environment', 'promote-environment']) {
                    const entry = entryOf(job.with, input);
                    if (entry !== undefined && scalarText(entry.value)?.trim() === '') {
                        findings.push({
                            rule: 'WL001',
                            message: `Job '${job.id}' calls the Drydock pipeline with an empty \`${input}\`, which removes that gate (the pipeline then skips the gated job). Name an environment with required reviewers.`,
                            position: entry.keyPosition,
                        });
                    }
                }
                continue;
            }
            if (namesEnvironment(job.environment))
                continue;
            for (const { step, action } of drydockSteps(job)) {
                // A dry run pushes nothing and opens nothing: there is nothing for a person to approve yet.
                const dryRun = scalarText(entryValue(step.with, 'dry-run')) === 'true';
                if ((action === 'implement' || action === 'plan-and-implement') && !dryRun) {
                    findings.push({
                        rule: 'WL001',
                        message: `Job '${job.id}' runs the ${action} action without an environment: add \`environment:\` naming an environment with required reviewers, so a person approves the plan before code is written.`,
                        position: step.uses?.position ?? job.position,
                    });
                }
                else if (action === 'canary-deploy' && entryValue(step.with, 'until-weight') === undefined) {
                    findings.push({
                        rule: 'WL001',
                        message: `Job '${job.id}' promotes a canary to 100% without an environment: set \`until-weight\` to stop before full traffic, and continue in a job whose \`environment:\` has required reviewers.`,
                        position: step.uses?.position ?? job.position,
                    });
                }
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/core/workflow-lint/stage-permissions.ts
const COMMON = {
    // Run state and journal of other runs (state-run-id, re-runs), and GitHub Models.
    actions: 'read',
    models: 'read',
};
/**
 * The most each stage's GITHUB_TOKEN needs. Anything above is more than the stage can use: the
 * planner never pushes, the implementer never deploys, the deployer never writes code.
 */
const STAGE_PERMISSION_NEEDS = {
    // Reads the repository; comments the plan on the issue.
    plan: { contents: 'read', issues: 'write', 'pull-requests': 'read', ...COMMON },
    // Pushes a branch, opens a draft pull request, comments and labels on escalation.
    implement: { contents: 'write', 'pull-requests': 'write', issues: 'write', checks: 'read', statuses: 'read', ...COMMON },
    // Annotates (check runs), opens flaky-test issues, may push a validated fix when policy allows.
    'test-triage': { contents: 'write', 'pull-requests': 'write', issues: 'write', checks: 'write', statuses: 'read', ...COMMON },
    // Deployment statuses; OIDC for cloud credentials; a comment on the issue.
    'canary-deploy': { contents: 'read', deployments: 'write', 'id-token': 'write', issues: 'write', statuses: 'read', ...COMMON },
};
/** The union of several needs: the higher level per scope. */
function combineNeeds(needs) {
    const combined = {};
    for (const need of needs) {
        for (const [scope, level] of Object.entries(need)) {
            if (combined[scope] !== 'write')
                combined[scope] = level;
        }
    }
    return combined;
}
/** What a Drydock action needs (composite actions: the stages they run). */
function actionNeeds(action) {
    if (action === 'plan-and-implement')
        return combineNeeds([STAGE_PERMISSION_NEEDS.plan, STAGE_PERMISSION_NEEDS.implement]);
    if (action === 'ci-doctor')
        return STAGE_PERMISSION_NEEDS['test-triage'];
    return STAGE_PERMISSION_NEEDS[action];
}
/** What a job calling the whole reusable pipeline must grant: every stage's needs. */
function pipelineNeeds() {
    return combineNeeds(Object.values(STAGE_PERMISSION_NEEDS));
}
const RANK = { none: 0, read: 1, write: 2 };
/** Whether `granted` is more than `needed`. */
function exceeds(granted, needed) {
    return RANK[granted] > RANK[needed ?? 'none'];
}

;// CONCATENATED MODULE: ./src/core/workflow-lint/rules/permissions-rule.ts



function describeNeeds(needs) {
    return Object.entries(needs)
        .map(([scope, level]) => `${scope}: ${level}`)
        .join(', ');
}
/** Findings for one job's effective permissions against what its Drydock steps need. */
function checkJob(job, workflowPermissions, needs, what) {
    const granted = job.permissions ?? workflowPermissions;
    const where = job.permissions === undefined ? 'the workflow' : `job '${job.id}'`;
    if (granted === undefined) {
        return [
            {
                rule: 'WL002',
                message: `Job '${job.id}' runs ${what} without \`permissions:\` (neither the job nor the workflow sets them), so it gets the repository's default token permissions, which can be write access to everything. Set \`permissions: { ${describeNeeds(needs)} }\` or less.`,
                position: job.position,
            },
        ];
    }
    const shorthand = scalarText(granted);
    if (shorthand !== undefined) {
        if (shorthand === 'read-all' || shorthand === 'write-all') {
            return [
                {
                    rule: 'WL002',
                    message: `${capitalize(where)} grants \`${shorthand}\`${job.permissions === undefined ? ` to job '${job.id}'` : ''}, which runs ${what} and needs at most ${describeNeeds(needs)}. List those scopes instead.`,
                    position: granted.position,
                },
            ];
        }
        return [];
    }
    if (granted.kind !== 'mapping')
        return [];
    const findings = [];
    for (const entry of granted.entries) {
        const level = scalarText(entry.value);
        if (level !== 'read' && level !== 'write' && level !== 'none')
            continue;
        if (exceeds(level, needs[entry.key])) {
            const needed = needs[entry.key];
            findings.push({
                rule: 'WL002',
                message: `${capitalize(where)} grants \`${entry.key}: ${level}\`${job.permissions === undefined ? ` to job '${job.id}'` : ''}, but the job runs ${what}, which needs ${needed === undefined ? `no ${entry.key} access` : `at most \`${entry.key}: ${needed}\``}.`,
                position: entry.keyPosition,
            });
        }
    }
    return findings;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/**
 * WL002: each job that runs a Drydock stage gets at most the token permissions that stage needs
 * (stage-permissions.ts), and sets them, rather than inheriting the repository default.
 */
const permissionsRule = {
    id: 'WL002',
    title: 'jobs running a stage grant at most the permissions the stage needs',
    check(workflow) {
        const findings = [];
        for (const job of workflow.jobs) {
            if (callsDrydockPipeline(job)) {
                findings.push(...checkJob(job, workflow.permissions, pipelineNeeds(), 'the Drydock pipeline'));
                continue;
            }
            const actions = [...new Set(drydockSteps(job).map(({ action }) => action))];
            if (actions.length === 0)
                continue;
            const needs = combineNeeds(actions.map(actionNeeds));
            findings.push(...checkJob(job, workflow.permissions, needs, `the ${actions.join(' and ')} action${actions.length > 1 ? 's' : ''}`));
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/core/workflow-lint/rules/pinned-actions-rule.ts
const FULL_SHA = /^[0-9a-f]{40}$/;
const DOCKER_DIGEST = /@sha256:[0-9a-f]{64}$/;
/** Why a `uses:` reference is not pinned, or undefined when it is (or is local). */
function unpinnedReason(reference) {
    // Local actions and workflows come from the same commit as the workflow itself.
    if (reference.startsWith('./') || reference.startsWith('$/'))
        return undefined;
    if (reference.startsWith('docker://')) {
        return DOCKER_DIGEST.test(reference) ? undefined : `the image \`${reference}\` is not pinned to a digest (\`@sha256:…\`)`;
    }
    const at = reference.lastIndexOf('@');
    if (at < 0)
        return `\`${reference}\` names no version at all`;
    const ref = reference.slice(at + 1);
    if (FULL_SHA.test(ref))
        return undefined;
    return `\`${reference}\` is pinned to '${ref}', a tag or branch its owner can move to other code`;
}
/**
 * WL003: every action and reusable workflow from another repository is pinned to a full commit
 * SHA (a `# v1.2.3` comment keeps it readable), since tags and branches can be moved to code
 * that then runs with the job's token and secrets.
 */
const pinnedActionsRule = {
    id: 'WL003',
    title: 'actions and reusable workflows from other repositories are pinned to a full commit SHA',
    check(workflow) {
        const findings = [];
        const report = (reference) => {
            const reason = unpinnedReason(reference.value);
            if (reason !== undefined) {
                findings.push({ rule: 'WL003', message: `Not pinned: ${reason}. Use the full 40-character commit SHA.`, position: reference.position });
            }
        };
        for (const job of workflow.jobs) {
            if (job.uses !== undefined)
                report(job.uses);
            for (const step of job.steps)
                if (step.uses !== undefined)
                    report(step.uses);
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/core/workflow-lint/expression-references.ts
/** `needs.<job>.outputs.<name>` references in an expression (dot or `['…']` form). */
function needsOutputReferences(expression) {
    const found = [];
    const pattern = /\bneeds\.([A-Za-z_][\w-]*)\.outputs(?:\.([A-Za-z_][\w-]*)|\[\s*'([^']+)'\s*\])/g;
    for (const match of expression.matchAll(pattern))
        found.push({ job: match[1], output: (match[2] ?? match[3]) });
    return found;
}
/** `steps.<id>.outputs.<name>` references in an expression (dot or `['…']` form). */
function stepOutputReferences(expression) {
    const found = [];
    const pattern = /\bsteps\.([A-Za-z_][\w-]*)\.outputs(?:\.([A-Za-z_][\w-]*)|\[\s*'([^']+)'\s*\])/g;
    for (const match of expression.matchAll(pattern))
        found.push({ step: match[1], output: (match[2] ?? match[3]) });
    return found;
}

;// CONCATENATED MODULE: ./src/core/workflow-lint/rules/plan-digest-rule.ts



/** Whether step `stepId` of `job`, before step index `before`, is a plan step. */
function isPlanStep(job, stepId, before) {
    return job.steps.slice(0, before).some((step) => step.id === stepId && drydockActionOf(step) === 'plan');
}
/** Whether output `output` of job `jobId` is the `plan-digest` output of one of its plan steps. */
function isPlanJobOutput(workflow, jobId, output) {
    const job = workflow.jobs.find((candidate) => candidate.id === jobId);
    const value = entryValue(job?.outputs, output);
    if (job === undefined || value?.kind !== 'expression')
        return false;
    return stepOutputReferences(value.expression).some((reference) => reference.output === 'plan-digest' && isPlanStep(job, reference.step, job.steps.length));
}
/**
 * WL004: the implement step's `plan-digest` comes from the plan that was made (and approved) in
 * this workflow: the `plan-digest` output of a plan step earlier in the job, or of a job this
 * job needs. A typed-in or computed digest would approve a plan nobody reviewed.
 */
const planDigestRule = {
    id: 'WL004',
    title: "the implement step's plan-digest is wired from a plan step's output",
    check(workflow) {
        const findings = [];
        for (const job of workflow.jobs) {
            for (const { step, action, index } of drydockSteps(job)) {
                if (action !== 'implement')
                    continue;
                const digest = entryValue(step.with, 'plan-digest');
                const position = digest?.position ?? step.uses?.position ?? step.position;
                if (digest === undefined) {
                    findings.push({ rule: 'WL004', message: `The implement step of job '${job.id}' has no \`plan-digest\`: wire it from the plan job, e.g. \`plan-digest: \${{ needs.plan.outputs.plan-digest }}\`.`, position });
                    continue;
                }
                const expression = digest.kind === 'expression' ? digest.expression : '';
                const fromStep = stepOutputReferences(expression).some((reference) => reference.output === 'plan-digest' && isPlanStep(job, reference.step, index));
                const fromJob = needsOutputReferences(expression).some((reference) => job.needs.includes(reference.job) && isPlanJobOutput(workflow, reference.job, reference.output));
                if (!fromStep && !fromJob) {
                    findings.push({
                        rule: 'WL004',
                        message: `The implement step of job '${job.id}' takes \`plan-digest\` from ${digest.kind === 'expression' ? `\`\${{ ${digest.expression} }}\`` : 'a fixed value'}, not from a plan step's \`plan-digest\` output. Wire it from a job in \`needs:\` whose output is \`\${{ steps.<plan step>.outputs.plan-digest }}\`.`,
                        position,
                    });
                }
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/core/workflow-lint/rules/untrusted-text-rule.ts

/**
 * Context values anyone who can open an issue, comment, push a branch or open a fork pull request
 * can choose. Interpolated into a script, they become shell code (`"; curl … | sh; echo "`).
 */
const UNTRUSTED_CONTEXT = new RegExp([
    String.raw `github\.head_ref`,
    String.raw `github\.event\.(?:issue|pull_request|discussion)\.(?:title|body)`,
    String.raw `github\.event\.(?:comment|review|review_comment)\.body`,
    String.raw `github\.event\.pull_request\.head\.(?:ref|label|repo\.default_branch)`,
    String.raw `github\.event\.(?:head_commit|workflow_run\.head_commit)\.(?:message|author\.(?:name|email)|committer\.(?:name|email))`,
    String.raw `github\.event\.commits(?:\[[^\]]*\]|\.\*)?\.(?:message|author\.(?:name|email)|committer\.(?:name|email))`,
    String.raw `github\.event\.workflow_run\.(?:head_branch|display_title|pull_requests(?:\[[^\]]*\]|\.\*)?\.head\.ref)`,
    String.raw `github\.event\.pages(?:\[[^\]]*\]|\.\*)?\.page_name`,
].join('|'));
/** The first untrusted context an expression reads, if any. */
function untrustedReference(expression) {
    return UNTRUSTED_CONTEXT.exec(expression)?.[0];
}
/** Script inputs of well-known actions that run their text as code. */
function scriptInput(uses, inputs) {
    if (uses === undefined || !/^actions\/github-script@/.test(uses))
        return undefined;
    return entryValue(inputs, 'script');
}
/**
 * WL005: no untrusted event text (issue and pull request titles and bodies, comments, branch
 * names, commit messages) is interpolated with `${{ }}` into a `run:` script (or a github-script
 * `script:`). Pass it through `env:` and use the variable, quoted, instead.
 */
const untrustedTextRule = {
    id: 'WL005',
    title: 'no untrusted event text interpolated into run: scripts',
    check(workflow) {
        const findings = [];
        for (const job of workflow.jobs) {
            for (const step of job.steps) {
                for (const script of [step.run, scriptInput(step.uses?.value, step.with)]) {
                    if (script?.kind !== 'expression')
                        continue;
                    const reference = untrustedReference(script.expression);
                    if (reference === undefined)
                        continue;
                    findings.push({
                        rule: 'WL005',
                        message: `Job '${job.id}' interpolates \`${reference}\` into a script, where its text runs as code. Pass it through \`env:\` (e.g. \`env: { TEXT: \${{ ${reference} }} }\`) and use "$TEXT" in the script.`,
                        position: script.position,
                    });
                }
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/core/workflow-lint/workflow-model.ts

function usesOf(node) {
    const value = entryValue(node, 'uses');
    const text = scalarText(value);
    return text === undefined || value === undefined ? undefined : { value: text, position: value.position };
}
function needsOf(node) {
    if (node === undefined)
        return [];
    if (node.kind === 'sequence')
        return node.items.map((item) => valueText(item)).filter((id) => id !== undefined);
    const single = valueText(node);
    return single === undefined ? [] : [single];
}
function triggersOf(node) {
    if (node === undefined)
        return [];
    if (node.kind === 'mapping')
        return node.entries.map((entry) => entry.key);
    if (node.kind === 'sequence')
        return node.items.map((item) => scalarText(item)).filter((name) => name !== undefined);
    const single = scalarText(node);
    return single === undefined ? [] : [single];
}
/** Reads the jobs and steps out of a parsed workflow tree. */
function workflowModel(root) {
    const jobsNode = entryValue(root, 'jobs');
    const jobs = [];
    if (jobsNode?.kind === 'mapping') {
        for (const entry of jobsNode.entries) {
            const job = entry.value;
            const stepsNode = entryValue(job, 'steps');
            const steps = stepsNode?.kind === 'sequence'
                ? stepsNode.items.map((step) => ({
                    id: scalarText(entryValue(step, 'id')),
                    position: step.position,
                    uses: usesOf(step),
                    run: entryValue(step, 'run'),
                    with: entryValue(step, 'with'),
                }))
                : [];
            jobs.push({
                id: entry.key,
                position: entry.keyPosition,
                node: job,
                needs: needsOf(entryValue(job, 'needs')),
                permissions: entryValue(job, 'permissions'),
                environment: entryValue(job, 'environment'),
                outputs: entryValue(job, 'outputs'),
                uses: usesOf(job),
                with: entryValue(job, 'with'),
                steps,
            });
        }
    }
    return { permissions: entryValue(root, 'permissions'), triggers: triggersOf(entryOf(root, 'on')?.value), jobs };
}

;// CONCATENATED MODULE: ./src/core/workflow-lint/lint-workflow.ts






/** Every rule, in id order. */
const WORKFLOW_RULES = [gateRule, permissionsRule, pinnedActionsRule, planDigestRule, untrustedTextRule];
const IGNORE_MARKER = /#\s*drydock-lint-ignore\s+((?:WL[0-9]{3}[\s,]*)+)/;
/** Rule ids acknowledged on a line by `# drydock-lint-ignore WL001 …`. */
function ignoredOn(line) {
    const match = line === undefined ? null : IGNORE_MARKER.exec(line);
    return new Set(match === null ? [] : (match[1].match(/WL[0-9]{3}/g) ?? []));
}
/**
 * Lints one parsed workflow: GitHub's parse errors (WL000) first, then the Drydock rules, sorted
 * by position. A finding is left out when its line, or the line above it, carries
 * `# drydock-lint-ignore <rule id>` (a deliberate, reviewable exception); parse errors never are.
 */
function lintWorkflow(parsed, source) {
    const findings = parsed.errors.map((error) => ({ rule: 'WL000', message: error.message, position: error.position }));
    if (parsed.root !== undefined && parsed.errors.length === 0) {
        const model = workflowModel(parsed.root);
        const lines = source.split(/\r?\n/);
        for (const rule of WORKFLOW_RULES) {
            for (const finding of rule.check(model)) {
                const line = finding.position.line;
                if (ignoredOn(lines[line - 1]).has(finding.rule) || ignoredOn(lines[line - 2]).has(finding.rule))
                    continue;
                findings.push(finding);
            }
        }
    }
    return findings.sort((left, right) => left.position.line - right.position.line || left.position.column - right.position.column);
}

;// CONCATENATED MODULE: ./src/core/workflow-lint/index.ts




;// CONCATENATED MODULE: ./src/cli/workflow-lint-command.ts




/** Exit codes of `drydock workflow lint`. */
const WORKFLOW_LINT_EXIT = {
    /** Every file parsed and no rule found anything. */
    clean: 0,
    /** At least one finding of a rule WL001–WL005. */
    findings: 1,
    /** A file could not be read, or GitHub's parser refused it (WL000). */
    invalid: 2,
};
/** `drydock workflow lint FILE…`: GitHub's parser, then the Drydock rules, reported as file:line:column. */
async function workflowLintCommand(files, options) {
    const results = [];
    for (const path of files) {
        let source;
        try {
            source = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            results.push({ path, findings: [], readError: (0,core_errors/* errorMessage */.gJ)(error) });
            continue;
        }
        results.push({ path, findings: lintWorkflow(await parseWorkflowText(path, source), source) });
    }
    const invalid = results.some((result) => result.readError !== undefined || result.findings.some((finding) => finding.rule === 'WL000'));
    const anyFindings = results.some((result) => result.findings.length > 0);
    const exitCode = invalid ? WORKFLOW_LINT_EXIT.invalid : anyFindings ? WORKFLOW_LINT_EXIT.findings : WORKFLOW_LINT_EXIT.clean;
    if (options.json) {
        const body = {
            files: results.map((result) => ({
                path: result.path,
                ...(result.readError === undefined ? {} : { error: result.readError }),
                findings: result.findings.map((finding) => ({ rule: finding.rule, line: finding.position.line, column: finding.position.column, message: finding.message })),
            })),
        };
        return { exitCode, stdout: `${JSON.stringify(body, null, 2)}\n`, stderr: '' };
    }
    const lines = [];
    const errors = [];
    for (const result of results) {
        if (result.readError !== undefined)
            errors.push(`drydock: cannot read ${result.path}: ${result.readError}`);
        for (const finding of result.findings) {
            lines.push(`${result.path}:${finding.position.line}:${finding.position.column}: ${finding.rule} ${finding.message}`);
        }
    }
    const count = results.reduce((total, result) => total + result.findings.length, 0);
    const titles = new Map(WORKFLOW_RULES.map((rule) => [rule.id, rule.title]));
    const seen = [...new Set(results.flatMap((result) => result.findings.map((finding) => finding.rule)))].sort();
    lines.push(count === 0 && errors.length === 0
        ? `${files.length} workflow file${files.length === 1 ? '' : 's'} checked: no findings.`
        : `${count} finding${count === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}${seen.length === 0 ? '' : ` (${seen.map((rule) => `${rule}: ${titles.get(rule) ?? 'the workflow does not parse'}`).join('; ')})`}.`);
    return { exitCode, stdout: `${lines.join('\n')}\n`, stderr: errors.length === 0 ? '' : `${errors.join('\n')}\n` };
}


/***/ })

};
