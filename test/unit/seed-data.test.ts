import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildASTSchema, GraphQLEnumType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { bronnenDirectory, sourceDocuments, type SeedBron } from '../../lib/bron.js';
import { foldWhitespace, slug } from '../../lib/text.js';
import { mergePartners, readPartnersSeeds } from '../../subgraphs/partners/src/db/seed.js';
import { readGemeentenReference, readRegionSeeds } from '../../subgraphs/regions/src/db/seed.js';
import { readSeedFiles } from '../../lib/seed.js';
import { woonoptiesSeedDirectory } from '../../subgraphs/woonopties/src/db/seed.js';
import { readProductcategorieen, readVoorzieningenSeeds, regioCodeOf } from '../../subgraphs/voorzieningen/src/db/seed.js';
import { hubSubgraph, type HubSubgraphName } from '../../lib/hub-subgraphs.js';
import { repositoryRoot } from '../../lib/paths.js';
import { readHubSubgraphSdl } from '../../lib/subgraph-sdl.js';

const regionSeeds = readRegionSeeds();
const partnerSeeds = readPartnersSeeds();
const partners = mergePartners(partnerSeeds);
const partnerIds = new Set(partners.map((partner) => partner.id));
const cbsCodes = new Set(readGemeentenReference().map((gemeente) => gemeente.cbsCode));
const regioCodes = new Set(regionSeeds.map((file) => file.content.regio.code));
const voorzieningenSeeds = readVoorzieningenSeeds();
const woonoptiesSeeds = readSeedFiles<unknown>(woonoptiesSeedDirectory);

const documentText = new Map(
  sourceDocuments.map((document) => [document.id, foldWhitespace(readFileSync(join(bronnenDirectory, document.bestand), 'utf8'))]),
);

/** Every object in a seed file that carries a source, wherever it is nested. */
function collectBronnen(value: unknown, path: string, found: Array<{ path: string; bron: SeedBron }>): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectBronnen(item, `${path}[${index}]`, found));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'gemeentenBron' && child === null) continue;
      // A doubt names the passage its derivation rests on only when that is not the record's own quote.
      if (key === 'bron' && child === null && /\.twijfels\[\d+\]$/.test(path)) continue;
      if (['bron', 'bronA', 'bronB', 'gemeentenBron'].includes(key)) found.push({ path: `${path}.${key}`, bron: child as SeedBron });
      else collectBronnen(child, `${path}.${key}`, found);
    }
  }
}

interface SeedTwijfel {
  veld: string;
  soort: string;
  waarschijnlijk: string | null;
  afleiding: string;
  bron: SeedBron | null;
}

/** Every record in a seed file that carries doubts, wherever it is nested, with the path to it. */
function collectTwijfelRecords(value: unknown, path: string, found: Array<{ path: string; record: Record<string, unknown> }>): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectTwijfelRecords(item, `${path}[${index}]`, found));
  } else if (value && typeof value === 'object') {
    if ('twijfels' in value) found.push({ path, record: value as Record<string, unknown> });
    for (const [key, child] of Object.entries(value)) if (key !== 'twijfels') collectTwijfelRecords(child, `${path}.${key}`, found);
  }
}

function enumValues(subgraph: HubSubgraphName, enumName: string): Set<string> {
  const schema = buildASTSchema(parse(readHubSubgraphSdl(hubSubgraph(subgraph))), { assumeValidSDL: true });
  const type = schema.getType(enumName);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${enumName} is not an enum in the ${subgraph} schema`);
  return new Set(type.getValues().map((value) => value.name));
}

describe('seed data', () => {
  it('holds all five regions of the source documents', () => {
    expect([...regioCodes].sort()).toEqual(['asten', 'noord-en-midden-limburg', 'noord-en-oost-gelderland', 'noord-veluwe', 'oost-veluwe']);
    for (const file of regionSeeds) expect(file.name).toBe(`${file.content.regio.code}.json`);
  });

  it('quotes every fact verbatim from a known source document', () => {
    const found: Array<{ path: string; bron: SeedBron }> = [];
    for (const file of [...regionSeeds, ...partnerSeeds, ...voorzieningenSeeds, ...woonoptiesSeeds]) collectBronnen(file.content, file.name, found);
    expect(found.length).toBeGreaterThan(100);
    const problems = found.flatMap(({ path, bron }) => {
      if (!bron) return [`${path}: no bron`];
      const text = documentText.get(bron.document);
      if (text === undefined) return [`${path}: unknown document ${bron.document}`];
      if (!bron.citaat) return [`${path}: no citaat`];
      return text.includes(foldWhitespace(bron.citaat)) ? [] : [`${path}: citaat not in ${bron.document}: "${bron.citaat}"`];
    });
    expect(problems).toEqual([]);
  });

  it('uses only CBS codes from the reference list', () => {
    const used: Array<[string, string | null]> = [];
    for (const { name, content } of regionSeeds) {
      used.push([`${name} centrumgemeente`, content.regio.centrumgemeente], [`${name} budgethouder`, content.regio.budgethouder]);
      for (const lid of content.gemeenten) used.push([`${name} gemeenten`, lid.cbsCode]);
      for (const document of content.documenten) for (const afspraak of document.afspraken) used.push([`${name} ${document.id}`, afspraak.gemeente]);
    }
    for (const partner of partners) used.push([`partner ${partner.id}`, partner.gemeente]);
    expect(used.filter(([, code]) => code !== null && !cbsCodes.has(code))).toEqual([]);
  });

  it('refers only to partners and regions that exist', () => {
    const missing: string[] = [];
    for (const { name, content } of regionSeeds) {
      for (const document of content.documenten) for (const id of document.partijen) if (!partnerIds.has(id)) missing.push(`${name} ${document.id} partij ${id}`);
      for (const orgaan of content.organen) for (const id of orgaan.leden) if (!partnerIds.has(id)) missing.push(`${name} ${orgaan.id} lid ${id}`);
    }
    for (const { name, content } of partnerSeeds) {
      for (const rol of content.rollen) {
        if (!partnerIds.has(rol.partner)) missing.push(`${name} rol of unknown partner ${rol.partner}`);
        if (!regioCodes.has(rol.regio)) missing.push(`${name} rol in unknown region ${rol.regio}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives voorzieningen only to known regions and known partners, with well-formed product codes', () => {
    const categorieen = new Set(readProductcategorieen().map((categorie) => categorie.code));
    const problems: string[] = [];
    const productCodes = new Set<string>();
    for (const file of voorzieningenSeeds) {
      if (!regioCodes.has(regioCodeOf(file))) problems.push(`${file.name}: unknown region`);
      for (const product of file.content.producten) {
        if (!/^\d{2}[0-9A-Za-z]{0,5}$/.test(product.code)) problems.push(`${file.name}: product code ${product.code}`);
        if (product.categorie !== product.code.slice(0, 2) || !categorieen.has(product.categorie)) problems.push(`${file.name}: categorie of ${product.code}`);
        if (productCodes.has(product.code)) problems.push(`${file.name}: product ${product.code} twice`);
        productCodes.add(product.code);
      }
      for (const subsidie of file.content.subsidies) {
        if (!partnerIds.has(subsidie.ontvanger)) problems.push(`${file.name}: ${subsidie.id} ontvanger ${subsidie.ontvanger}`);
        if (subsidie.host && !partnerIds.has(subsidie.host.partner)) problems.push(`${file.name}: ${subsidie.id} host ${subsidie.host.partner}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('derives every partner id from the partner name', () => {
    expect(partners.filter((partner) => slug(partner.naam) !== partner.id).map((partner) => `${partner.id} <- ${partner.naam}`)).toEqual([]);
  });

  it('states every doubt about a field the record has, with its kind and how it was derived', () => {
    const soorten = enumValues('partners', 'TwijfelSoort');
    // Only these records keep their doubts (bronnen/SEED-FORMAT.md); anywhere else the loader would drop them unseen.
    const dragers = [
      ...regionSeeds.flatMap(({ name, content }) => [
        `${name}.regio`,
        ...content.gemeenten.map((lid, index) => `${name}.gemeenten[${index}]`),
        ...content.documenten.flatMap((document, index) => [`${name}.documenten[${index}]`, ...document.afspraken.map((afspraak, nr) => `${name}.documenten[${index}].afspraken[${nr}]`)]),
        ...content.organen.map((orgaan, index) => `${name}.organen[${index}]`),
      ]),
      ...partnerSeeds.flatMap(({ name, content }) => [
        ...content.partners.map((partner, index) => `${name}.partners[${index}]`),
        ...content.rollen.map((rol, index) => `${name}.rollen[${index}]`),
      ]),
      ...voorzieningenSeeds.flatMap(({ name, content }) => [
        ...content.producten.map((product, index) => `${name}.producten[${index}]`),
        ...content.subsidies.map((subsidie, index) => `${name}.subsidies[${index}]`),
      ]),
    ];
    const found: Array<{ path: string; record: Record<string, unknown> }> = [];
    for (const file of [...regionSeeds, ...partnerSeeds, ...voorzieningenSeeds, ...woonoptiesSeeds]) collectTwijfelRecords(file.content, file.name, found);
    expect(found.length).toBeGreaterThan(30);
    const problems = found.flatMap(({ path, record }) => {
      if (!dragers.includes(path)) return [`${path}: this record cannot carry twijfels`];
      const twijfels = record.twijfels as SeedTwijfel[];
      if (!Array.isArray(twijfels) || twijfels.length === 0) return [`${path}: twijfels is not a non-empty list`];
      return twijfels.flatMap((twijfel, index) => {
        const at = `${path}.twijfels[${index}]`;
        const velden = Object.keys(record).filter((key) => key !== 'twijfels' && key !== 'bron');
        return [
          ...(velden.includes(twijfel.veld) ? [] : [`${at}: veld ${twijfel.veld} is not a field of the record`]),
          ...(soorten.has(twijfel.soort) ? [] : [`${at}: soort ${twijfel.soort}`]),
          ...(typeof twijfel.afleiding === 'string' && twijfel.afleiding.trim().length > 20 ? [] : [`${at}: no afleiding`]),
          ...(twijfel.waarschijnlijk !== null && twijfel.waarschijnlijk !== undefined && twijfel.soort !== 'ONZEKERE_LEZING' ? [`${at}: a probable reading belongs to an ONZEKERE_LEZING`] : []),
          ...(twijfel.waarschijnlijk !== null && twijfel.waarschijnlijk !== undefined && twijfel.waarschijnlijk === record[twijfel.veld] ? [`${at}: the probable reading is what is printed`] : []),
        ];
      });
    });
    expect(problems).toEqual([]);
  });

  it('uses only values the GraphQL enums define', () => {
    const regions = 'regions';
    const partnersSchema = 'partners';
    const voorzieningen = 'voorzieningen';
    const checks: Array<[string, Set<string>, Array<string | null>]> = [
      ['LidmaatschapStatus', enumValues(regions, 'LidmaatschapStatus'), regionSeeds.flatMap((f) => f.content.gemeenten.map((g) => g.status))],
      ['DocumentSoort', enumValues(regions, 'DocumentSoort'), regionSeeds.flatMap((f) => f.content.documenten.map((d) => d.soort))],
      ['DocumentStatus', enumValues(regions, 'DocumentStatus'), regionSeeds.flatMap((f) => f.content.documenten.map((d) => d.status))],
      ['AfspraakSoort', enumValues(regions, 'AfspraakSoort'), regionSeeds.flatMap((f) => f.content.documenten.flatMap((d) => d.afspraken.map((a) => a.soort)))],
      ['Eenheid', enumValues(regions, 'Eenheid'), regionSeeds.flatMap((f) => f.content.documenten.flatMap((d) => d.afspraken.map((a) => a.eenheid)))],
      ['OrgaanSoort', enumValues(regions, 'OrgaanSoort'), regionSeeds.flatMap((f) => f.content.organen.map((o) => o.soort))],
      ['PartnerSoort', enumValues(partnersSchema, 'PartnerSoort'), partners.map((p) => p.soort)],
      ['PartnerRol', enumValues(partnersSchema, 'PartnerRol'), partnerSeeds.flatMap((f) => f.content.rollen.map((r) => r.rol))],
      ['SubsidieDoel', enumValues(voorzieningen, 'SubsidieDoel'), voorzieningenSeeds.flatMap((f) => f.content.subsidies.map((x) => x.doel))],
      ['SubsidieSoort', enumValues(voorzieningen, 'SubsidieSoort'), voorzieningenSeeds.flatMap((f) => f.content.subsidies.map((x) => x.soort))],
      ['KengetalOnderwerp', enumValues(voorzieningen, 'KengetalOnderwerp'), voorzieningenSeeds.flatMap((f) => f.content.kengetallen.map((k) => k.onderwerp))],
      ['KengetalEenheid', enumValues(voorzieningen, 'KengetalEenheid'), voorzieningenSeeds.flatMap((f) => f.content.kengetallen.flatMap((k) => [k.eenheid, k.eenheidAanbieders]))],
    ];
    const unknown = checks.flatMap(([name, allowed, used]) =>
      used.filter((value): value is string => value !== null && !allowed.has(value)).map((value) => `${name}.${value}`),
    );
    expect([...new Set(unknown)]).toEqual([]);
  });
});
