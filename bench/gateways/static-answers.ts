/**
 * The floor of a cached answer: a bare node:http server that answers each request with bytes it was
 * given, looked up by the request's body. What is left of a cache hit when nothing else runs.
 *
 *   node dist/bench-static-answers.mjs ANSWERS_FILE   (PORT; ANSWERS_FILE is JSON, request body → answer body)
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const answersFile = process.argv[2];
if (!answersFile) {
  console.error('usage: static-answers ANSWERS_FILE');
  process.exit(2);
}
const answers = new Map(Object.entries(JSON.parse(readFileSync(answersFile, 'utf8')) as Record<string, string>).map(([request, answer]) => [request, Buffer.from(answer, 'utf8')]));

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/readiness') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ready"}');
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const answer = answers.get(Buffer.concat(chunks).toString('utf8'));
    if (!answer) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"message":"no answer recorded for this request"}]}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': answer.length }).end(answer);
  });
});
server.listen(Number(process.env.PORT ?? 4200), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
