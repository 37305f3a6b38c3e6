import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { BREAK, getOperationAST, print, visit, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { GatewayMetrics } from '../metrics.js';
import { requestStateOf } from '../request-state.js';

/** A document's printed text and whether it may be shared at all, worked out once per parsed document. */
interface DocumentFacts {
  text: string;
  hasDeferOrStream: boolean;
}

const documentFacts = new WeakMap<DocumentNode, DocumentFacts>();

function factsOf(document: DocumentNode): DocumentFacts {
  let facts = documentFacts.get(document);
  if (!facts) {
    let hasDeferOrStream = false;
    visit(document, {
      Directive(node) {
        if (node.name.value === 'defer' || node.name.value === 'stream') {
          hasDeferOrStream = true;
          return BREAK;
        }
        return undefined;
      },
    });
    // Printed, so that two texts of one operation (spacing, comments) share as well.
    facts = { text: print(document), hasDeferOrStream };
    documentFacts.set(document, facts);
  }
  return facts;
}

function operationOf(args: Pick<ExecutionArgs, 'document' | 'operationName'>): string | undefined {
  return getOperationAST(args.document, args.operationName)?.operation;
}

/**
 * What makes two executions give the same answer: the operation (its printed document and name),
 * its variables, and the request headers that reach the subgraphs (`headers`, the Authorization
 * header). Null when the operation must run on its own: a mutation (each is its own change), a
 * subscription, an incremental answer (@defer, @stream), or variables too deep to encode. The parts are JSON-encoded as one
 * array, so no value can pass for another's boundary. Variables in another key order make another
 * key; that costs a shared execution, never a wrong answer.
 */
export function sharingKeyOf(args: Pick<ExecutionArgs, 'document' | 'operationName' | 'variableValues'>, request: Request, headers: readonly string[]): string | null {
  if (operationOf(args) !== 'query') return null;
  const facts = factsOf(args.document);
  if (facts.hasDeferOrStream) return null;
  try {
    return JSON.stringify([facts.text, args.operationName ?? null, args.variableValues ?? null, headers.map((name) => request.headers.get(name))]);
  } catch {
    // Variables too deeply nested to encode: the request runs on its own, and execution refuses them (BAD_USER_INPUT).
    return null;
  }
}

interface Execution {
  /** The request id of the request whose execution it is. */
  leader: string | undefined;
  result: Promise<unknown>;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * Each request gets its own copy of the parts that plugins after execution replace (the errors list
 * and the extensions), so that masking or codes added for one request never show up in another's
 * answer. The data is shared as is: nothing after execution writes into it.
 */
function copyFor(result: ExecutionResult): ExecutionResult {
  return {
    ...result,
    ...(result.errors ? { errors: [...result.errors] } : {}),
    ...(result.extensions ? { extensions: { ...result.extensions } } : {}),
  };
}

/**
 * Inbound request sharing: a query that arrives while an identical one (`sharingKeyOf`) is
 * executing waits for that execution's result instead of planning and asking the subgraphs again.
 * It runs in onExecute, after every plugin that can refuse a request and after usage reporting, so
 * each request is still admitted, limited, counted, logged and answered on its own; only the
 * execution is shared, and each request serialises the result itself.
 *
 * The shared execution runs without the first request's abort signal, so a client that hangs up
 * never fails the others waiting on the same execution. Executions are kept per schema, so a
 * request never joins one that runs on another schema generation after a reload.
 *
 * The runtime's own `inboundInflightRequestDeduplication` is not used: it keys on every request
 * header (the request id included, so nothing would be shared unless each header were listed), joins
 * the key's parts with `|`, hands every request the same result object, and ties the execution to
 * the first request's signal.
 */
export function useRequestSharing(options: {
  metrics: GatewayMetrics | null;
  headers: readonly string[];
  /**
   * Moves whenever an answer read before may no longer hold (the response cache's epoch, which a
   * change seen in another gateway's change feed moves too): a request never joins an execution
   * that started before it moved, so it cannot store or serve what was read before the change.
   */
  generation?: () => number;
}): GatewayPlugin {
  const { metrics, headers, generation } = options;
  let inFlight = new WeakMap<GraphQLSchema, Map<string, Execution>>();
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const request = (args.contextValue as { request?: Request } | undefined)?.request;
      if (!request) return;
      if (operationOf(args) === 'mutation') {
        // Once a change is done, no request joins an execution that may have read before it: whoever
        // reads after a mutation's answer reads after the mutation.
        setExecuteFn((executionArgs) => new Promise<Awaited<ReturnType<typeof executeFn>>>((resolve) => resolve(executeFn(executionArgs))).finally(() => (inFlight = new WeakMap())));
        return;
      }
      const operationKey = sharingKeyOf(args, request, headers);
      if (operationKey === null) return;
      setExecuteFn((executionArgs) => {
        const key = generation ? `${operationKey}${generation()}` : operationKey;
        let executions = inFlight.get(executionArgs.schema);
        if (!executions) inFlight.set(executionArgs.schema, (executions = new Map()));
        const running = executions.get(key);
        if (running) {
          metrics?.sharedRequests.inc();
          const state = requestStateOf(request);
          if (state && running.leader !== undefined) state.sharedWith = running.leader;
          return running.result.then((result) =>
            // An answer that streams (no query of ours should give one) cannot be read twice: this request runs its own.
            isAsyncIterable(result) ? executeFn(executionArgs) : copyFor(result as ExecutionResult),
          );
        }
        const own = executions;
        const result = new Promise<unknown>((resolve) => resolve(executeFn({ ...executionArgs, signal: undefined } as ExecutionArgs))).finally(() => {
          if (own.get(key)?.result === result) own.delete(key);
        });
        own.set(key, { leader: requestStateOf(request)?.id, result });
        return result.then((value) => (isAsyncIterable(value) ? value : copyFor(value as ExecutionResult)));
      });
    },
  };
}
