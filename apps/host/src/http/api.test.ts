import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createApi } from './api.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe('createApi', () => {
  it('puts a handler back in line once its body has been read, and only then', async () => {
    const events: string[] = [];
    const turns = {
      next: () => {
        events.push('turn');
        return Promise.resolve();
      },
    };
    const api = createApi({
      db: {} as Database,
      adminEmails: [],
      logger: pino({ level: 'silent' }),
      turns,
    });
    const body = { type: 'object', properties: { name: { type: 'string' } }, additionalProperties: false };
    const spec = {
      path: '/echo',
      operationId: 'echo',
      summary: 'echo',
      tag: 't',
      auth: 'none',
      responses: {},
    } as const;
    api.route({ ...spec, method: 'post', body }, async (context) => {
      events.push('post handler');
      return { body: context.body };
    });
    api.route({ ...spec, method: 'get', operationId: 'read' }, async () => {
      events.push('get handler');
      return { body: { ok: true } };
    });
    const app = express();
    app.use(express.json());
    app.use(api.router);
    server = createServer(app);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const posted = await fetch(`${origin}/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x' }),
    });
    expect(await posted.json()).toEqual({ name: 'x' });
    expect(events).toEqual(['turn', 'post handler']);

    events.length = 0;
    expect((await fetch(`${origin}/echo`)).status).toBe(200);
    expect(events).toEqual(['get handler']);
  });
});
