import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { codedError } from '../../../lib/error-codes.js';
import { refuse } from '../http-errors.js';

/*
 * Time limits without AbortSignal.timeout() or combined signals. The runtime's own limits
 * (`upstreamTimeout`, whatwg-node's `useRequestDeadline`) make several signals per request that
 * are held by FinalizationRegistry entries. V8 frees such objects only in a full collection, so
 * under load every request's signals, listeners and what they reach are promoted to the old
 * generation: the gateway's heap grew to 400 MB between full collections and its RSS to 600-900 MB,
 * for a live heap of 100 MB (bench/report.md, soak). A timer that is cleared when the work ends
 * costs nothing after it.
 */

/**
 * The HTTP executor also ties each subgraph call to one long-lived signal per executor, adding a
 * listener that only a finaliser removes; with thousands waiting for a full collection, every
 * `addEventListener` walks them all (8 % of the gateway's CPU in a profile). The executor leaves that
 * signal out for requests it takes for Cloudflare's, which it recognises by a `cf` property, so a
 * request is marked the same way. All it gives up is aborting calls in flight when an executor is
 * disposed, which a schema reload here never wants: it lets them finish (gracefulSchemaReload).
 */
const skipsExecutorDisposeSignal = 'cf';

/**
 * Gives up on a subgraph call after `timeoutMs`: the call is aborted and fails with GATEWAY_TIMEOUT
 * (which the gateway reports as SUBGRAPH_UNAVAILABLE, naming the subgraph). A client that hangs up
 * aborts the call too.
 */
export function useSubgraphTimeout(timeoutMs: number): GatewayPlugin {
  return {
    onRequest({ request }) {
      if (!(skipsExecutorDisposeSignal in request)) Object.defineProperty(request, skipsExecutorDisposeSignal, { value: {} });
    },
    onSubgraphExecute({ subgraphName, setExecutor, executor }) {
      setExecutor((executionRequest) => {
        const controller = new AbortController();
        const clientSignal = executionRequest.signal;
        const onClientAbort = () => controller.abort(clientSignal?.reason);
        clientSignal?.addEventListener('abort', onClientAbort, { once: true });
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            const error = codedError('GATEWAY_TIMEOUT', `The ${subgraphName} subgraph did not answer within ${timeoutMs} ms`, { serviceName: subgraphName, http: { status: 504 } });
            controller.abort(error);
            reject(error);
          }, timeoutMs);
        });
        const done = () => {
          clearTimeout(timer);
          clientSignal?.removeEventListener('abort', onClientAbort);
        };
        try {
          const result = executor({ ...executionRequest, signal: controller.signal });
          if (!(result instanceof Promise)) {
            done();
            return result;
          }
          return Promise.race([result, timedOut]).finally(done);
        } catch (error) {
          done();
          throw error;
        }
      });
    },
  };
}

/**
 * Answers 504 REQUEST_TIMEOUT when the whole request takes longer than `timeoutMs`, and closes the
 * connection, whose request may still be running.
 */
export function useRequestDeadline(timeoutMs: number): GatewayPlugin {
  return {
    onRequest({ request, requestHandler, setRequestHandler, fetchAPI }) {
      setRequestHandler((req, serverContext) =>
        new Promise<Response>((resolve, reject) => {
          const timer = setTimeout(() => resolve(refuse(request, fetchAPI, 504, 'REQUEST_TIMEOUT', `The request took longer than ${timeoutMs} ms`, { connection: 'close' })), timeoutMs);
          Promise.resolve(requestHandler(req, serverContext)).then(
            (response) => {
              clearTimeout(timer);
              resolve(response);
            },
            (error: unknown) => {
              clearTimeout(timer);
              reject(error);
            },
          );
        }),
      );
    },
  };
}
