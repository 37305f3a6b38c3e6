import { readConfig } from './config.js';
import { hubSubgraphs } from './hub-subgraphs.js';

const defaultGatewayPort = 4000;
const defaultRegistryPort = 4010;

export interface HubPorts {
  gateway: number;
  registry: number;
  subgraphs: Record<string, number>;
}

/**
 * The ports `npm start` runs the hub on; `npm run restore` probes the same ones. VANGNET_PORT_BASE
 * moves every port together, keeping their distances (gateway at the base, subgraph N at base + N,
 * registry at base + 10), so a second hub runs beside the first with one variable. PORT and
 * REGISTRY_PORT still name the gateway's and the registry's port outright.
 */
export function readHubPorts(env: NodeJS.ProcessEnv = process.env): HubPorts {
  return readConfig((read) => {
    const base = read.integer('VANGNET_PORT_BASE', defaultGatewayPort, { min: 1, max: 65_535 - (defaultRegistryPort - defaultGatewayPort) });
    const shift = base - defaultGatewayPort;
    return {
      gateway: read.port('PORT', base),
      registry: read.port('REGISTRY_PORT', defaultRegistryPort + shift),
      subgraphs: Object.fromEntries(hubSubgraphs.map((subgraph) => [subgraph.name, subgraph.port + shift])),
    };
  }, env);
}
