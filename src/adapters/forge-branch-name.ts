import { InputError } from '../core/errors.js';

/** GitHub refuses longer ref names; git itself has no limit worth relying on. */
const MAXIMUM_BRANCH_NAME_LENGTH = 255;

/**
 * Why a branch name breaks git's ref-name rules (`git check-ref-format --branch`), or undefined
 * when it is a valid branch name. Checked before any name reaches git or an API path, so a name
 * can never be read as an option (`-x`), a revision expression (`a..b`, `x@{1}`) or a path trick.
 */
export function branchNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'it is empty';
  if (name.length > MAXIMUM_BRANCH_NAME_LENGTH) return `it is longer than ${MAXIMUM_BRANCH_NAME_LENGTH} characters`;
  if (name.startsWith('-')) return "it starts with '-'";
  if (name === 'HEAD' || name === '@') return `'${name}' is reserved`;
  if (name.startsWith('/') || name.endsWith('/')) return "it starts or ends with '/'";
  if (name.includes('//')) return "it contains '//'";
  if (name.includes('..')) return "it contains '..'";
  if (name.includes('@{')) return "it contains '@{'";
  if (name.endsWith('.')) return "it ends with '.'";
  for (const character of name) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return 'it contains a control character';
    if (' ~^:?*[\\'.includes(character)) return `it contains '${character}'`;
  }
  for (const component of name.split('/')) {
    if (component.startsWith('.')) return `its component '${component}' starts with '.'`;
    if (component.endsWith('.lock')) return `its component '${component}' ends with '.lock'`;
  }
  return undefined;
}

/** Throws an InputError naming the branch and the broken rule unless `name` is a valid branch name. */
export function assertBranchName(name: string, role = 'branch'): void {
  const problem = branchNameProblem(name);
  if (problem !== undefined) {
    throw new InputError(`Invalid ${role} name ${JSON.stringify(name)}: ${problem}. Expected a git branch name (see git check-ref-format).`);
  }
}
