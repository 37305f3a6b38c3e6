import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { badUserInput } from '../../../lib/errors.js';
import { byLine, cellChecker, cellReader, dayBefore, emptyOutcome, enumValue, readImportFile, shouldApply, staleImportMessage, type Bestand, type ImportLine, type ImportOutcome } from '../../../lib/directory-import.js';
import { hubSubgraph } from '../../../lib/hub-subgraphs.js';
import { parseVerantwoording, sleutelVan, today, verschillen, type BronInvoer, type Verantwoording } from '../../../lib/history.js';
import { repositoryRoot } from '../../../lib/paths.js';
import { isHubbeheerder, vereisBeheerder, type Aanvrager } from '../../../lib/requester.js';
import type { SpreadsheetRow } from '../../../lib/spreadsheet.js';
import { nameKey } from '../../../lib/text.js';
import { assertAgbCode, assertEmail, assertIsoDate, assertKnownRegio, assertKvkNummer, assertTelefoon, assertWebsite } from '../../../lib/validation.js';
import { vastleggenMetVersies, volgSamenvoeging, vrijId, type NieuweVersies } from './changes.js';
import type { PartnerRolRow, PartnerRow, PartnersDb } from './db/database.js';
import { findGelijkendePartners, findPartnersByIds, findRollenByPartners, findRollenVanRegio } from './db/partner-queries.js';
import { naamKolommen } from './db/seed.js';
import { geenTwijfels, twijfelsNaWijziging } from '../../../lib/twijfels.js';
import { partnerTwijfelKolommen, rolTwijfelKolommen } from './twijfels.js';

/** The values of an enum in this subgraph's schema, so the import accepts exactly what the API does. */
function enumValues(name: string): ReadonlySet<string> {
  const document = parse(readFileSync(join(repositoryRoot, hubSubgraph('partners').schema), 'utf8'));
  const definition = document.definitions.find((node) => node.kind === Kind.ENUM_TYPE_DEFINITION && node.name.value === name);
  if (!definition || definition.kind !== Kind.ENUM_TYPE_DEFINITION) throw new Error(`enum ${name} is not in the partners schema`);
  return new Set(definition.values?.map((value) => value.name.value));
}

const soorten = enumValues('PartnerSoort');
const rollen = enumValues('PartnerRol');

/** Columns as a region's list names them; the first of each group that the file has is used. */
const kolommen = {
  id: ['id'],
  regio: ['regio', 'regiocode'],
  naam: ['naam', 'organisatie', 'naamorganisatie'],
  soort: ['soort', 'soortorganisatie', 'type'],
  rol: ['rol', 'rolinregio'],
  vanaf: ['vanaf', 'begindatum', 'van'],
  tot: ['tot', 'einddatum', 'totenmet'],
  kvkNummer: ['kvknummer', 'kvk'],
  agbCode: ['agbcode', 'agb'],
  website: ['website', 'site'],
  email: ['email', 'emailadres'],
  telefoon: ['telefoon', 'telefoonnummer'],
  toelichting: ['toelichting', 'opmerking'],
} as const;

const cel = cellReader(kolommen);

interface Regel {
  regel: number;
  id: string | null;
  naam: string;
  soort: string | null;
  rol: string;
  vanaf: string | null;
  tot: string | null;
  toelichting: string | null;
  details: Partial<Pick<PartnerRow, 'kvkNummer' | 'agbCode' | 'website' | 'email' | 'telefoon'>>;
}

/** One row read and checked; every problem with it is listed in plain Dutch, not only the first. */
function leesRegel(row: SpreadsheetRow, regioCode: string): { regel: Regel | null; redenen: string[] } {
  const redenen: string[] = [];
  const check = cellChecker(redenen);
  const naam = cel(row, 'naam');
  if (!naam) redenen.push('naam ontbreekt');
  else if (naam.length > 200) redenen.push('naam is langer dan 200 tekens');
  const regio = cel(row, 'regio');
  if (regio && regio !== regioCode) redenen.push(`regio "${regio}" is niet de regio van deze import (${regioCode})`);
  const soortTekst = cel(row, 'soort');
  const soort = soortTekst ? enumValue(soortTekst) : null;
  if (soortTekst && !soorten.has(soort!)) redenen.push(`soort "${soortTekst}" is onbekend; gebruik een van: ${[...soorten].map((value) => value.toLowerCase().replace(/_/g, ' ')).join(', ')}`);
  const rolTekst = cel(row, 'rol');
  const rol = enumValue(rolTekst);
  if (!rolTekst) redenen.push('rol ontbreekt');
  else if (!rollen.has(rol)) redenen.push(`rol "${rolTekst}" is onbekend; gebruik een van: ${[...rollen].map((value) => value.toLowerCase().replace(/_/g, ' ')).join(', ')}`);
  const kvkNummer = check(cel(row, 'kvkNummer'), 'KvK-nummer heeft geen acht cijfers', (value) => assertKvkNummer(value));
  const agbCode = check(cel(row, 'agbCode'), 'AGB-code heeft geen acht cijfers', (value) => assertAgbCode(value));
  const website = check(cel(row, 'website'), 'website is geen webadres (https://...)', (value) => assertWebsite(value));
  const email = check(cel(row, 'email'), 'e-mailadres is ongeldig', (value) => assertEmail(value));
  const telefoon = check(cel(row, 'telefoon'), 'telefoonnummer is ongeldig', (value) => assertTelefoon(value));
  const vanaf = check(cel(row, 'vanaf'), 'vanaf is geen datum als JJJJ-MM-DD', (value) => assertIsoDate(value, 'vanaf'));
  const tot = check(cel(row, 'tot'), 'tot is geen datum als JJJJ-MM-DD', (value) => assertIsoDate(value, 'tot'));
  if (vanaf && tot && vanaf > tot) redenen.push(`de rol eindigt (${tot}) voordat ze begint (${vanaf})`);
  const toelichting = cel(row, 'toelichting') || null;
  if (toelichting && toelichting.length > 500) redenen.push('toelichting is langer dan 500 tekens');
  if (redenen.length > 0) return { regel: null, redenen };
  const details = Object.fromEntries(Object.entries({ kvkNummer, agbCode, website, email, telefoon }).filter(([, value]) => value !== null));
  return { regel: { regel: row.regel, id: cel(row, 'id') || null, naam, soort, rol, vanaf, tot, toelichting, details }, redenen };
}

export interface ImportRow extends ImportLine {
  partnerId: string;
  naam: string;
  rol: string;
}

export type ImportResult = ImportOutcome<ImportRow>;

const rolVelden = ['toelichting', 'vanaf', 'tot'] as const;
const detailVelden = ['kvkNummer', 'agbCode', 'website', 'email', 'telefoon'] as const;

const rolGeldtOp = (rol: PartnerRolRow, dag: string) => (rol.vanaf === null || rol.vanaf <= dag) && (rol.tot === null || rol.tot >= dag);

/**
 * A region's partner list from a spreadsheet, compared with the live directory: what would be new,
 * changed, ended (a role the list no longer has ends the day before the import) and unchanged. A
 * file with any invalid row changes nothing and lists every row's reasons; a valid file is applied
 * in one transaction unless it is a dry run; the same file a second time changes nothing.
 *
 * A cell left empty leaves what the directory holds; an organisation is found by its id, else its
 * KvK-nummer, else its name without legal form (nameKey); otherwise it is new.
 */
export async function importeerPartners(
  db: PartnersDb,
  aanvrager: Aanvrager,
  args: { regio: string; bestand: Bestand; proef?: boolean | null; verantwoording: { reden: string; bron: BronInvoer } },
): Promise<ImportResult> {
  const regioCode = assertKnownRegio(args.regio, 'regio');
  const verantwoording: Verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const gebruiker = vereisBeheerder(aanvrager, [regioCode]);
  const proef = args.proef ?? true;
  const rows = await readImportFile(args.bestand);

  const uitkomst = emptyOutcome<ImportRow>(regioCode, proef);
  const regels: Regel[] = [];
  for (const row of rows) {
    const { regel, redenen } = leesRegel(row, regioCode);
    if (regel) regels.push(regel);
    else uitkomst.ongeldig.push({ regel: row.regel, redenen });
  }

  const peildag = today();
  const bekend = new Map<string, PartnerRow>();
  const volg = async (row: PartnerRow | undefined) => (await volgSamenvoeging(row ?? null, async (id) => (await findPartnersByIds(db, [id]))[0] ?? null)) ?? undefined;
  for (const row of await findPartnersByIds(db, regels.flatMap((regel) => (regel.id ? [regel.id] : [])))) bekend.set(row.id, row);
  const gelijkende = await findGelijkendePartners(db, regels.map((regel) => nameKey(regel.naam)), regels.flatMap((regel) => (regel.details.kvkNummer ? [regel.details.kvkNummer] : [])));

  // Each row's organisation: existing (by id, KvK-nummer, name key) or new; new rows with one name are one organisation.
  const nieuweIds = new Map<string, string>();
  const gekozen: Array<{ regel: Regel; partner: PartnerRow | null; nieuwId: string | null }> = [];
  for (const regel of regels) {
    const sleutel = nameKey(regel.naam);
    let partner: PartnerRow | undefined;
    const redenen: string[] = [];
    if (regel.id) {
      partner = await volg(bekend.get(regel.id));
      if (!partner) redenen.push(`id "${regel.id}" is geen organisatie in de directory`);
    } else if (regel.details.kvkNummer && gelijkende.some((row) => row.kvkNummer === regel.details.kvkNummer)) {
      partner = await volg(gelijkende.find((row) => row.kvkNummer === regel.details.kvkNummer));
    } else {
      const opNaam = gelijkende.filter((row) => row.naamsleutel === sleutel);
      if (opNaam.length > 1) redenen.push(`lijkt op meer dan één organisatie (${opNaam.map((row) => `${row.naam} [${row.id}]`).join(', ')}); zet het id in de kolom id`);
      partner = await volg(opNaam[0]);
    }
    if (!partner && !regel.soort && redenen.length === 0) redenen.push('soort ontbreekt voor een nieuwe organisatie');
    if (redenen.length > 0) {
      uitkomst.ongeldig.push({ regel: regel.regel, redenen });
      continue;
    }
    let nieuwId: string | null = null;
    if (!partner) {
      nieuwId = nieuweIds.get(sleutel) ?? null;
      if (!nieuwId) {
        nieuwId = await vrijId(db, regel.naam, new Set(nieuweIds.values()));
        nieuweIds.set(sleutel, nieuwId);
      }
    }
    gekozen.push({ regel, partner: partner ?? null, nieuwId });
  }

  // One organisation and role once per file: a second row for them would say two things at once.
  const gezien = new Map<string, number>();
  const bestaandeIds = [...new Set(gekozen.flatMap((keuze) => (keuze.partner ? [keuze.partner.id] : [])))];
  const rollenVanPartners = await findRollenByPartners(db, bestaandeIds, null);
  const regioVanPartner = new Map<string, Set<string>>();
  for (const rol of rollenVanPartners) regioVanPartner.set(rol.partnerId, (regioVanPartner.get(rol.partnerId) ?? new Set()).add(rol.regioCode));
  const regioRollen = (await findRollenVanRegio(db, regioCode)).filter((rol) => rolGeldtOp(rol, peildag));
  const gematcht = new Set<string>();
  const versies: NieuweVersies = { partners: [], rollen: [] };
  const volgorde = { volgende: Math.max(0, ...regioRollen.map((rol) => rol.volgorde)) + 1 };

  for (const { regel, partner, nieuwId } of gekozen) {
    const partnerId = partner?.id ?? nieuwId!;
    const dubbel = gezien.get(`${partnerId}|${regel.rol}`);
    if (dubbel !== undefined) {
      uitkomst.ongeldig.push({ regel: regel.regel, redenen: [`dubbele organisatie: dezelfde organisatie en rol als regel ${dubbel}`] });
      continue;
    }
    gezien.set(`${partnerId}|${regel.rol}`, regel.regel);
    const naam = partner?.naam ?? regel.naam;
    if (!partner) {
      if (!versies.partners.some((versie) => versie.row.id === partnerId)) {
        versies.partners.push({
          row: { id: partnerId, naam: regel.naam, naamInBron: null, soort: regel.soort!, gemeenteCbs: null, website: null, email: null, telefoon: null, kvkNummer: null, agbCode: null, samengevoegdIn: null, samengevoegdOp: null, ...regel.details, ...naamKolommen(regel.naam, partnerId), twijfels: geenTwijfels },
          vorige: 0,
          actie: 'AANGEMAAKT',
          regioCodes: [regioCode],
        });
      }
    } else {
      const partnergegevens = { ...partner, ...regel.details, ...(regel.soort ? { soort: regel.soort } : {}) };
      const gewenst = { ...partnergegevens, twijfels: twijfelsNaWijziging(partner, partnergegevens, partnerTwijfelKolommen) };
      const velden = verschillen(partner, gewenst, [...detailVelden, 'soort']);
      if (velden.length > 0) {
        const anderen = [...(regioVanPartner.get(partner.id) ?? [])].filter((code) => code !== regioCode);
        if (anderen.length > 0 && !isHubbeheerder(gebruiker)) {
          uitkomst.ongeldig.push({ regel: regel.regel, redenen: [`de gegevens van ${partner.naam} gelden ook in ${anderen.join(', ')}; alleen de hubbeheerder kan ze wijzigen (laat die cellen leeg)`] });
          continue;
        }
        if (!versies.partners.some((versie) => versie.row.id === partner.id)) versies.partners.push({ row: gewenst, vorige: partner.versie, actie: 'GEWIJZIGD', regioCodes: [regioCode, ...anderen] });
      }
    }
    const huidig = regioRollen.find((rol) => rol.partnerId === partnerId && rol.rol === regel.rol);
    if (!huidig) {
      const row = { id: sleutelVan(partnerId, regioCode, regel.rol, randomUUID().slice(0, 8)), partnerId, regioCode, rol: regel.rol, toelichting: regel.toelichting, vanaf: regel.vanaf, tot: regel.tot, volgorde: volgorde.volgende++, twijfels: geenTwijfels };
      versies.rollen.push({ row, vorige: 0, actie: 'AANGEMAAKT', regioCodes: [regioCode] });
      uitkomst.nieuw.push({ regel: regel.regel, partnerId, naam, rol: regel.rol, velden: verschillen(null, row, rolVelden) });
      continue;
    }
    gematcht.add(huidig.id);
    const rolgegevens = { ...huidig, ...(regel.toelichting ? { toelichting: regel.toelichting } : {}), ...(regel.vanaf ? { vanaf: regel.vanaf } : {}), ...(regel.tot ? { tot: regel.tot } : {}) };
    const gewenst = { ...rolgegevens, twijfels: twijfelsNaWijziging(huidig, rolgegevens, rolTwijfelKolommen) };
    const velden = [...verschillen(huidig, gewenst, rolVelden), ...(partner ? verschillen(partner, { ...partner, ...regel.details }, detailVelden) : [])];
    if (verschillen(huidig, gewenst, rolVelden).length > 0) versies.rollen.push({ row: gewenst, vorige: huidig.versie, actie: gewenst.tot && !huidig.tot ? 'BEEINDIGD' : 'GEWIJZIGD', regioCodes: [regioCode] });
    (velden.length > 0 ? uitkomst.gewijzigd : uitkomst.ongewijzigd).push({ regel: regel.regel, partnerId, naam, rol: regel.rol, velden });
  }

  const einde = dayBefore(peildag);
  const namen = new Map((await findPartnersByIds(db, regioRollen.map((rol) => rol.partnerId))).map((row) => [row.id, row.naam]));
  for (const rol of regioRollen) {
    if (gematcht.has(rol.id)) continue;
    // A role that had not begun by the day before the import never held: it is withdrawn, not ended.
    const nooitBegonnen = rol.vanaf !== null && rol.vanaf > einde;
    const row = { ...rol, tot: nooitBegonnen ? rol.tot : einde };
    versies.rollen.push({ row, vorige: rol.versie, actie: nooitBegonnen ? 'INGETROKKEN' : 'BEEINDIGD', regioCodes: [regioCode] });
    uitkomst.beeindigd.push({ regel: null, partnerId: rol.partnerId, naam: namen.get(rol.partnerId) ?? rol.partnerId, rol: rol.rol, velden: verschillen(rol, row, rolVelden) });
  }

  uitkomst.ongeldig.sort(byLine);
  if (!shouldApply(uitkomst, versies.partners.length + versies.rollen.length)) return uitkomst;
  const resultaat = await vastleggenMetVersies(db, gebruiker, verantwoording, versies);
  if (resultaat === 'verouderd') throw badUserInput(staleImportMessage, 'bestand');
  return { ...uitkomst, toegepast: true };
}

