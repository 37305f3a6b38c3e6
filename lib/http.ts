import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The header that carries one request's id through the gateway and every service it calls. */
export const requestIdHeader = 'x-request-id';

/** An incoming id is kept only when it is short and plain, so a client cannot forge log lines or bloat them. */
const acceptableRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's request id when it is acceptable, else a new one. */
export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && acceptableRequestId.test(incoming) ? incoming : randomUUID();
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/**
 * Reads a request body, counting bytes while they arrive, so a body over `limit` is refused after
 * `limit` bytes instead of after all of it is buffered.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<string | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
