import { buildSchema, GraphQLError, parse, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GatewayMetrics } from '../metrics.js';
import { requestStateOf, trackRequest } from '../request-state.js';
import { sharingKeyOf, useRequestSharing } from './request-sharing.js';

const headers = ['authorization'];
const regios = parse('query Regios($rol: String) { regios(rol: $rol) { code } }');

function requestWith(requestHeaders: Record<string, string> = {}): Request {
  return new Request('http://gateway/graphql', { method: 'POST', headers: requestHeaders });
}

function keyOf(document = regios, variables: Record<string, unknown> | null = { rol: 'KETENPARTNER' }, requestHeaders: Record<string, string> = {}, operationName: string | undefined = 'Regios'): string | null {
  return sharingKeyOf({ document, operationName, variableValues: variables ?? undefined }, requestWith(requestHeaders), headers);
}

describe('the key of a request that may share an execution', () => {
  it('is the same for the same document, operation name, variables and token', () => {
    expect(keyOf(regios, { rol: 'KETENPARTNER' }, { authorization: 'Bearer a' })).toBe(keyOf(parse(print(regios)), { rol: 'KETENPARTNER' }, { authorization: 'Bearer a' }));
  });

  it('is the same for two texts of one operation that differ only in spacing and comments', () => {
    const spaced = parse('# de regio\'s\nquery Regios( $rol : String )\n{\n  regios(rol: $rol) {\n    code\n  }\n}');
    expect(keyOf(spaced)).toBe(keyOf(regios));
  });

  it('differs by token, by absence of a token, by variables, by operation name and by document', () => {
    const keys = [
      keyOf(regios, { rol: 'KETENPARTNER' }, { authorization: 'Bearer a' }),
      keyOf(regios, { rol: 'KETENPARTNER' }, { authorization: 'Bearer b' }),
      keyOf(regios, { rol: 'KETENPARTNER' }),
      keyOf(regios, { rol: 'SLEUTELPARTNER' }),
      keyOf(regios, null),
      keyOf(parse('query Regios($rol: String) { regios(rol: $rol) { code } } query Andere { regios { naam } }'), { rol: 'KETENPARTNER' }, {}, 'Andere'),
      keyOf(parse('query Regios($rol: String) { regios(rol: $rol) { code naam } }')),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('ignores headers that do not reach the subgraphs, such as the request id and the client name', () => {
    expect(keyOf(regios, { rol: 'KETENPARTNER' }, { 'x-request-id': 'een', 'graphql-client-name': 'app-a' })).toBe(keyOf(regios, { rol: 'KETENPARTNER' }, { 'x-request-id': 'twee' }));
  });

  it('cannot be forged by a value that contains what separates the parts', () => {
    expect(keyOf(regios, { rol: 'a|b' }, { authorization: 'c' })).not.toBe(keyOf(regios, { rol: 'a' }, { authorization: 'b|c' }));
  });

  it('is absent for mutations, subscriptions and incremental answers, which always run on their own', () => {
    expect(keyOf(parse('mutation Zet { zet }'), null, {}, 'Zet')).toBeNull();
    expect(keyOf(parse('subscription Volg { volg }'), null, {}, 'Volg')).toBeNull();
    expect(keyOf(parse('query Regios { regios { code ... @defer { naam } } }'), null)).toBeNull();
    expect(keyOf(parse('query Regios { regios @stream { code } }'), null)).toBeNull();
  });

  it('is absent for variables nested too deep to encode, which execution refuses on its own', () => {
    const nested = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    expect(keyOf(regios, { rol: nested })).toBeNull();
  });

  it('is absent for an operation name that names no operation in the document', () => {
    expect(keyOf(regios, null, {}, 'Onbekend')).toBeNull();
  });
});

const schema = buildSchema('type Query { regios(rol: String): [String] } type Mutation { zet: Int }');

/** Runs one request through the plugin as envelop does, with `execute` as the execution the plugins before it chose. */
function execute(plugin: ReturnType<typeof useRequestSharing>, request: Request, execute: (args: ExecutionArgs) => Promise<ExecutionResult>, document = regios) {
  let executeFn = execute as (args: ExecutionArgs) => unknown;
  const args = { schema, document, operationName: 'Regios', variableValues: { rol: 'KETENPARTNER' }, contextValue: { request }, signal: request.signal } as ExecutionArgs;
  (plugin.onExecute as (payload: unknown) => void)({ args, executeFn, setExecuteFn: (fn: typeof executeFn) => (executeFn = fn) });
  return executeFn(args) as Promise<ExecutionResult>;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('sharing an execution', () => {
  it('runs one execution for identical requests in flight and hands each its own copy of the result', async () => {
    const metrics = new GatewayMetrics();
    const plugin = useRequestSharing({ metrics, headers });
    const answer = deferred<ExecutionResult>();
    let executions = 0;
    const run = () => (executions++, answer.promise);
    const requests = [requestWith(), requestWith(), requestWith()];
    trackRequest(requests[0]!, { id: 'eerste', graphql: true });
    trackRequest(requests[1]!, { id: 'tweede', graphql: true });
    const results = requests.map((request) => execute(plugin, request, run));
    answer.resolve({ data: { regios: ['noord-veluwe'] }, errors: [new GraphQLError('deels')], extensions: { cost: 1 } });
    const [first, second, third] = await Promise.all(results);
    expect(executions).toBe(1);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(second).not.toBe(first);
    expect(second!.errors).not.toBe(first!.errors);
    expect(second!.extensions).not.toBe(first!.extensions);
    expect(requestStateOf(requests[1]!)?.sharedWith).toBe('eerste');
    expect(requestStateOf(requests[0]!)?.sharedWith).toBeUndefined();
    expect((await metrics.sharedRequests.get()).values[0]?.value).toBe(2);
  });

  it('runs again once the previous execution has finished', async () => {
    const plugin = useRequestSharing({ metrics: null, headers });
    let executions = 0;
    const run = async () => (executions++, { data: { regios: [] } });
    await execute(plugin, requestWith(), run);
    await execute(plugin, requestWith(), run);
    expect(executions).toBe(2);
  });

  it('runs separately for different tokens and for mutations', async () => {
    const plugin = useRequestSharing({ metrics: null, headers });
    const answer = deferred<ExecutionResult>();
    let executions = 0;
    const run = () => (executions++, answer.promise);
    const mutation = parse('mutation Regios { zet }');
    const results = [
      execute(plugin, requestWith({ authorization: 'Bearer a' }), run),
      execute(plugin, requestWith({ authorization: 'Bearer b' }), run),
      execute(plugin, requestWith(), run, mutation),
      execute(plugin, requestWith(), run, mutation),
    ];
    answer.resolve({ data: {} });
    await Promise.all(results);
    expect(executions).toBe(4);
  });

  it('lets no request join an execution that started before a mutation that has since finished', async () => {
    const plugin = useRequestSharing({ metrics: null, headers });
    const answer = deferred<ExecutionResult>();
    let executions = 0;
    const run = () => (executions++, answer.promise);
    const before = execute(plugin, requestWith(), run);
    await execute(plugin, requestWith(), async () => ({ data: { zet: 1 } }), parse('mutation Regios { zet }'));
    const after = execute(plugin, requestWith(), run);
    answer.resolve({ data: { regios: [] } });
    await Promise.all([before, after]);
    expect(executions).toBe(2);
  });

  it('lets no request join an execution that started before the generation moved (a change seen in another gateway\'s feed)', async () => {
    let epoch = 0;
    const plugin = useRequestSharing({ metrics: null, headers, generation: () => epoch });
    const answer = deferred<ExecutionResult>();
    let executions = 0;
    const run = () => (executions++, answer.promise);
    const before = [execute(plugin, requestWith(), run), execute(plugin, requestWith(), run)];
    epoch += 1;
    const after = execute(plugin, requestWith(), run);
    answer.resolve({ data: { regios: [] } });
    await Promise.all([...before, after]);
    expect(executions).toBe(2);
  });

  it('gives every waiter the same failure when the execution fails', async () => {
    const plugin = useRequestSharing({ metrics: null, headers });
    const answer = deferred<ExecutionResult>();
    const run = () => answer.promise;
    const results = [execute(plugin, requestWith(), run), execute(plugin, requestWith(), run)].map((result) => result.then(() => 'ok', (error: Error) => error.message));
    answer.reject(new Error('planner weg'));
    expect(await Promise.all(results)).toEqual(['planner weg', 'planner weg']);
  });

  it('runs the execution without the first request\'s abort signal, so its client hanging up fails no one else', async () => {
    const plugin = useRequestSharing({ metrics: null, headers });
    const answer = deferred<ExecutionResult>();
    const signals: Array<AbortSignal | undefined> = [];
    const run = (args: ExecutionArgs) => (signals.push((args as { signal?: AbortSignal }).signal), answer.promise);
    const controller = new AbortController();
    const leader = new Request('http://gateway/graphql', { method: 'POST', signal: controller.signal });
    const results = [execute(plugin, leader, run), execute(plugin, requestWith(), run)];
    controller.abort();
    answer.resolve({ data: { regios: ['asten'] } });
    expect(await Promise.all(results)).toEqual([{ data: { regios: ['asten'] } }, { data: { regios: ['asten'] } }]);
    expect(signals).toEqual([undefined]);
  });
});
