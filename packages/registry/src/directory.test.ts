import { getProvider, providers } from '@paycore/openfintech';
import { describe, expect, it } from 'vitest';
import { buildDirectory } from './directory.js';
import type { ConnectorRecord } from './load.js';
import { fixtureManifest } from './test-support/fixtures.js';
import type { Diagnostic } from './types.js';

function record(id: string, patch: Parameters<typeof fixtureManifest>[1] = {}): ConnectorRecord {
  return {
    dir: `/connectors/${id}`,
    packageName: `@paycore/connector-${id}`,
    manifest: fixtureManifest(id, patch),
    manifestFile: './manifest.json',
  };
}

const active = providers.filter((p) => p.status === 'active').length;
const deprecated = providers.length - active;

describe('buildDirectory', () => {
  it('lists every active OpenFinTech provider as not-ready and leaves deprecated ones out', () => {
    const { entries, deprecatedSkipped } = buildDirectory([], { includeDirectory: true }, []);
    expect(entries).toHaveLength(active);
    expect(deprecatedSkipped).toBe(deprecated);
    expect(entries.every((e) => e.status === 'not-ready' && e.source === 'openfintech')).toBe(true);
    const stripe = entries.find((e) => e.id === 'stripe');
    expect(stripe).toMatchObject({
      name: getProvider('stripe')?.name,
      openfintechCode: 'stripe',
      countries: getProvider('stripe')?.countries,
      paymentServices: [],
      currencies: [],
    });
  });

  it('replaces the OpenFinTech entry matching a connector id or openfintechCode', () => {
    const diagnostics: Diagnostic[] = [];
    const { entries } = buildDirectory(
      [record('stripe'), record('fondy-eu', { openfintechCode: 'fondy' }), record('homegrown')],
      { includeDirectory: true },
      diagnostics,
    );
    expect(entries.filter((e) => e.id === 'stripe')).toMatchObject([
      { source: 'connector', status: 'ready', openfintechCode: 'stripe', packageDir: '/connectors/stripe' },
    ]);
    expect(entries.find((e) => e.id === 'fondy')).toBeUndefined();
    expect(entries.find((e) => e.id === 'fondy-eu')).toMatchObject({ openfintechCode: 'fondy' });
    expect(entries.find((e) => e.id === 'homegrown')).toMatchObject({ source: 'connector' });
    expect(entries.find((e) => e.id === 'homegrown')?.openfintechCode).toBeUndefined();
    expect(entries).toHaveLength(active + 1);
    expect(diagnostics).toEqual([]);
  });

  it('sorts ready first, then by name ignoring case', () => {
    const { entries } = buildDirectory(
      [
        record('zulu', { name: 'zulu' }),
        record('alpha', { name: 'Alpha', status: 'not-ready' }),
        record('bravo', { name: 'bravo' }),
      ],
      { includeDirectory: false },
      [],
    );
    expect(entries.map((e) => e.id)).toEqual(['bravo', 'zulu', 'alpha']);
  });

  it('derives currencies from both kinds of services', () => {
    const { entries } = buildDirectory(
      [
        record('multi', {
          paymentServices: [
            { method: 'payment_card', currency: 'USD' },
            { method: 'payment_card', currency: 'EUR' },
          ],
          payoutServices: [{ method: 'bank_card', currency: 'USD' }],
        }),
      ],
      { includeDirectory: false },
      [],
    );
    expect(entries[0]?.currencies).toEqual(['EUR', 'USD']);
  });

  it('warns about an openfintechCode the catalogue does not know', () => {
    const diagnostics: Diagnostic[] = [];
    buildDirectory(
      [record('odd', { openfintechCode: 'no-such-provider' })],
      { includeDirectory: true },
      diagnostics,
    );
    expect(diagnostics).toMatchObject([
      { id: 'odd', severity: 'warning', problems: [{ pointer: '/openfintechCode' }] },
    ]);
  });
});
