// Turns the OpenFinTech source records into the package's compact, sorted records.
// Structural problems (a missing code or English name, a non-numeric exponent) are collected and
// thrown together; upstream quirks that do not break the shape (duplicate codes, references to
// unknown codes) are repaired and reported as notes.

const ISO_4217_TYPES = new Set(['national', 'metal', 'technical']);

/**
 * Builds every dataset from the parsed source files.
 * @param {Record<string, any[]>} source parsed `source/data/*.json`, keyed by file name without extension
 * @param {ReadonlyMap<string, string>} logoFiles provider code → logo file name in `logos/`
 * @returns {{ datasets: Record<string, object[]>, notes: string[] }}
 */
export function buildData(source, logoFiles) {
  const problems = [];
  const notes = [];
  const ctx = { problems, notes };

  const countries = merged(source.countries, 'country', ctx).map((c) => ({
    code: c.code,
    name: englishName(c, 'country', ctx),
    alpha3: text(c, 'code_alpha3', 'country', ctx),
    region: c.region ?? null,
  }));
  const countryCodes = new Set(countries.map((c) => c.code));

  const currencies = merged(source.currencies, 'currency', ctx).map((c) => {
    if (!Number.isInteger(c.exponent)) problems.push(`currency ${c.code}: exponent is not an integer`);
    return {
      code: c.code,
      name: englishName(c, 'currency', ctx),
      type: text(c, 'type', 'currency', ctx),
      exponent: c.exponent,
      iso4217: ISO_4217_TYPES.has(c.type) && /^[A-Z]{3}$/.test(c.code),
    };
  });

  const paymentFlows = merged(source.payment_flows, 'payment flow', ctx).map((f) => ({
    code: f.code,
    name: englishName(f, 'payment flow', ctx),
  }));

  const paymentMethods = merged(source.payment_methods, 'payment method', ctx).map((m) => {
    const record = {
      code: m.code,
      name: englishName(m, 'payment method', ctx),
      category: text(m, 'category', 'payment method', ctx),
    };
    const description = toPlainText(m.description?.en);
    if (description) record.description = description;
    const list = known(m.countries, countryCodes, `payment method ${m.code}`, 'country', notes);
    if (list.length > 0) record.countries = list;
    return record;
  });
  const paymentMethodCodes = new Set(paymentMethods.map((m) => m.code));

  const payoutMethods = merged(source.payout_methods, 'payout method', ctx).map((m) => ({
    code: m.code,
    name: englishName(m, 'payout method', ctx),
    category: text(m, 'category', 'payout method', ctx),
  }));
  const payoutMethodCodes = new Set(payoutMethods.map((m) => m.code));

  const providers = merged(source.payment_providers, 'provider', ctx).map((p) => {
    const where = `provider ${p.code}`;
    const record = {
      code: p.code,
      name: englishName(p, 'provider', ctx),
      status: text(p, 'status', 'provider', ctx),
      countries: known(p.countries, countryCodes, where, 'country', notes),
      paymentMethods: known(p.payment_method, paymentMethodCodes, where, 'payment method', notes),
      payoutMethods: known(p.payout_method, payoutMethodCodes, where, 'payout method', notes),
      categories: unique(p.categories ?? []),
    };
    const description = toPlainText(p.description?.en);
    if (description) record.description = description;
    const logo = logoFiles.get(p.code);
    if (logo) record.logo = logo;
    return record;
  });

  if (problems.length > 0) {
    throw new Error(`the source data has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }
  return {
    datasets: { countries, currencies, paymentFlows, paymentMethods, payoutMethods, providers },
    notes,
  };
}

/**
 * Sorts records by code and folds records that share a code into the first one: later records
 * only fill fields the first lacks, and lists are unioned.
 */
function merged(records, kind, { problems, notes }) {
  const byCode = new Map();
  const counts = new Map();
  for (const record of records ?? []) {
    if (typeof record.code !== 'string' || record.code === '') {
      problems.push(`${kind} without a code: ${JSON.stringify(record).slice(0, 120)}`);
      continue;
    }
    counts.set(record.code, (counts.get(record.code) ?? 0) + 1);
    const first = byCode.get(record.code);
    byCode.set(record.code, first ? mergeRecord(first, record) : record);
  }
  for (const [code, count] of counts) {
    if (count > 1) notes.push(`${kind} ${code}: ${count} source records merged into one`);
  }
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function mergeRecord(first, later) {
  const result = { ...first };
  for (const [key, value] of Object.entries(later)) {
    const current = result[key];
    if (Array.isArray(current) && Array.isArray(value)) result[key] = unique([...current, ...value]);
    else if (current === undefined || current === null) result[key] = value;
  }
  return result;
}

function englishName(record, kind, { problems }) {
  const name = typeof record.name === 'string' ? record.name : record.name?.en;
  if (typeof name !== 'string' || name.trim() === '') {
    problems.push(`${kind} ${record.code}: no English name`);
    return '';
  }
  return name.trim();
}

function text(record, field, kind, { problems }) {
  const value = record[field];
  if (typeof value !== 'string' || value === '') {
    problems.push(`${kind} ${record.code}: no ${field}`);
    return '';
  }
  return value;
}

/** Removes duplicates and codes missing from `allowed`, noting each dropped code once. */
function known(list, allowed, where, kind, notes) {
  const result = [];
  for (const code of unique(list ?? [])) {
    if (allowed.has(code)) result.push(code);
    else notes.push(`${where}: unknown ${kind} ${code} dropped`);
  }
  return result;
}

function unique(list) {
  return [...new Set(list)];
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Strips markup and entities and collapses whitespace; undefined when nothing is left. */
export function toPlainText(value) {
  if (typeof value !== 'string') return undefined;
  const text = value
    .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body) => {
      if (body[0] !== '#') return ENTITIES[body.toLowerCase()] ?? entity;
      const point =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(point) ? String.fromCodePoint(point) : entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? undefined : text;
}
