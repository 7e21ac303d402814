import { PaycoreError } from '@paycore/core';
import pLimit, { type LimitFunction } from 'p-limit';

/** How many verifies may run at once, and how many may wait. */
export interface AdmissionLimits {
  /** Verifies in flight across every provider (default 64). */
  global?: number;
  /** Verifies in flight for one provider (default 16). */
  perProvider?: number;
  /** Verifies waiting for a slot before new ones are shed with `overloaded` (default 256). */
  queue?: number;
}

/** Hands out verify slots: a bounded number in flight, a bounded line, the rest shed. */
export interface Admission {
  /** Waits for a slot for this provider; returns its release. Throws `overloaded` when the line is full. */
  admit(providerId: string): Promise<() => void>;
  readonly inFlight: number;
  readonly waiting: number;
}

/** Creates the host's admission control for verifies (p-limit for each bound). */
export function createAdmission(limits: AdmissionLimits = {}): Admission {
  const global = pLimit(limits.global ?? 64);
  const perProviderLimit = limits.perProvider ?? 16;
  const maxWaiting = limits.queue ?? 256;
  const providers = new Map<string, LimitFunction>();
  let waiting = 0;
  return {
    async admit(providerId) {
      if (waiting >= maxWaiting)
        throw new PaycoreError('overloaded', 'Too many checks are waiting for a provider; try again shortly');
      let provider = providers.get(providerId);
      if (!provider) {
        provider = pLimit(perProviderLimit);
        providers.set(providerId, provider);
      }
      waiting++;
      try {
        // The provider's own bound first: a busy provider must not hold global slots while it waits.
        const releaseProvider = await slot(provider);
        const releaseGlobal = await slot(global);
        return () => {
          releaseGlobal();
          releaseProvider();
        };
      } finally {
        waiting--;
      }
    },
    get inFlight() {
      return global.activeCount;
    },
    get waiting() {
      return waiting;
    },
  };
}

function slot(limit: LimitFunction): Promise<() => void> {
  return new Promise((granted) => {
    void limit(() => new Promise<void>((release) => granted(release)));
  });
}
