/**
 * The codes a manifest may use. Core does not ship them; `@paycore/openfintech` provides the
 * OpenFinTech vocabulary and a platform may pass its own.
 */
export interface Vocabulary {
  paymentMethods: ReadonlySet<string>;
  payoutMethods: ReadonlySet<string>;
  /** ISO 4217 currency codes. */
  currencies: ReadonlySet<string>;
  /** ISO 3166-1 alpha-2 country codes. */
  countries: ReadonlySet<string>;
  /** Payment flow codes; when absent, flows are not checked. */
  paymentFlows?: ReadonlySet<string>;
}

/** The closest code to `code` within edit distance 2, for "did you mean" hints. */
export function closestCode(code: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - code.length) >= bestDistance) continue;
    const distance = editDistance(code, candidate, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return previous[b.length]!;
}
