import { loadSynthetic, loadWorkspace } from './registry-load.js';
import type { Figure } from './report.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// Each figure is the median of this many cold loads, each in a fresh process: one cold process
// alone swings by a third on this machine.
const RUNS = 3;

/** Registry cold load: the real workspace, then 1,000 and 5,000 synthetic connectors. */
export async function registrySection(benchDir: string, root: string): Promise<Figure[]> {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await loadWorkspace(benchDir, root));
  const section = 'registry cold load';
  const figures: Figure[] = [
    {
      section,
      name: `real workspace (${runs[0]!.providers} providers), load`,
      value: median(runs.map((r) => r.loadMs)),
      unit: 'ms',
      target: { op: '<', value: 400 },
    },
    {
      section,
      name: 'real workspace, module import',
      value: median(runs.map((r) => r.importMs)),
      unit: 'ms',
    },
  ];
  const perConnector: number[] = [];
  for (const count of [1000, 5000]) {
    const loads = await loadSynthetic(benchDir, count, RUNS);
    const registry = { loadMs: median(loads.registry.map((r) => r.loadMs)) };
    const raw = { loadMs: median(loads.raw.map((r) => r.loadMs)) };
    const per = registry.loadMs / count;
    perConnector.push(per);
    figures.push(
      {
        section,
        name: `${count} synthetic connectors, total (median of ${RUNS})`,
        value: registry.loadMs,
        unit: 'ms',
      },
      {
        section,
        name: `${count} synthetic connectors, per connector`,
        value: per,
        unit: 'ms',
        target: { op: '<', value: 0.3 },
        ratio: registry.loadMs / raw.loadMs,
      },
      { section, name: `${count} synthetic, floor: read + JSON.parse only`, value: raw.loadMs, unit: 'ms' },
    );
  }
  figures.push({
    section,
    name: 'growth: per-connector cost at 5,000 ÷ at 1,000 (1 = linear)',
    value: perConnector[1]! / perConnector[0]!,
    unit: '×',
    target: { op: '<', value: 1.5 },
  });
  return figures;
}
