/** Longest piece of untrusted text (a path, an argument) quoted back in a reason. */
const MAX_QUOTED_LENGTH = 200;

/** Quotes a value for a reason; JSON quoting keeps control characters and quotes visible and inert. */
export function quote(value: string): string {
  const shown = value.length > MAX_QUOTED_LENGTH ? `${value.slice(0, MAX_QUOTED_LENGTH)}…` : value;
  return JSON.stringify(shown);
}

/** Lists what is allowed, at most `limit` items, so a reason stays readable. */
export function listAllowed(items: readonly string[], limit = 8): string {
  if (items.length === 0) return 'nothing';
  const shown = items.slice(0, limit).join(', ');
  return items.length > limit ? `${shown}, … (${items.length - limit} more)` : shown;
}
