import { type PaymentMethod, type PayoutMethod, paymentMethods, payoutMethods } from '@paycore/openfintech';

const USAGE = `Usage: paycore-vocab search <words> [--kind payment|payout]
       paycore-vocab show <code>

Finds the payment and payout method codes a manifest may use: OpenFinTech's, and PayCore's
overlay of methods OpenFinTech lacks (marked "overlay", with its source).`;

/** How many matches `search` prints at most. */
const LIMIT = 20;

type Kind = 'payment' | 'payout';
interface Entry {
  kind: Kind;
  method: PaymentMethod | PayoutMethod;
}

const entries: readonly Entry[] = [
  ...paymentMethods.map((method) => ({ kind: 'payment' as const, method })),
  ...payoutMethods.map((method) => ({ kind: 'payout' as const, method })),
];

/** Runs the command line and returns the exit code; `out`/`err` default to the console. */
export function main(
  args: string[],
  io: { out: (line: string) => void; err: (line: string) => void } = { out: console.log, err: console.error },
): number {
  const kindAt = args.indexOf('--kind');
  const kind = kindAt === -1 ? undefined : args[kindAt + 1];
  const words = kindAt === -1 ? args : args.filter((_, index) => index !== kindAt && index !== kindAt + 1);
  const [command, ...rest] = words;
  if (command === undefined || args.includes('--help') || args.includes('-h')) {
    (command === undefined ? io.err : io.out)(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (kind !== undefined && kind !== 'payment' && kind !== 'payout') {
    io.err(`--kind must be payment or payout, not ${kind ?? 'nothing'}`);
    return 2;
  }
  const query = rest.join(' ');
  if (command === 'show' && query !== '') {
    const found = entries.filter((e) => e.method.code === query && (kind === undefined || e.kind === kind));
    if (found.length === 0) {
      io.err(`No method has the code "${query}". Try: paycore-vocab search ${query}`);
      return 1;
    }
    for (const entry of found) for (const line of describe(entry)) io.out(line);
    return 0;
  }
  if (command === 'search' && query !== '') {
    const found = search(query, kind);
    if (found.length === 0) {
      io.err(
        `No method matches "${query}". If the method is missing, add it to the overlay (see CONTRIBUTING).`,
      );
      return 1;
    }
    for (const entry of found.slice(0, LIMIT)) io.out(row(entry));
    if (found.length > LIMIT) io.out(`… ${found.length - LIMIT} more; narrow the words or add --kind`);
    return 0;
  }
  io.err(USAGE);
  return 2;
}

/** Entries whose code or name contains every word, exact matches first, then the shorter names. */
export function search(query: string, kind?: Kind): Entry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const compact = normalise(query);
  const scored: { entry: Entry; rank: number }[] = [];
  for (const entry of entries) {
    if (kind !== undefined && entry.kind !== kind) continue;
    const code = entry.method.code.toLowerCase();
    const name = entry.method.name.toLowerCase();
    const text = `${code} ${name}`;
    if (!words.every((word) => text.includes(word)) && !normalise(text).includes(compact)) continue;
    const exact = normalise(code) === compact || normalise(name) === compact;
    scored.push({
      entry,
      rank: exact ? 0 : name.startsWith(words[0] ?? '') || code.startsWith(words[0] ?? '') ? 1 : 2,
    });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.entry.method.name.length - b.entry.method.name.length)
    .map((s) => s.entry);
}

function row({ kind, method }: Entry): string {
  const countries = method.countries?.length ? method.countries.join(',') : '-';
  const origin = method.overlaySource === undefined ? 'openfintech' : 'overlay';
  return [method.code.padEnd(24), method.name.padEnd(40), kind.padEnd(8), countries.padEnd(12), origin].join(
    ' ',
  );
}

function describe({ kind, method }: Entry): string[] {
  return [
    `code:      ${method.code}`,
    `name:      ${method.name}`,
    `kind:      ${kind} method (use it in ${kind}Methods)`,
    `category:  ${method.category}`,
    `countries: ${method.countries?.length ? method.countries.join(', ') : 'not listed'}`,
    `source:    ${method.overlaySource === undefined ? 'OpenFinTech' : `PayCore overlay — ${method.overlaySource}`}`,
    '',
  ];
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}
