import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createWebhookSender } from './webhook-sender.js';
import { isPublicAddress, publicOnlyLookup, webhookUrlProblem } from './webhook-url.js';

describe('webhook URLs', () => {
  it('tells public addresses from private, loopback, link-local and other special ones', () => {
    for (const address of ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c', '8.8.8.8'])
      expect(isPublicAddress(address), address).toBe(true);
    for (const address of [
      '127.0.0.1',
      '10.0.0.7',
      '172.16.4.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd12:3456::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '224.0.0.1',
      'not-an-address',
    ])
      expect(isPublicAddress(address), address).toBe(false);
  });

  it('accepts https to a name or a public address only, unless private addresses are allowed', () => {
    expect(webhookUrlProblem('https://hooks.example.com/paycore', false)).toBeUndefined();
    expect(webhookUrlProblem('https://93.184.215.14/paycore', false)).toBeUndefined();
    expect(webhookUrlProblem('http://hooks.example.com/paycore', false)).toBe('must use https');
    expect(webhookUrlProblem('ftp://hooks.example.com', false)).toBe('must use https');
    expect(webhookUrlProblem('hooks.example.com', false)).toMatch(/absolute URL/);
    expect(webhookUrlProblem('https://user:pw@hooks.example.com', false)).toMatch(/user name/);
    for (const url of [
      'https://localhost/x',
      'https://api.localhost/x',
      'https://127.0.0.1:8443/x',
      'https://[::1]/x',
      'https://169.254.169.254/latest/meta-data',
      'https://[::ffff:a00:1]/x',
    ])
      expect(webhookUrlProblem(url, false), url).toMatch(/private, loopback or link-local/);
    expect(webhookUrlProblem('http://127.0.0.1:4000/x', true)).toBeUndefined();
  });

  it('refuses a name that resolves to a private address when the socket connects (DNS rebinding)', async () => {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      publicOnlyLookup('localhost', {}, (failure) => resolve(failure)),
    );
    expect(error?.code).toBe('ERR_PAYCORE_PRIVATE_ADDRESS');
    // Nothing is sent: the refusal comes before the connection, whatever listens there.
    let reached = false;
    const server = createServer(() => {
      reached = true;
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const sender = createWebhookSender({ timeoutMs: 2_000, allowPrivate: false });
    const port = (server.address() as AddressInfo).port;
    const result = await sender.send(`https://localhost:${port}/hook`, '{}', 't=1,v1=00');
    expect(result).toMatchObject({
      statusCode: null,
      error: expect.stringContaining('not a public address'),
    });
    const literal = await sender.send(`https://127.0.0.1:${port}/hook`, '{}', 't=1,v1=00');
    expect(literal.error).toContain('not a public address');
    expect(reached).toBe(false);
    await sender.close();
    await new Promise((resolve) => server.close(resolve));
  });
});
