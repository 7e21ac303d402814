import { mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, type StartedServer, startNodeServer } from './processes.js';

/** One recorded answer: status, the headers that matter and the exact body bytes. */
export interface RecordedAnswer {
  status: number;
  headers: Record<string, string>;
  bodyBase64: string;
}

/** The request headers of a browser that accepts compressed answers; both servers get the same. */
export const CLIENT_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

/**
 * Fetches each path from the host once with {@link CLIENT_HEADERS}, recording the exact bytes on
 * the wire (still compressed) that the raw server will repeat.
 */
export async function recordAnswers(
  origin: string,
  paths: string[],
): Promise<Record<string, RecordedAnswer>> {
  const answers: Record<string, RecordedAnswer> = {};
  for (const path of paths) {
    answers[path] = await new Promise<RecordedAnswer>((resolve, reject) => {
      get(origin + path, { headers: CLIENT_HEADERS }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const headers: Record<string, string> = {};
          for (const name of ['content-type', 'content-encoding', 'etag', 'cache-control', 'vary']) {
            const value = response.headers[name];
            if (typeof value === 'string') headers[name] = value;
          }
          resolve({
            status: response.statusCode ?? 0,
            headers,
            bodyBase64: Buffer.concat(chunks).toString('base64'),
          });
        });
        response.on('error', reject);
      }).on('error', reject);
    });
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

/**
 * Starts a bare node:http server that answers only `/api/health`: the floor for a Node process's
 * start time and resident memory.
 */
export async function startBareServer(): Promise<StartedServer> {
  const health = {
    '/api/health': {
      status: 200,
      headers: {},
      bodyBase64: Buffer.from('{"status":"ok"}').toString('base64'),
    },
  };
  return startNodeServer(
    writeRawServer(mkdtempSync(join(tmpdir(), 'paycore-bench-raw-')), health),
    {},
    '/api/health',
    await freePort(),
  );
}
