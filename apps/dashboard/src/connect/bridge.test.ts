import { describe, expect, it } from 'vitest';
import { embedding, MESSAGE_SOURCE, postToPlatform } from './bridge';

describe('the connect page bridge', () => {
  it('tells popup, iframe and whole page apart', () => {
    const opener = {};
    const popup = { opener } as unknown as Window;
    (popup as { parent: unknown }).parent = popup;
    expect(embedding(popup)).toEqual({ mode: 'popup', platform: opener });
    const parent = {} as Window;
    const frame = { opener: null, parent } as unknown as Window;
    expect(embedding(frame)).toEqual({ mode: 'iframe', platform: parent });
    const page = { opener: null } as unknown as Window;
    (page as { parent: unknown }).parent = page;
    expect(embedding(page)).toEqual({ mode: 'page', platform: null });
  });

  it('posts to each allowed origin and never to *', () => {
    const sent: [unknown, string][] = [];
    const platform = {
      postMessage: (data: unknown, origin: string) => sent.push([data, origin]),
    } as unknown as Window;
    postToPlatform(platform, ['https://a.example', 'http://127.0.0.1:4000'], 'cs_1', { type: 'ready' });
    expect(sent).toEqual([
      [{ source: MESSAGE_SOURCE, sessionId: 'cs_1', event: { type: 'ready' } }, 'https://a.example'],
      [{ source: MESSAGE_SOURCE, sessionId: 'cs_1', event: { type: 'ready' } }, 'http://127.0.0.1:4000'],
    ]);
    postToPlatform(platform, [], 'cs_1', { type: 'closed' });
    expect(sent).toHaveLength(2);
  });
});
