import type { CredentialSchema } from '@paycore/core';
import { describe, expect, it } from 'vitest';
import type { Registry } from '@paycore/registry';
import type { ConnectionRecord } from '../store/connections.js';
import { connectionHealth } from './connection-view.js';
import { shortDescription } from './directory.js';
import { merchantManual, uiSchemaFor } from './provider-view.js';

describe('the connect form hints', () => {
  it('follow the schema: order, password widget for secrets, help and placeholder', () => {
    const schema: CredentialSchema = {
      type: 'object',
      required: ['secretKey'],
      properties: {
        secretKey: {
          type: 'string',
          title: 'Secret key',
          description: 'starts with sk_',
          writeOnly: true,
          examples: ['sk_test_…'],
        },
        accountId: { type: 'string', title: 'Account' },
      },
    };
    expect(uiSchemaFor(schema)).toEqual({
      'ui:order': ['secretKey', 'accountId', '*'],
      secretKey: {
        'ui:widget': 'password',
        'ui:autocomplete': 'off',
        'ui:help': 'starts with sk_',
        'ui:placeholder': 'sk_test_…',
      },
      accountId: {},
    });
  });
});

describe('directory text', () => {
  it('keeps the first sentence, at most 160 characters', () => {
    expect(shortDescription('Cards online. And more.')).toBe('Cards online.');
    expect(shortDescription('x'.repeat(300))).toHaveLength(160);
  });
});

describe('connection health', () => {
  const registry = {
    get: (id: string) => (id === 'stripe' ? { credentials: { version: 2 } } : undefined),
  } as unknown as Registry;
  const base = { providerId: 'stripe', schemaVersion: 2, health: 'healthy' } as ConnectionRecord;

  it('is needs_reconnect as soon as the form changed version since the credentials were entered', () => {
    expect(connectionHealth({ ...base, schemaVersion: 1 }, registry)).toBe('needs_reconnect');
  });

  it("is what the last check concluded otherwise, also when the connector is gone (not the merchant's doing)", () => {
    expect(connectionHealth({ ...base, health: 'degraded' }, registry)).toBe('degraded');
    expect(connectionHealth({ ...base, providerId: 'gone' }, registry)).toBe('healthy');
    expect(connectionHealth(base, registry)).toBe('healthy');
  });
});

describe("a connector's manual", () => {
  it('is shown to merchants without the notes for its maintainers', () => {
    const readme = '# Acme\n\n## 1. Set up\nSign up.\n\n## For contributors\n\n### Sources\n- the API\n';
    expect(merchantManual(readme)).toBe('# Acme\n\n## 1. Set up\nSign up.\n');
    expect(merchantManual('# Acme\n\n## For contributors list\n')).toBe(
      '# Acme\n\n## For contributors list\n',
    );
  });
});
