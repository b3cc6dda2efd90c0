/** Parses a `--budget` argument: digits only, above zero, a safe integer; undefined otherwise. */
export function parseBudget(text: string): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}
