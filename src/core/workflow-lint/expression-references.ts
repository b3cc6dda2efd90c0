/** `needs.<job>.outputs.<name>` references in an expression (dot or `['…']` form). */
export function needsOutputReferences(expression: string): Array<{ job: string; output: string }> {
  const found: Array<{ job: string; output: string }> = [];
  const pattern = /\bneeds\.([A-Za-z_][\w-]*)\.outputs(?:\.([A-Za-z_][\w-]*)|\[\s*'([^']+)'\s*\])/g;
  for (const match of expression.matchAll(pattern)) found.push({ job: match[1]!, output: (match[2] ?? match[3])! });
  return found;
}

/** `steps.<id>.outputs.<name>` references in an expression (dot or `['…']` form). */
export function stepOutputReferences(expression: string): Array<{ step: string; output: string }> {
  const found: Array<{ step: string; output: string }> = [];
  const pattern = /\bsteps\.([A-Za-z_][\w-]*)\.outputs(?:\.([A-Za-z_][\w-]*)|\[\s*'([^']+)'\s*\])/g;
  for (const match of expression.matchAll(pattern)) found.push({ step: match[1]!, output: (match[2] ?? match[3])! });
  return found;
}
