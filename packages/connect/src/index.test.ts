import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ConnectEvent, openConnect } from './index.js';
import { MESSAGE_SOURCE, parseConnectUrl, readMessage } from './messages.js';

const URL_ = 'https://pay.example.com/connect/cs_abc#pccs_token';
const TARGET = { origin: 'https://pay.example.com', sessionId: 'cs_abc' };
const connected = { type: 'connected', connectionId: 'conn_1', providerId: 'stripe', environment: 'sandbox' };
const wrap = (event: unknown, sessionId = 'cs_abc') => ({ source: MESSAGE_SOURCE, sessionId, event });

describe('parseConnectUrl', () => {
  it('reads the origin and session id of a session url', () => {
    expect(parseConnectUrl(URL_)).toEqual(TARGET);
    expect(parseConnectUrl('http://127.0.0.1:3000/connect/cs_x%2Dy#t')).toEqual({
      origin: 'http://127.0.0.1:3000',
      sessionId: 'cs_x-y',
    });
  });

  it('refuses anything else, saying what it wants', () => {
    expect(() => parseConnectUrl('/connect/cs_abc#t')).toThrow('absolute url');
    expect(() => parseConnectUrl('https://pay.example.com/connect/cs_abc')).toThrow('#<token>');
    expect(() => parseConnectUrl('https://pay.example.com/other#t')).toThrow('connect session url');
  });
});

describe('readMessage', () => {
  const source = {};
  it('takes a well-formed event from the page origin, the opened window and this session', () => {
    expect(
      readMessage({ origin: TARGET.origin, source, data: wrap(connected) } as never, TARGET, source),
    ).toEqual(connected);
    expect(
      readMessage({ origin: TARGET.origin, source, data: wrap({ type: 'ready' }) } as never, TARGET, source),
    ).toEqual({ type: 'ready' });
  });

  it('ignores another origin, another window, another session, and malformed events', () => {
    const base = { origin: TARGET.origin, source, data: wrap(connected) };
    expect(readMessage({ ...base, origin: 'https://evil.example' } as never, TARGET, source)).toBeUndefined();
    expect(readMessage({ ...base, source: {} } as never, TARGET, source)).toBeUndefined();
    expect(readMessage(base as never, TARGET, null)).toBeUndefined();
    expect(
      readMessage({ ...base, data: wrap(connected, 'cs_other') } as never, TARGET, source),
    ).toBeUndefined();
    expect(
      readMessage({ ...base, data: { ...wrap(connected), source: 'x' } } as never, TARGET, source),
    ).toBeUndefined();
    expect(readMessage({ ...base, data: 'connected' } as never, TARGET, source)).toBeUndefined();
    expect(
      readMessage({ ...base, data: wrap({ ...connected, environment: 'prod' }) } as never, TARGET, source),
    ).toBeUndefined();
    expect(
      readMessage({ ...base, data: wrap({ type: 'connected' }) } as never, TARGET, source),
    ).toBeUndefined();
    expect(
      readMessage({ ...base, data: wrap({ type: 'error', code: 'x' }) } as never, TARGET, source),
    ).toBeUndefined();
  });
});

/** Just enough of a window for the SDK: listeners, open(), and a document that makes iframes. */
function fakeWindow() {
  const listeners = new Set<(event: MessageEvent) => void>();
  const popup = {
    closed: false,
    close: vi.fn(() => {
      popup.closed = true;
    }),
  };
  const frameWindow = {};
  const frame = { style: {} as { cssText: string }, contentWindow: frameWindow, remove: vi.fn() } as Record<
    string,
    unknown
  >;
  const win = {
    open: vi.fn((): unknown => popup),
    addEventListener: (_type: string, listener: (event: MessageEvent) => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: (event: MessageEvent) => void) =>
      listeners.delete(listener),
    document: { createElement: () => frame },
    post(data: unknown, origin: string, source: unknown) {
      for (const listener of [...listeners]) listener({ data, origin, source } as MessageEvent);
    },
    listeners,
  };
  return { win, popup, frame, frameWindow };
}

describe('openConnect', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens a popup, reports its events and closed once when the person closes it', () => {
    const { win, popup } = fakeWindow();
    const events: ConnectEvent[] = [];
    openConnect({ url: URL_, mode: 'popup', onEvent: (e) => events.push(e), window: win as never });
    expect(win.open).toHaveBeenCalledWith(URL_, 'paycore-connect', expect.stringContaining('popup'));
    win.post(wrap({ type: 'ready' }), TARGET.origin, popup);
    win.post(wrap(connected), 'https://evil.example', popup);
    win.post(wrap(connected), TARGET.origin, popup);
    popup.closed = true;
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([{ type: 'ready' }, connected, { type: 'closed' }]);
    expect(win.listeners.size).toBe(0);
  });

  it('reports a blocked popup as an error', () => {
    const { win } = fakeWindow();
    win.open.mockReturnValue(null);
    const events: ConnectEvent[] = [];
    openConnect({ url: URL_, mode: 'popup', onEvent: (e) => events.push(e), window: win as never });
    expect(events).toEqual([expect.objectContaining({ type: 'error', code: 'popup_blocked' })]);
    expect(win.listeners.size).toBe(0);
  });

  it('puts an iframe in the container, takes messages from it only, and removes it when the page closes', () => {
    const { win, frame, frameWindow } = fakeWindow();
    const container = { appendChild: vi.fn() };
    const events: ConnectEvent[] = [];
    openConnect({
      url: URL_,
      mode: 'iframe',
      container: container as never,
      onEvent: (e) => events.push(e),
      window: win as never,
    });
    expect(container.appendChild).toHaveBeenCalledWith(frame);
    expect(frame.src).toBe(URL_);
    expect(frame.referrerPolicy).toBe('no-referrer');
    win.post(wrap(connected), TARGET.origin, {});
    win.post(wrap(connected), TARGET.origin, frameWindow);
    win.post(wrap({ type: 'closed' }), TARGET.origin, frameWindow);
    win.post(wrap({ type: 'closed' }), TARGET.origin, frameWindow);
    expect(events).toEqual([connected, { type: 'closed' }]);
    expect(frame.remove).toHaveBeenCalledTimes(1);
  });

  it('closes on request, and refuses a missing container or an unknown mode', () => {
    const { win, popup } = fakeWindow();
    const events: ConnectEvent[] = [];
    const handle = openConnect({
      url: URL_,
      mode: 'popup',
      onEvent: (e) => events.push(e),
      window: win as never,
    });
    handle.close();
    handle.close();
    expect(popup.close).toHaveBeenCalledTimes(1);
    expect(events).toEqual([{ type: 'closed' }]);
    expect(() => openConnect({ url: URL_, mode: 'iframe', onEvent: () => {}, window: win as never })).toThrow(
      'container',
    );
    expect(() =>
      openConnect({ url: URL_, mode: 'tab' as never, onEvent: () => {}, window: win as never }),
    ).toThrow('mode');
  });
});
