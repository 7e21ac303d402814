import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type BuiltChunk, weighPages } from './bundle-budgets';

// Random bytes do not compress: the gzip of their hex is about their number.
const code = (bytes: number) => randomBytes(bytes).toString('hex');

const chunks: BuiltChunk[] = [
  {
    fileName: 'index.js',
    code: code(40_000),
    isEntry: true,
    facadeModuleId: '/app/src/main.tsx',
    imports: ['react.js'],
  },
  { fileName: 'react.js', code: code(20_000), isEntry: false, facadeModuleId: null, imports: [] },
  {
    fileName: 'login.js',
    code: code(2_000),
    isEntry: false,
    facadeModuleId: '/app/src/pages/login.tsx',
    imports: ['react.js'],
  },
  {
    fileName: 'connect.js',
    code: code(100_000),
    isEntry: false,
    facadeModuleId: '/app/src/pages/connect.tsx',
    imports: ['form.js'],
  },
  { fileName: 'form.js', code: code(100_000), isEntry: false, facadeModuleId: null, imports: [] },
  {
    // Another page of the build (the hosted connect page): a dashboard visit never loads it.
    fileName: 'connect-page.js',
    code: code(50_000),
    isEntry: true,
    facadeModuleId: '/app/connect.html',
    imports: ['form.js'],
  },
];

describe('bundle budgets', () => {
  it('weighs what a page loads: the entry, the page, and what they import, not other pages', () => {
    const [login] = weighPages(chunks, [{ route: '/login', module: 'src/pages/login.tsx', maxGzipKb: 70 }]);
    expect(login!.files).toEqual(['index.js', 'login.js', 'react.js']);
    expect(login!.gzipBytes).toBeGreaterThan(60_000);
    expect(login!.over).toBe(false);
  });

  it('marks a page over its budget, and refuses a budget for a module that is not built', () => {
    const [connect] = weighPages(chunks, [
      { route: '/connect', module: 'src/pages/connect.tsx', maxGzipKb: 150 },
    ]);
    expect(connect!.files).toEqual(['connect.js', 'form.js', 'index.js', 'react.js']);
    expect(connect!.over).toBe(true);
    expect(() => weighPages(chunks, [{ route: '/x', module: 'src/pages/x.tsx', maxGzipKb: 1 }])).toThrow(
      'Bundle budget for /x: no chunk is built from src/pages/x.tsx',
    );
  });
});
