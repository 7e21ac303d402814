/**
 * `pnpm --filter @paycore/dashboard lighthouse`: builds the dashboard, starts the built host on a
 * throw-away database, and runs Lighthouse (mobile emulation with its default simulated
 * throttling: slow 4G, 4× CPU slowdown) in Debian's Chromium on log-in, the directory and a
 * provider overview. Prints performance and accessibility beside the committed baseline
 * (lighthouse-baseline.json). `--runs=N` takes each page's median of N runs; `--save-baseline`
 * replaces the baseline; `--check` fails when a page is below the targets; `--reports=DIR` writes
 * each page's full Lighthouse report (JSON) there, to see which elements an audit names.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, DASHBOARD_DIR } from '../test/support/paths';
import { startHost } from '../test/support/start-host';

const PAGES = [
  { name: 'log-in', path: '/login' },
  { name: 'directory', path: '/directory' },
  { name: 'overview', path: '/providers/stripe' },
] as const;
const TARGETS = { performance: 90, accessibility: 95 };
const BASELINE = join(DASHBOARD_DIR, 'lighthouse-baseline.json');

interface Figures {
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  transferKb: number;
  /** Accessibility audits that failed, by id. */
  failing?: string[];
}

const args = process.argv.slice(2);
const reportsDir = args.find((arg) => arg.startsWith('--reports='))?.slice('--reports='.length);
const runs = Number(/^--runs=(\d+)$/.exec(args.find((arg) => arg.startsWith('--runs=')) ?? '')?.[1] ?? 1);

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'paycore-lighthouse-build-'));
  process.env.NODE_ENV = 'production';
  await build({ root: DASHBOARD_DIR, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const host = await startHost({ dashboardDir: outDir, egressOverrides: {} });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
  });
  const results: Record<string, Figures> = {};
  try {
    for (const page of PAGES) {
      const samples: Figures[] = [];
      for (let run = 0; run < runs; run++)
        samples.push(await audit(`${host.url}${page.path}`, chrome.port, `${page.name}-${run + 1}`));
      results[page.name] = median(samples);
    }
  } finally {
    await chrome.kill();
    await host.stop();
    rmSync(outDir, { recursive: true, force: true });
  }
  const baseline = readBaseline();
  console.log(report(results, baseline));
  if (args.includes('--save-baseline')) {
    writeFileSync(BASELINE, `${JSON.stringify({ lighthouse: '12.2.3', runs, pages: results }, null, 2)}\n`);
    console.log(`Baseline saved to ${BASELINE}`);
  }
  const below = Object.entries(results).filter(
    ([, f]) => f.performance < TARGETS.performance || f.accessibility < TARGETS.accessibility,
  );
  if (args.includes('--check') && below.length > 0) {
    console.error(`Below the targets: ${below.map(([name]) => name).join(', ')}`);
    process.exitCode = 1;
  }
}

async function audit(url: string, port: number, name: string): Promise<Figures> {
  const result = await lighthouse(url, {
    port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: ['performance', 'accessibility'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  if (reportsDir) {
    mkdirSync(reportsDir, { recursive: true });
    writeFileSync(join(reportsDir, `${name}.json`), JSON.stringify(result.lhr));
  }
  if (result.lhr.runtimeError)
    throw new Error(`Lighthouse could not load ${url}: ${result.lhr.runtimeError.message}`);
  const numeric = (id: string) => Math.round(audits[id]?.numericValue ?? Number.NaN);
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    fcpMs: numeric('first-contentful-paint'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    transferKb: Math.round(numeric('total-byte-weight') / 100) / 10,
    failing: (categories.accessibility?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0)
      .map((ref) => ref.id),
  };
}

function median(samples: Figures[]): Figures {
  const pick = (key: Exclude<keyof Figures, 'failing'>) => {
    const sorted = samples.map((s) => s[key]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    fcpMs: pick('fcpMs'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    transferKb: pick('transferKb'),
    failing: [...new Set(samples.flatMap((sample) => sample.failing ?? []))],
  };
}

function readBaseline(): Record<string, Figures> | undefined {
  try {
    return (JSON.parse(readFileSync(BASELINE, 'utf8')) as { pages: Record<string, Figures> }).pages;
  } catch {
    return undefined;
  }
}

function report(results: Record<string, Figures>, baseline: Record<string, Figures> | undefined): string {
  const lines = [
    `Lighthouse 12.2.3, mobile, simulated throttling, median of ${runs} run(s); targets: performance ≥ ${TARGETS.performance}, accessibility ≥ ${TARGETS.accessibility}`,
    'page        performance  accessibility  FCP ms  LCP ms  TBT ms  transfer kB   (baseline perf / a11y)',
  ];
  for (const [name, f] of Object.entries(results)) {
    const base = baseline?.[name];
    lines.push(
      [
        name.padEnd(11),
        String(f.performance).padStart(11),
        String(f.accessibility).padStart(14),
        String(f.fcpMs).padStart(7),
        String(f.lcpMs).padStart(7),
        String(f.tbtMs).padStart(7),
        String(f.transferKb).padStart(12),
        `   (${base ? `${base.performance} / ${base.accessibility}` : 'no baseline'})`,
      ].join(' '),
    );
    if (f.failing && f.failing.length > 0)
      lines.push(`            accessibility audits failed: ${f.failing.join(', ')}`);
  }
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
