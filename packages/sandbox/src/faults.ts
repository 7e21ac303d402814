import type { ConnectorFaultKind } from '@paycore/core';

/** When a connector's verifies are paused after repeated faults. */
export interface BreakerOptions {
  /** Consecutive connector faults that open the circuit (default 5). */
  threshold?: number;
  /** How long an open circuit refuses verifies before one trial (default 30 s). */
  coolDownMs?: number;
}

/** One kind of fault of one connector. */
export interface FaultCount {
  kind: ConnectorFaultKind;
  count: number;
  firstAt: string;
  lastAt: string;
  /** What the connector did the last time, secrets already scrubbed. */
  lastMessage: string;
}

/** What the host knows about one connector's runtime faults. */
export interface ConnectorFaults {
  connectorId: string;
  faults: FaultCount[];
  consecutiveFaults: number;
  circuit: 'closed' | 'open' | 'trial';
  /** When an open circuit lets one trial verify through. */
  openUntil?: string;
}

/** Counts runtime faults per connector and keeps a circuit breaker for each. */
export interface FaultBook {
  /** Whether a verify of this connector may run now; `false` while its circuit is open. */
  allow(connectorId: string): boolean;
  /** Records the end of a verify that `allow` let through. */
  settle(connectorId: string, fault?: { kind: ConnectorFaultKind; message: string }): void;
  /** Ends a verify that `allow` let through but that never reached the connector (bad input, shed). */
  cancel(connectorId: string): void;
  report(): ConnectorFaults[];
}

interface Entry {
  faults: Map<ConnectorFaultKind, FaultCount>;
  consecutive: number;
  openedAt?: number;
  trial: boolean;
}

/** Creates a fault book; `now` is injectable for tests. */
export function createFaultBook(options: BreakerOptions = {}, now: () => number = Date.now): FaultBook {
  const threshold = options.threshold ?? 5;
  const coolDownMs = options.coolDownMs ?? 30_000;
  const entries = new Map<string, Entry>();
  const entryOf = (id: string): Entry => {
    let entry = entries.get(id);
    if (!entry) {
      entry = { faults: new Map(), consecutive: 0, trial: false };
      entries.set(id, entry);
    }
    return entry;
  };
  return {
    allow(connectorId) {
      const entry = entries.get(connectorId);
      if (entry?.openedAt === undefined) return true;
      if (entry.trial || now() - entry.openedAt < coolDownMs) return false;
      entry.trial = true;
      return true;
    },
    settle(connectorId, fault) {
      const entry = entryOf(connectorId);
      const wasTrial = entry.trial;
      entry.trial = false;
      if (!fault) {
        entry.consecutive = 0;
        entry.openedAt = undefined;
        return;
      }
      const at = new Date(now()).toISOString();
      const count = entry.faults.get(fault.kind);
      if (count) Object.assign(count, { count: count.count + 1, lastAt: at, lastMessage: fault.message });
      else
        entry.faults.set(fault.kind, {
          kind: fault.kind,
          count: 1,
          firstAt: at,
          lastAt: at,
          lastMessage: fault.message,
        });
      entry.consecutive++;
      if (wasTrial || entry.consecutive >= threshold) entry.openedAt = now();
    },
    cancel(connectorId) {
      const entry = entries.get(connectorId);
      if (entry) entry.trial = false;
    },
    report() {
      return [...entries]
        .filter(([, entry]) => entry.faults.size > 0)
        .map(([connectorId, entry]) => ({
          connectorId,
          faults: [...entry.faults.values()].map((fault) => ({ ...fault })),
          consecutiveFaults: entry.consecutive,
          circuit: entry.trial ? 'trial' : entry.openedAt === undefined ? 'closed' : 'open',
          ...(entry.openedAt === undefined
            ? {}
            : { openUntil: new Date(entry.openedAt + coolDownMs).toISOString() }),
        }));
    },
  };
}
