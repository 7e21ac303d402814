import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vocabulary } from '@paycore/openfintech';
import { describe, expect, it } from 'vitest';
import { main } from './cli.js';

const stripe = resolve(dirname(fileURLToPath(import.meta.url)), '../../../connectors/stripe');

/** A copy of the Stripe connector (without node_modules) whose manifest `edit` may change. */
function copyOfStripe(edit?: (manifest: Record<string, unknown>) => void): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'validate-')), 'stripe');
  cpSync(stripe, dir, { recursive: true, filter: (source) => !source.includes('node_modules') });
  if (edit) {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    edit(manifest);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  }
  return dir;
}

function run(dirs: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(dirs, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: tmpdir(), vocabulary });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('paycore-validate', () => {
  it('prints a one-line summary and exits 0 for a valid connector', () => {
    const result = run([copyOfStripe()]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^✓ 1 connector valid \(stripe\): 1 ready/);
  });

  it('prints one error per problem with its file and JSON pointer, and exits 1', () => {
    const dir = copyOfStripe((manifest) => {
      manifest.paymentMethods = ['payment_crad'];
      manifest.paymentServices = [{ method: 'payment_crad', currency: 'UAX' }];
      const schema = (manifest.credentials as { schema: { properties: Record<string, unknown> } }).schema;
      schema.properties.webhookSecret = { type: 'string', title: 'Webhook signing secret' };
      (manifest.environments as Record<string, { hosts: string[] }>).live!.hosts = [];
    });
    const result = run([dir]);
    expect(result.code).toBe(1);
    const errors = result.err.split('\n').filter((line) => line.startsWith('error'));
    expect(errors).toHaveLength(4);
    expect(result.err).toContain(
      'stripe/manifest.json#/paymentMethods/0: "payment_crad" is not a known payment method code (did you mean "payment_card"?)',
    );
    expect(result.err).toContain(
      'stripe/manifest.json#/paymentServices/0/currency: "UAX" is not an ISO 4217 currency code',
    );
    expect(result.err).toContain(
      'stripe/manifest.json#/credentials/schema/properties/webhookSecret/writeOnly',
    );
    expect(result.err).toContain(
      'stripe/manifest.json#/environments/live/hosts: a ready connector must list the hosts',
    );
    expect(result.err).toMatch(/✗ 4 problems in 1 connector/);
  });

  it('explains its usage when no folder is given', () => {
    expect(run([]).code).toBe(2);
  });
});
