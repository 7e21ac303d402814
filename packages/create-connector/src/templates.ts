import type { ConnectorPlan } from './plan.js';

/** package.json of the new connector; `coreRange` is how it depends on @paycore/core. */
export function packageJson(plan: ConnectorPlan, coreRange: string, logoFile: string): string {
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
      typecheck: 'tsc -p tsconfig.json --noEmit',
      // The conformance suite runs the built package in the host's sandbox, as a host would.
      test: 'tsc -p tsconfig.build.json && vitest run',
      codegen: 'paycore-codegen .',
      'codegen:check': 'paycore-codegen --check .',
    },
    peerDependencies: { '@paycore/core': coreRange },
    devDependencies: {
      '@paycore/codegen': coreRange === 'workspace:^' ? 'workspace:*' : coreRange,
      '@paycore/core': coreRange === 'workspace:^' ? 'workspace:*' : coreRange,
      '@paycore/testkit': coreRange === 'workspace:^' ? 'workspace:*' : coreRange,
      vitest: '^4.0.0',
    },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** Where a workspace connector's manifest finds core's JSON Schema, for editor completion. */
export const WORKSPACE_SCHEMA = '../../packages/core/schema/manifest.schema.json';

/** The manifest, with the catalogue's data and a placeholder API the author replaces. */
export function manifestJson(plan: ConnectorPlan, logoFile: string, schemaPath = WORKSPACE_SCHEMA): string {
  const manifest = {
    $schema: schemaPath,
    id: plan.id,
    name: plan.name,
    status: 'ready',
    ...(plan.openfintechCode ? { openfintechCode: plan.openfintechCode } : {}),
    description: plan.description,
    website: plan.website,
    docsUrl: `${plan.website}/docs`,
    logo: `./${logoFile}`,
    countries: plan.countries,
    paymentMethods: plan.paymentMethods,
    payoutMethods: plan.payoutMethods,
    paymentServices: [],
    payoutServices: [],
    environments: {
      sandbox: { label: 'Sandbox', baseUrl: `https://${plan.sandboxHost}`, hosts: [plan.sandboxHost] },
      live: { label: 'Live', baseUrl: `https://${plan.liveHost}`, hosts: [plan.liveHost] },
    },
    credentials: {
      version: 1,
      schema: {
        type: 'object',
        required: ['apiKey'],
        properties: {
          apiKey: {
            type: 'string',
            title: 'API key',
            description: `starts with test_ (sandbox) or live_ (live), followed by at least 16 letters or digits; ${plan.name} dashboard → Developers → API keys`,
            pattern: '^(test|live)_[A-Za-z0-9]{16,}$',
            writeOnly: true,
          },
        },
      },
    },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** tsconfig.json and tsconfig.build.json, extending the workspace base. */
export function tsconfigs(): { tsconfig: string; build: string } {
  return {
    tsconfig: `${JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { rootDir: '.', outDir: 'dist', noEmit: true }, include: ['src', 'test'] }, null, 2)}\n`,
    build: `${JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { rootDir: 'src', outDir: 'dist' }, include: ['src'], exclude: ['src/**/*.test.ts'] }, null, 2)}\n`,
  };
}

/**
 * A plain logo with the provider's initials, for providers the catalogue has no logo for. It is a
 * placeholder: `data-paycore-placeholder` makes the validator refuse it once the status is `ready`.
 */
export function initialsLogo(plan: ConnectorPlan): string {
  const initials = plan.name
    .split(/\s+/)
    .map((word) => word.charAt(0).toUpperCase())
    .join('')
    .slice(0, 2)
    .replace(/[^A-Z0-9]/g, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-label="${plan.name}" data-paycore-placeholder="logo"><rect width="64" height="64" rx="12" fill="#4f46e5"/><text x="32" y="41" font-family="sans-serif" font-size="24" font-weight="700" text-anchor="middle" fill="#fff">${initials || '?'}</text></svg>\n`;
}

/** A changeset announcing the new package. */
export function changeset(plan: ConnectorPlan): string {
  return `---\n"${plan.packageName}": minor\n---\n\nNew connector for ${plan.name}.\n`;
}

/** The integration manual skeleton: every heading a merchant needs, with what to write under it. */
export function readme(plan: ConnectorPlan): string {
  return `# ${plan.name} connector

Connects a merchant's ${plan.name} account to PayCore. The connection is checked with one
read-only call (\`GET /v1/account\` — replace with the provider's real call) and never moves money.

## 1. Create and set up the ${plan.name} account
<!-- Where to sign up, which account type to ask for, what the provider must enable. -->
1. Sign up at ${plan.website}.
2. …

## 2. Find your credentials
| Form field | Where to find it in the ${plan.name} dashboard | Format |
| --- | --- | --- |
| API key | Developers → API keys | \`test_…\` in sandbox, \`live_…\` in live |

## 3. Sandbox and live
<!-- How the provider separates test and live: hosts, key prefixes, separate accounts. -->

## 4. Webhooks and IP allow-list
<!-- Connecting needs no webhook: say so, and where the provider keeps its webhook settings. If the
provider restricts API calls by IP, tell the merchant to ask whoever runs their PayCore for its
outgoing addresses. Never promise a URL or a screen PayCore does not show. -->

## What the check tells you
| Result | Meaning |
| --- | --- |
| Connected | ${plan.name} accepted the key. |
| Invalid credentials | ${plan.name} refused the key: copy it again from the dashboard. |
| Missing permission | The key is valid but may not read the account. |
| Wrong environment | A live key in sandbox, or the other way round. |
| Provider unavailable | ${plan.name} did not answer properly; nothing is wrong with your key, try again. |

## What PayCore reads from the account
<!-- What discover reads (enabled methods, currencies, the account's id), or "Nothing beyond the check". -->

## For contributors
<!-- Everything below stays in the repository: the host leaves it out of the manual merchants see. -->
### How the check works
<!-- The call, how each documented answer is classified, signing or token details. -->

### Unverified
<!-- Facts you could not confirm from the provider's own pages, SDK or OpenAPI document. -->

### Sources
<!-- The provider's pages, its official SDK files and OpenAPI document, with links. -->
`;
}
