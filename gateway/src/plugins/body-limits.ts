import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { graphqlPath, refuse, requestError } from '../http-errors.js';

/**
 * Reads a JSON body with a size limit that is checked chunk by chunk, so an oversized body is
 * refused after `maxBytes` have arrived rather than after all of it is buffered; and decodes it
 * strictly, so bytes that are not UTF-8 are an error instead of silently becoming U+FFFD.
 */
async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw requestError(413, 'REQUEST_TOO_LARGE', `The request body is larger than ${maxBytes} bytes`, { connection: 'close' });
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw requestError(400, 'BAD_REQUEST', 'The request body is not valid UTF-8');
  }
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch (error) {
    throw requestError(400, 'BAD_REQUEST', `The request body is not valid JSON: ${(error as Error).message}`);
  }
  // An array is a batch, which the runtime itself refuses with its own message.
  if (body === null || typeof body !== 'object') throw requestError(400, 'BAD_REQUEST', 'The request body must be a JSON object: {"query": "...", "variables": {...}}');
  return body;
}

const discardAtMostBytes = 64 * 1024 * 1024;

/**
 * Body limits for the GraphQL endpoint. A declared Content-Length over the limit is refused before
 * reading; a body without one (chunked) is counted while it streams in.
 */
export function useRequestBodyLimits(maxBytes: number): GatewayPlugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== graphqlPath) return;
      const declared = Number(request.headers.get('content-length') ?? 0);
      if (declared > maxBytes) {
        // Closing at once would reset the connection while the client is still sending, and most
        // clients then report the reset instead of this answer; Node discards the rest of the body
        // instead, unparsed. Past a size that would take too long to discard, the gateway closes.
        const headers: Record<string, string> = declared > discardAtMostBytes ? { connection: 'close' } : {};
        endResponse(refuse(request, fetchAPI, 413, 'REQUEST_TOO_LARGE', `The request body is larger than ${maxBytes} bytes`, headers));
      }
    },
    // Yoga wraps whichever parser is chosen in a counting stream of its own (a TransformStream, a
    // pipeline and a new Request per request: 3-4 % of the gateway's CPU on a small query), and it
    // registers that wrapper after every plugin of ours. This parser counts the bytes itself, so it
    // is chosen after Yoga's wrapper, from a plugin placed at the very end. Should a later Yoga stop
    // honouring that, its wrapper wraps this parser again: slower, and just as correct.
    onPluginInit({ plugins }) {
      plugins.push({
        onRequestParse({ request, setRequestParser }: { request: Request; setRequestParser: (parser: (request: Request) => Promise<unknown>) => void }) {
          if (request.method !== 'POST' || !(request.headers.get('content-type') ?? '').includes('json')) return;
          setRequestParser(() => readJsonBody(request, maxBytes));
        },
      } as never);
    },
  };
}
