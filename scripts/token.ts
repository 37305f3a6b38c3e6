// `npm run token -- --rol TRANSFERPUNT --regio noord-en-midden-limburg --organisatie gemeente-venlo [--gebruiker id] [--geldig 8h]`
// Prints a development JWT for the hub. It is signed with JWT_SECRET, or with the development secret,
// which a hub in production mode refuses to start with, so such a token never opens production data.
import { parseArgs } from 'node:util';
import { readAuthConfig, rollen, signToken, type Rol } from '../lib/auth.js';

const { values } = parseArgs({
  options: {
    rol: { type: 'string', multiple: true },
    regio: { type: 'string' },
    organisatie: { type: 'string' },
    gebruiker: { type: 'string' },
    geldig: { type: 'string', default: '8h' },
  },
});

const problems: string[] = [];
const gekozen = values.rol ?? [];
if (gekozen.length === 0) problems.push(`--rol is required: one or more of ${rollen.join(', ')}`);
for (const rol of gekozen) if (!(rollen as readonly string[]).includes(rol)) problems.push(`--rol ${rol} is not one of ${rollen.join(', ')}`);
if (!values.regio) problems.push('--regio is required, e.g. noord-en-midden-limburg');
if (problems.length > 0) {
  console.error(problems.map((problem) => `token: ${problem}`).join('\n'));
  process.exit(2);
}

if (process.env.VANGNET_MODE?.trim() === 'production') {
  console.error('token: refusing to print tokens in production mode; use the identity provider');
  process.exit(2);
}
const config = readAuthConfig();
const token = await signToken(
  {
    id: values.gebruiker ?? `dev-${gekozen.join('-').toLowerCase()}-${values.organisatie ?? 'onbekend'}`,
    rollen: gekozen as Rol[],
    regio: values.regio ?? null,
    organisatie: values.organisatie ?? null,
  },
  config,
  values.geldig,
);
console.log(token);
