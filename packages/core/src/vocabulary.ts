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
  /** English names by code, so "did you mean" matches a method's name as well as its code. */
  names?: {
    paymentMethods?: ReadonlyMap<string, string>;
    payoutMethods?: ReadonlyMap<string, string>;
  };
}

/**
 * Below this similarity (1 − edit distance ÷ length of the longer string) a code is unrelated and
 * never suggested: `pix` is 0.6 from the card brand `cypix`, `payment_crad` 0.91 from `payment_card`.
 */
export const SUGGESTION_FLOOR = 0.65;

/**
 * The candidate most similar to `code`, for "did you mean" hints, or undefined when none reaches
 * {@link SUGGESTION_FLOOR}. Pass only the candidates of the kind being checked (payment methods for
 * a payment method, currencies for a currency). Case, spaces, `_` and `-` are ignored, and with
 * `names` a candidate also matches by its name (`gcash` finds `gcashwallet`, named "GCASH").
 */
export function closestCode(
  code: string,
  candidates: Iterable<string>,
  names?: ReadonlyMap<string, string>,
): string | undefined {
  const wanted = normalise(code);
  if (wanted === '') return undefined;
  let best: string | undefined;
  let bestScore = SUGGESTION_FLOOR;
  let bestByCode = false;
  for (const candidate of candidates) {
    const name = names?.get(candidate);
    const byCode = similarity(wanted, normalise(candidate), bestScore);
    const byName = name === undefined ? 0 : similarity(wanted, normalise(name), bestScore);
    const score = Math.max(byCode, byName);
    // On a tie a code that matches by its code beats one that matches by its name: `payment_crad`
    // is `payment_card`, not `card` (also named "Payment card").
    const better =
      score > bestScore || (score === bestScore && (best === undefined || (byCode >= byName && !bestByCode)));
    if (score > 0 && better) {
      best = candidate;
      bestScore = score;
      bestByCode = byCode >= byName;
    }
  }
  return best;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** 1 − distance ÷ longer length, or 0 as soon as it cannot reach `atLeast`. */
function similarity(a: string, b: string, atLeast: number): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  const limit = Math.floor(longer * (1 - atLeast));
  if (Math.abs(a.length - b.length) > limit) return 0;
  const distance = editDistance(a, b, limit + 1);
  return distance > limit ? 0 : 1 - distance / longer;
}

/** Levenshtein distance with adjacent transpositions counted once (`crad` → `card` is 1), capped at `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= limit) return limit;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
