// `npm run service -- <name>`: runs one of the hub's services alone from its TypeScript source
// (PORT, DATA_DIR and the rest as in the README): a subgraph of the manifest, the registry or the gateway.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repositoryRoot } from '../lib/paths.js';
import { hubServices, type HubServiceName } from '../lib/services.js';

const [name, ...rest] = process.argv.slice(2);
if (!name || !Object.hasOwn(hubServices, name)) {
  console.error(`usage: npm run service -- <${Object.keys(hubServices).join('|')}> [arguments]`);
  process.exit(2);
}
// The service reads its own arguments (the gateway: a supergraph file) from process.argv.
process.argv = [process.argv[0]!, join(repositoryRoot, hubServices[name as HubServiceName]), ...rest];
await import(pathToFileURL(process.argv[1]!).href);
