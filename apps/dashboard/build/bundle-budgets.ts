import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** A page's JavaScript budget: the route module it loads, and the most it may weigh gzipped. */
export interface Budget {
  /** The URL path, as printed. */
  route: string;
  /** The page's module, relative to the app folder (`src/pages/auth/login-page.tsx`). */
  module: string;
  /** Kilobytes (1,000 bytes) of gzipped JavaScript. */
  maxGzipKb: number;
}

/** The pages whose weight is held: log-in (no form code) and the directory. */
export const BUDGETS: readonly Budget[] = [
  { route: '/login', module: 'src/pages/auth/login-page.tsx', maxGzipKb: 150 },
  { route: '/directory', module: 'src/pages/directory/directory-page.tsx', maxGzipKb: 200 },
];

/** The modules a dashboard page starts from: Vite's HTML entry, or the script it loads. */
const DASHBOARD_ENTRIES = ['index.html', 'src/main.tsx'];

/** The parts of a built chunk the budget reads. */
export interface BuiltChunk {
  fileName: string;
  code: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  /** Chunks it imports statically: loaded with it. */
  imports: readonly string[];
}

/** What one page loads and weighs. */
export interface PageWeight {
  route: string;
  files: string[];
  gzipBytes: number;
  maxGzipKb: number;
  over: boolean;
}

/**
 * The JavaScript a route loads on a cold visit: the entry chunk and the route module's chunk,
 * each with every chunk they import statically, gzipped as the host sends them.
 */
export function weighPages(
  chunks: readonly BuiltChunk[],
  budgets: readonly Budget[] = BUDGETS,
): PageWeight[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (start: BuiltChunk[]): Set<string> => {
    const seen = new Set<string>();
    const visit = (chunk: BuiltChunk) => {
      if (seen.has(chunk.fileName)) return;
      seen.add(chunk.fileName);
      for (const name of chunk.imports) {
        const next = byName.get(name);
        if (next) visit(next);
      }
    };
    for (const chunk of start) visit(chunk);
    return seen;
  };
  // The dashboard's own entry; another entry (the hosted connect page, connect.html) is a
  // different page whose code a dashboard visit never loads.
  const entries = chunks.filter(
    (chunk) =>
      chunk.isEntry &&
      DASHBOARD_ENTRIES.some((name) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${name}`)),
  );
  return budgets.map((budget) => {
    const page = chunks.find((chunk) =>
      chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${budget.module}`),
    );
    if (!page) throw new Error(`Bundle budget for ${budget.route}: no chunk is built from ${budget.module}`);
    const files = [...closure([...entries, page])].sort();
    const gzipBytes = files.reduce((sum, name) => sum + gzipSync(byName.get(name)!.code).length, 0);
    return {
      route: budget.route,
      files,
      gzipBytes,
      maxGzipKb: budget.maxGzipKb,
      over: gzipBytes > budget.maxGzipKb * 1000,
    };
  });
}

/** One line per page, for the build log. */
export function describeWeights(weights: readonly PageWeight[]): string {
  return weights
    .map(
      (w) =>
        `${w.over ? '✗' : '✓'} ${w.route.padEnd(12)} ${(w.gzipBytes / 1000).toFixed(1).padStart(6)} kB gzip of JS (budget ${w.maxGzipKb} kB, ${w.files.length} files)`,
    )
    .join('\n');
}

/** A Vite plugin that weighs each budgeted page after bundling and fails the build when one is over. */
export function bundleBudgets(budgets: readonly Budget[] = BUDGETS): Plugin {
  return {
    name: 'paycore-bundle-budgets',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: BuiltChunk[] = [];
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks.push({
          fileName: output.fileName,
          code: output.code,
          isEntry: output.isEntry,
          facadeModuleId: output.facadeModuleId,
          imports: output.imports,
        });
      }
      const weights = weighPages(chunks, budgets);
      this.info(`bundle budgets\n${describeWeights(weights)}`);
      const over = weights.filter((weight) => weight.over);
      if (over.length > 0)
        this.error(
          `Bundle budget exceeded: ${over
            .map(
              (w) =>
                `${w.route} loads ${(w.gzipBytes / 1000).toFixed(1)} kB gzip of JavaScript, more than ${w.maxGzipKb} kB (${w.files.join(', ')})`,
            )
            .join('; ')}`,
        );
    },
  };
}
