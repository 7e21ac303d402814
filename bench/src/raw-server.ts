import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One recorded answer: status, the headers that matter and the exact body bytes. */
export interface RecordedAnswer {
  status: number;
  headers: Record<string, string>;
  bodyBase64: string;
}

/** Fetches each path from the host once, recording the exact bytes the raw server will repeat. */
export async function recordAnswers(
  origin: string,
  paths: string[],
): Promise<Record<string, RecordedAnswer>> {
  const answers: Record<string, RecordedAnswer> = {};
  for (const path of paths) {
    const response = await fetch(origin + path, { headers: { 'accept-encoding': 'identity' } });
    const body = Buffer.from(await response.arrayBuffer());
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'etag', 'cache-control']) {
      const value = response.headers.get(name);
      if (value) headers[name] = value;
    }
    answers[path] = { status: response.status, headers, bodyBase64: body.toString('base64') };
  }
  return answers;
}

/**
 * Writes a plain node:http server script that answers the recorded paths from memory: the floor
 * the host's directory is measured against.
 */
export function writeRawServer(dir: string, answers: Record<string, RecordedAnswer>): string {
  const file = join(dir, 'raw-server.mjs');
  writeFileSync(
    file,
    `import { createServer } from 'node:http';
const answers = new Map(Object.entries(${JSON.stringify(answers)}).map(([path, a]) => [path, { status: a.status, headers: { ...a.headers, 'content-length': Buffer.from(a.bodyBase64, 'base64').length }, body: Buffer.from(a.bodyBase64, 'base64') }]));
createServer((req, res) => {
  const answer = answers.get(req.url);
  if (!answer) { res.writeHead(404).end(); return; }
  res.writeHead(answer.status, answer.headers).end(answer.body);
}).listen(Number(process.env.PORT), '127.0.0.1');
`,
  );
  return file;
}
