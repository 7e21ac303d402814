import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { egressHarness } from '../test-support/egress.js';
import { createEgressAgent } from './agent.js';

const { simulator, safeFetch, onClose } = egressHarness();

describe('createEgressAgent', () => {
  it('opens at most its per-origin cap of connections; requests beyond it wait their turn', async () => {
    const held: ServerResponse[] = [];
    let release = false;
    const { origin, server } = await simulator((_req, res) => {
      if (release) res.end('ok');
      else held.push(res);
    });
    let connections = 0;
    server.on('connection', () => connections++);
    const capped = createEgressAgent({ connectionsPerOrigin: 4 });
    onClose(() => capped.close());
    const fetch = safeFetch(origin, { dispatcher: capped, timeoutMs: 10_000 });

    const answers = Array.from({ length: 50 }, () =>
      fetch('https://api.example.com/').then((response) => response.text()),
    );
    await expect.poll(() => held.length).toBe(4);
    // Give any fifth connection the time to show up.
    await sleep(100);
    expect([connections, held.length]).toEqual([4, 4]);
    release = true;
    for (const res of held) res.end('ok');
    expect(await Promise.all(answers)).toEqual(Array(50).fill('ok'));
    expect(connections).toBe(4);
  });

  it('reuses a kept-alive connection for the next request to the same provider', async () => {
    const ports = new Set<number | undefined>();
    const { origin } = await simulator((req, res) => {
      ports.add(req.socket.remotePort);
      res.end('ok');
    });
    const fetch = safeFetch(origin);
    for (let i = 0; i < 3; i++) {
      await (await fetch('https://api.example.com/')).text();
      // undici checks an idle socket for a pending close before reusing it; a request sent in the
      // same event-loop turn as the last answer gets a second connection meanwhile.
      await sleep(5);
    }
    expect(ports.size).toBe(1);
  });

  it('sends a request again on a new connection when the kept-alive one turns out closed', async () => {
    for (const method of ['GET', 'POST']) {
      const served = new Map<unknown, number>();
      const { origin } = await simulator((req, res) => {
        const count = (served.get(req.socket) ?? 0) + 1;
        served.set(req.socket, count);
        // The second request on a connection finds it closed, as when a server drops idle ones.
        if (count === 2) req.socket.destroy();
        else res.end(`answer ${served.size}`);
      });
      const fetch = safeFetch(origin);
      expect(await (await fetch('https://api.example.com/', { method })).text()).toBe('answer 1');
      await sleep(5);
      expect(await (await fetch('https://api.example.com/', { method })).text()).toBe('answer 2');
      expect(served.size, method).toBe(2);
    }
  });
});
