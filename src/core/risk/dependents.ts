/** Files reached by following imports backwards from some start files. */
export interface DependentsWalk {
  /** Every file found, sorted; the start files themselves are left out. */
  dependents: string[];
  /** Import levels from the nearest start file to each dependent (1 = imports a start file directly). */
  levelOf: ReadonlyMap<string, number>;
}

/**
 * Breadth-first walk from the start files through `dependentsOf` (the files that import a file
 * directly), at most `depth` levels deep. Each file is visited once, so import cycles end the
 * walk instead of looping. The result does not depend on the order `dependentsOf` lists files in.
 */
export function walkDependents(starts: readonly string[], dependentsOf: (path: string) => readonly string[], depth: number): DependentsWalk {
  const startSet = new Set(starts);
  const levelOf = new Map<string, number>();
  let frontier = [...startSet].sort();
  for (let level = 1; level <= depth && frontier.length > 0; level += 1) {
    const next: string[] = [];
    for (const path of frontier) {
      for (const dependent of dependentsOf(path)) {
        if (startSet.has(dependent) || levelOf.has(dependent)) continue;
        levelOf.set(dependent, level);
        next.push(dependent);
      }
    }
    frontier = next.sort();
  }
  return { dependents: [...levelOf.keys()].sort(), levelOf };
}
