const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** A duration as settings take it: a whole number and a unit (`ms`, `s`, `m`, `h`, `d`), e.g. `24h`, `15m`, `2s`. */
export const DURATION_PATTERN = '^[1-9][0-9]{0,6}(ms|s|m|h|d)$';

const DURATION = new RegExp(DURATION_PATTERN);

/** Milliseconds of a duration like `15m`, or undefined when the text is not one. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION.exec(text.trim());
  if (!match) return undefined;
  return Number.parseInt(text, 10) * UNIT_MS[match[1] as keyof typeof UNIT_MS];
}
