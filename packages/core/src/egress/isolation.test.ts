import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Connectors import core's main entry inside the sandbox, where these cannot be loaded.
const NETWORK_MODULES = /^(node:)?(http|https|http2|net|tls|dns|dgram)$|^undici(\/|$)/;

/**
 * Every module loaded when core's main entry is imported: its own files and the packages they
 * name in static imports and re-exports, as tsc emits them (type-only imports are gone, while
 * `import { type X } from 'x'` still loads `x`).
 */
function loadedModules(entry: URL): { files: string[]; packages: string[] } {
  const files: string[] = [];
  const packages: string[] = [];
  const pending = [entry];
  for (let file = pending.pop(); file; file = pending.pop()) {
    if (files.includes(file.pathname)) continue;
    files.push(file.pathname);
    const js = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ESNext,
        verbatimModuleSyntax: true,
      },
    }).outputText;
    for (const statement of ts.createSourceFile('emitted.js', js, ts.ScriptTarget.ESNext).statements) {
      if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
      const specifier = statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier)) continue;
      if (specifier.text.startsWith('.')) pending.push(new URL(specifier.text.replace(/\.js$/, '.ts'), file));
      else packages.push(specifier.text);
    }
  }
  return { files, packages };
}

describe("core's main entry", () => {
  it('loads neither the egress code nor undici or node networking, so connectors can import it', () => {
    const { files, packages } = loadedModules(new URL('../index.ts', import.meta.url));
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((file) => file.includes('/egress/'))).toEqual([]);
    expect(packages.filter((name) => NETWORK_MODULES.test(name))).toEqual([]);
  });
});
