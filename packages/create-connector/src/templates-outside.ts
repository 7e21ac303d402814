import type { FrameworkVersions } from './framework-versions.js';
import type { ConnectorPlan } from './plan.js';

/** Core's JSON Schema as an installed package ships it (core's `files` include `schema`). */
export const INSTALLED_SCHEMA = './node_modules/@paycore/core/schema/manifest.schema.json';

/**
 * The workspace's strict compiler options, inline: a package kept outside this repository has no
 * `tsconfig.base.json` to extend.
 */
const COMPILER_OPTIONS = {
  target: 'ES2023',
  lib: ['ES2023'],
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  resolveJsonModule: true,
  skipLibCheck: true,
  declaration: true,
  sourceMap: true,
  forceConsistentCasingInFileNames: true,
  types: ['node'],
};

/** The package name of a connector kept outside the workspace; its author may rename it. */
export function outsidePackageName(id: string): string {
  return `paycore-connector-${id}`;
}

/** package.json of a standalone connector, depending on the published framework packages. */
export function outsidePackageJson(
  plan: ConnectorPlan,
  versions: FrameworkVersions,
  logoFile: string,
): string {
  const caret = (name: keyof FrameworkVersions) => `^${versions[name]}`;
  const pkg = {
    name: plan.packageName,
    version: '0.1.0',
    description: `PayCore connector for ${plan.name}.`,
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    keywords: ['paycore-connector', plan.id],
    engines: { node: '>=20.19' },
    paycore: { manifest: './manifest.json' },
    exports: {
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './manifest.json': './manifest.json',
      './package.json': './package.json',
    },
    files: ['dist', 'manifest.json', logoFile, 'README.md', '!dist/**/*.test.*'],
    scripts: {
      build: 'tsc -p tsconfig.build.json',
      typecheck: 'tsc -p tsconfig.json',
      // The conformance suite runs the built package in the host's sandbox, as a host would.
      test: 'tsc -p tsconfig.build.json && vitest run',
      validate: 'paycore-validate .',
      codegen: 'paycore-codegen .',
      'codegen:check': 'paycore-codegen --check .',
    },
    peerDependencies: { '@paycore/core': caret('@paycore/core') },
    devDependencies: {
      '@paycore/codegen': caret('@paycore/codegen'),
      '@paycore/core': caret('@paycore/core'),
      '@paycore/testkit': caret('@paycore/testkit'),
      '@paycore/validate': caret('@paycore/validate'),
      '@types/node': '^20.19.0',
      typescript: '~5.9.3',
      vitest: '^4.0.0',
    },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** tsconfig.json (type-checks sources and tests) and tsconfig.build.json (emits `dist`). */
export function outsideTsconfigs(): { tsconfig: string; build: string } {
  const tsconfig = {
    compilerOptions: { ...COMPILER_OPTIONS, rootDir: '.', noEmit: true },
    include: ['src', 'test'],
  };
  const build = {
    extends: './tsconfig.json',
    compilerOptions: { rootDir: 'src', outDir: 'dist', noEmit: false },
    include: ['src'],
    exclude: ['src/**/*.test.ts'],
  };
  return { tsconfig: `${JSON.stringify(tsconfig, null, 2)}\n`, build: `${JSON.stringify(build, null, 2)}\n` };
}

/** Files git should not track in a standalone connector. */
export const OUTSIDE_GITIGNORE = 'node_modules/\ndist/\n';

/** The README section on developing the package and loading it into a host. */
export function outsideDevelopSection(plan: ConnectorPlan): string {
  return `
## Develop, check and load into a host
This package lives outside the PayCore repository and uses the published framework packages
(\`@paycore/core\`, \`@paycore/testkit\`, \`@paycore/codegen\`, \`@paycore/validate\`).

\`\`\`sh
pnpm install          # or npm install
pnpm test             # builds, then runs the conformance suite against the built package
pnpm validate         # every manifest problem, with its JSON pointer
pnpm codegen          # after changing the credential schema: regenerates src/credentials.ts
\`\`\`

A PayCore host loads it from its folder: build it, then start the host with
\`PAYCORE_CONNECTOR_PATHS\` naming this folder (or the folder that holds it; \`:\`-separated):

\`\`\`sh
pnpm build
PAYCORE_CONNECTOR_PATHS=$PWD pnpm start   # in the host's folder
\`\`\`

A connector that is not built is listed as not ready, and the host's diagnostics
(\`GET /api/connectors/diagnostics\`) say so. Once published (\`npm publish\`), a host that installs
\`${plan.packageName}\` finds it in its \`node_modules\` through the \`paycore\` field of package.json.
`;
}
