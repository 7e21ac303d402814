/** One measured figure; `ratio` is the figure relative to its floor in the same run. */
export interface Figure {
  section: string;
  name: string;
  value: number;
  unit: string;
  /** Target the figure must meet, e.g. `< 400`; absent when there is none. */
  target?: { op: '<' | '<=' | '>='; value: number };
  /**
   * The figure divided by a floor measured in the same run (or the floor by the figure, where
   * more is better), so that machine speed cancels out. Larger is always worse.
   */
  ratio?: number;
}

/** Whether a figure meets its target. */
export function meets(figure: Figure): boolean | undefined {
  if (!figure.target) return undefined;
  const { op, value } = figure.target;
  return op === '<' ? figure.value < value : op === '<=' ? figure.value <= value : figure.value >= value;
}

/** Renders the figures as an aligned text table. */
export function table(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.section,
    f.name,
    `${round(f.value)} ${f.unit}`,
    f.target ? `${f.target.op} ${f.target.value} ${f.unit}` : '',
    f.target ? (meets(f) ? 'ok' : 'MISSED') : '',
    f.ratio === undefined ? '' : round(f.ratio).toString(),
  ]);
  const header = ['section', 'figure', 'value', 'target', '', 'ratio to floor'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** A figure whose ratio to its floor is more than 20 % worse than in the baseline. */
export interface Regression {
  key: string;
  baseline: number;
  current: number;
  change: number;
}

/** Compares ratios with a baseline run; a ratio more than `tolerance` larger is a regression. */
export function compare(current: Figure[], baseline: Figure[], tolerance = 0.2): Regression[] {
  const before = new Map(
    baseline.filter((f) => f.ratio !== undefined).map((f) => [`${f.section} / ${f.name}`, f.ratio!]),
  );
  const regressions: Regression[] = [];
  for (const figure of current) {
    const key = `${figure.section} / ${figure.name}`;
    const old = before.get(key);
    if (old === undefined || figure.ratio === undefined || old <= 0) continue;
    const change = figure.ratio / old - 1;
    if (change > tolerance) regressions.push({ key, baseline: old, current: figure.ratio, change });
  }
  return regressions;
}

function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}
