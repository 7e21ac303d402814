import type { HealthState } from '../services/health.js';

/** The connection columns a health change sets. */
export function healthColumns(update: HealthState & { nextCheckAt: string }): [string, unknown][] {
  return [
    ['health', update.health],
    ['last_success_at', update.lastSuccessAt],
    ['check_failures', update.checkFailures],
    ['next_check_at', update.nextCheckAt],
  ];
}
