import { Logger as RuntimeLogger } from '@graphql-hive/gateway-runtime';

/**
 * The runtime's own messages (subgraph failures, reloads) in the hub's one-JSON-object-per-line
 * format, with the request id the runtime attaches to each request's child logger.
 */
export function runtimeLogger(service: string, level: 'info' | 'warn' | 'error'): RuntimeLogger {
  return new RuntimeLogger({
    level,
    writers: [
      {
        write(logLevel, attrs, message) {
          const fields = attrs && !Array.isArray(attrs) ? attrs : attrs ? { attrs } : {};
          const line = JSON.stringify({ time: new Date().toISOString(), level: logLevel, service, message: message ?? '', ...fields });
          if (logLevel === 'error') process.stderr.write(`${line}\n`);
          else process.stdout.write(`${line}\n`);
        },
      },
    ],
  });
}
