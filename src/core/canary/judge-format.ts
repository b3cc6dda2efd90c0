/** Number formatting for the judge's one-line details: short, stable, readable. */

/** A p-value: `0.0123`, `3.1e-7`, `<1e-300`. */
export function formatPValue(value: number): string {
  if (value === 0) return '<1e-300';
  if (value < 1e-4) return value.toExponential(1);
  return value < 0.001 ? value.toFixed(5) : value.toFixed(4);
}

/** A relative change: `+12.3%`, `-0.4%`, `+∞%`. */
export function formatRelative(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '+∞%' : '-∞%';
  const percent = value * 100;
  const digits = Math.abs(percent) >= 100 ? 0 : 1;
  return `${percent >= 0 ? '+' : ''}${percent.toFixed(digits)}%`;
}

/** A value with up to 4 significant digits. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-3) return value.toExponential(2);
  return String(Number(value.toPrecision(4)));
}

/** A proportion as a percentage with enough digits for sparse error rates: `0.300%`. */
export function formatRate(value: number): string {
  return `${(value * 100).toFixed(3)}%`;
}

/** Rounds for JSON output: 6 significant digits, so results stay readable and stable. */
export function roundForOutput(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(6));
}
