/** Most items a factor's detail names before it only counts the rest. */
export const MAX_NAMED_IN_DETAIL = 5;

/** `a, b, c` or `a, b, c, d, e and 3 more`. */
export function nameSome(items: readonly string[], limit = MAX_NAMED_IN_DETAIL): string {
  if (items.length <= limit) return items.join(', ');
  return `${items.slice(0, limit).join(', ')} and ${items.length - limit} more`;
}

/** `1 file`, `3 files`. */
export function count(amount: number, singular: string, plural = `${singular}s`): string {
  return `${amount} ${amount === 1 ? singular : plural}`;
}
