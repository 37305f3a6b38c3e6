import { randomUUID } from 'node:crypto';
import type { Gebruiker } from '../../../lib/auth.js';
import type { BronColumns } from '../../../lib/bron.js';
import { badUserInput } from '../../../lib/errors.js';
import { bestaatNietBericht, gelukt, geweigerd, overlapt, periodeKlopt, vastleggen, verouderdBericht, versieVoor, type Outcome, type Periode, type Weigering } from '../../../lib/directory-changes.js';
import { parseDate, parseVerantwoording, sleutelVan, type Verantwoording, type VersieColumns, type WijzigingActie } from '../../../lib/history.js';
import { vereisBeheerder, vereisEnigeBeheerder, type Aanvrager } from '../../../lib/requester.js';
import { slug } from '../../../lib/text.js';
import { geenTwijfels, twijfelsNaWijziging } from '../../../lib/twijfels.js';
import { assertKnownRegio } from '../../../lib/validation.js';
import { findAfsprakenByIds, findBeleidsdocumentenByIds } from './db/beleidsdocument-queries.js';
import { findBestuursorganenByIds, findOrgaanledenByIds, findOrgaanledenByOrganen } from './db/bestuursorgaan-queries.js';
import { recordSoorten, type AfspraakRow, type BeleidsdocumentRow, type BestuursorgaanRow, type LidmaatschapRow, type OrgaanLidRow, type RegionsDb, type RegionsTransaction, type VersieTabel } from './db/database.js';
import { findLidmaatschappenByIds, findLidmaatschappenByRegios } from './db/regio-queries.js';
import { findHoogsteAfspraakVolgorde, findHoogsteOrgaanLidVolgorde, findVersies, insertVersies } from './db/versie-queries.js';
import {
  parseAfspraak,
  parseBeleidsdocument,
  parseBeleidsdocumentWijziging,
  parseBestuursorgaan,
  parseLidmaatschap,
  parseLidmaatschapWijziging,
  parseOrgaanlid,
  parseOrgaanlidWijziging,
  type AfspraakInvoer,
  type BeleidsdocumentInvoer,
  type BeleidsdocumentWijzigingInvoer,
  type BestuursorgaanInvoer,
  type LidmaatschapInvoer,
  type LidmaatschapWijzigingInvoer,
  type OrgaanlidInvoer,
  type OrgaanlidWijzigingInvoer,
  type VerantwoordingInvoer,
} from './invoer.js';
import { afspraakTwijfelKolommen, beleidsdocumentTwijfelKolommen, bestuursorgaanTwijfelKolommen, lidmaatschapTwijfelKolommen } from './twijfels.js';

export type Weigeringscode = 'VERSIE_VEROUDERD' | 'BESTAAT_NIET' | 'BESTAAT_AL' | 'AL_BEEINDIGD' | 'ONGELDIGE_PERIODE';
type Regioweigering = Weigering<Weigeringscode>;

export type MembershipResult = Outcome<'lidmaatschap', LidmaatschapRow, Weigeringscode>;
export type DocumentResult = Outcome<'beleidsdocument', BeleidsdocumentRow, Weigeringscode>;
export type AgreementResult = Outcome<'afspraak', AfspraakRow, Weigeringscode>;
export type BodyResult = Outcome<'bestuursorgaan', BestuursorgaanRow, Weigeringscode>;
export type BodyMemberResult = Outcome<'orgaanlid', OrgaanLidRow, Weigeringscode>;

const weigering = (code: Weigeringscode, bericht: string): Regioweigering => ({ code, bericht });
const verouderd = weigering('VERSIE_VEROUDERD', verouderdBericht);
const bestaatNiet = (wat: string) => weigering('BESTAAT_NIET', bestaatNietBericht(wat));
const lidmaatschapGeweigerd = (reden: Regioweigering) => geweigerd<'lidmaatschap', LidmaatschapRow, Weigeringscode>('lidmaatschap', reden);
const documentGeweigerd = (reden: Regioweigering) => geweigerd<'beleidsdocument', BeleidsdocumentRow, Weigeringscode>('beleidsdocument', reden);
const afspraakGeweigerd = (reden: Regioweigering) => geweigerd<'afspraak', AfspraakRow, Weigeringscode>('afspraak', reden);
const orgaanGeweigerd = (reden: Regioweigering) => geweigerd<'bestuursorgaan', BestuursorgaanRow, Weigeringscode>('bestuursorgaan', reden);
const orgaanlidGeweigerd = (reden: Regioweigering) => geweigerd<'orgaanlid', OrgaanLidRow, Weigeringscode>('orgaanlid', reden);

/** What a changed period is refused for, if anything: a second ending, or an end before the start. */
function periodeWeigering(huidig: Periode, nieuw: Periode, actie: WijzigingActie, wat: string): Regioweigering | null {
  if (actie === 'BEEINDIGD' && huidig.tot !== null) return weigering('AL_BEEINDIGD', `${wat} is al beëindigd per ${huidig.tot}. Wil je die datum veranderen, wijzig dan de einddatum.`);
  if (!periodeKlopt(nieuw.vanaf, nieuw.tot)) return weigering('ONGELDIGE_PERIODE', `${wat} begint op ${nieuw.vanaf} en kan niet eerder eindigen (${nieuw.tot}). Controleer de begin- en einddatum.`);
  return null;
}

/** The readable id a new document or body gets: the region and its name, numbered if taken, withdrawn versions too. */
async function vrijId(db: RegionsDb, table: 'beleidsdocumentVersie' | 'bestuursorgaanVersie', regioCode: string, naam: string): Promise<string> {
  const basis = `${regioCode}-${slug(naam).slice(0, 80).replace(/-+$/, '') || 'zonder-naam'}`;
  const kandidaten = [basis, ...Array.from({ length: 20 }, (_, index) => `${basis}-${index + 2}`)];
  const bezet = new Set((await findVersies(db, table, kandidaten)).map((row) => row.id));
  return kandidaten.find((id) => !bezet.has(id)) ?? `${basis}-${randomUUID().slice(0, 8)}`;
}

type Gegevens<Row> = Omit<Row, keyof VersieColumns | keyof BronColumns> & { id: string };

interface Versie<Row> {
  table: VersieTabel;
  /** The record's facts; a function when they depend on what the transaction reads. */
  gegevens: Gegevens<Row> | ((trx: RegionsTransaction) => Promise<Gegevens<Row>>);
  vorige: number;
  actie: WijzigingActie;
  /** Null for an agreement whose document the seed withdrew: then only a hub steward could change it. */
  regioCode: string | null;
}

/** Records one version of one record, with its line in the change feed, in one transaction. */
function legVast<Row>(db: RegionsDb, gebruiker: Gebruiker, verantwoording: Verantwoording, versie: Versie<Row>): Promise<Row | 'verouderd'> {
  return vastleggen(db, async (trx, op) => {
    const gegevens = typeof versie.gegevens === 'function' ? await versie.gegevens(trx) : versie.gegevens;
    const kolommen = await versieVoor(trx, gebruiker, verantwoording, { soort: recordSoorten[versie.table].soort, sleutel: gegevens.id, vorige: versie.vorige, actie: versie.actie, regioCodes: versie.regioCode ? [versie.regioCode] : [] }, op);
    const row = { ...gegevens, ...kolommen } as Row;
    await insertVersies(trx, versie.table, [row as never]);
    return row;
  });
}

export async function voegLidmaatschapToe(db: RegionsDb, aanvrager: Aanvrager, args: { regio: string; lidmaatschap: LidmaatschapInvoer; verantwoording: VerantwoordingInvoer }): Promise<MembershipResult> {
  const regioCode = assertKnownRegio(args.regio, 'regio');
  const lid = parseLidmaatschap(args.lidmaatschap);
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const gebruiker = vereisBeheerder(aanvrager, [regioCode]);
  if (!periodeKlopt(lid.vanaf, lid.tot)) return lidmaatschapGeweigerd(weigering('ONGELDIGE_PERIODE', 'Het lidmaatschap eindigt voordat het begint. Controleer de begin- en einddatum.'));
  const bestaand = (await findLidmaatschappenByRegios(db, [regioCode], null)).find((other) => other.cbsCode === lid.cbsCode && overlapt(other, lid));
  if (bestaand) return lidmaatschapGeweigerd(weigering('BESTAAT_AL', `Deze gemeente is in die periode al lid van de regio (${bestaand.id}). Wijzig dat lidmaatschap in plaats van een tweede toe te voegen.`));
  const id = sleutelVan(regioCode, lid.cbsCode, randomUUID().slice(0, 8));
  const resultaat = await legVast<LidmaatschapRow>(db, gebruiker, verantwoording, { table: 'lidmaatschapVersie', gegevens: { id, regioCode, ...lid, twijfels: geenTwijfels }, vorige: 0, actie: 'AANGEMAAKT', regioCode });
  if (resultaat === 'verouderd') return lidmaatschapGeweigerd(verouderd);
  return gelukt('lidmaatschap', resultaat);
}

/** A new version of a membership with another status, domain or period; ending it is the same with a last day. */
export async function wijzigLidmaatschap(
  db: RegionsDb,
  aanvrager: Aanvrager,
  args: { id: string; versie: number; lidmaatschap: LidmaatschapWijzigingInvoer; verantwoording: VerantwoordingInvoer },
  actie: 'GEWIJZIGD' | 'BEEINDIGD' = 'GEWIJZIGD',
): Promise<MembershipResult> {
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const [huidig] = await findLidmaatschappenByIds(db, [args.id]);
  if (!huidig) {
    vereisEnigeBeheerder(aanvrager);
    return lidmaatschapGeweigerd(bestaatNiet(`Lidmaatschap ${args.id}`));
  }
  const gebruiker = vereisBeheerder(aanvrager, [huidig.regioCode]);
  const wijziging = parseLidmaatschapWijziging(huidig, args.lidmaatschap);
  if (huidig.versie !== args.versie) return lidmaatschapGeweigerd(verouderd);
  const periode = periodeWeigering(huidig, wijziging, actie, 'Het lidmaatschap');
  if (periode) return lidmaatschapGeweigerd(periode);
  const ander = (await findLidmaatschappenByRegios(db, [huidig.regioCode], null)).find((other) => other.id !== huidig.id && other.cbsCode === huidig.cbsCode && overlapt(other, wijziging));
  if (ander) return lidmaatschapGeweigerd(weigering('BESTAAT_AL', `In die periode is deze gemeente al lid van de regio volgens een ander lidmaatschap (${ander.id}). Pas de periodes zo aan dat ze elkaar niet overlappen.`));
  // A field the steward changes rests on the steward's bron from now on, so its doubt goes.
  const twijfels = twijfelsNaWijziging(huidig, { ...huidig, ...wijziging }, lidmaatschapTwijfelKolommen);
  const resultaat = await legVast<LidmaatschapRow>(db, gebruiker, verantwoording, { table: 'lidmaatschapVersie', gegevens: { ...huidig, ...wijziging, twijfels }, vorige: huidig.versie, actie, regioCode: huidig.regioCode });
  if (resultaat === 'verouderd') return lidmaatschapGeweigerd(verouderd);
  return gelukt('lidmaatschap', resultaat);
}

export function beeindigLidmaatschap(db: RegionsDb, aanvrager: Aanvrager, args: { id: string; versie: number; tot: string; verantwoording: VerantwoordingInvoer }): Promise<MembershipResult> {
  return wijzigLidmaatschap(db, aanvrager, { id: args.id, versie: args.versie, lidmaatschap: { tot: vereisteDatum(args.tot, 'tot') }, verantwoording: args.verantwoording }, 'BEEINDIGD');
}

/** Ending something needs its last day; an empty one would silently reopen it. */
function vereisteDatum(value: string, argumentName: string): string {
  const datum = parseDate(value, argumentName);
  if (datum === null) throw badUserInput(`${argumentName} is required: the last day (YYYY-MM-DD)`, argumentName);
  return datum;
}

export async function maakBeleidsdocument(db: RegionsDb, aanvrager: Aanvrager, args: { regio: string; document: BeleidsdocumentInvoer; verantwoording: VerantwoordingInvoer }): Promise<DocumentResult> {
  const regioCode = assertKnownRegio(args.regio, 'regio');
  const document = parseBeleidsdocument(args.document);
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const gebruiker = vereisBeheerder(aanvrager, [regioCode]);
  if (!periodeKlopt(document.geldigVan, document.geldigTot)) return documentGeweigerd(weigering('ONGELDIGE_PERIODE', 'De looptijd eindigt voordat ze begint. Controleer geldigVan en geldigTot.'));
  const id = await vrijId(db, 'beleidsdocumentVersie', regioCode, document.titel);
  const resultaat = await legVast<BeleidsdocumentRow>(db, gebruiker, verantwoording, { table: 'beleidsdocumentVersie', gegevens: { id, regioCode, ...document, twijfels: geenTwijfels }, vorige: 0, actie: 'AANGEMAAKT', regioCode });
  if (resultaat === 'verouderd') return documentGeweigerd(weigering('VERSIE_VEROUDERD', 'Tegelijk werd een document met dezelfde titel toegevoegd. Laad de lijst opnieuw.'));
  return gelukt('beleidsdocument', resultaat);
}

export async function wijzigBeleidsdocument(
  db: RegionsDb,
  aanvrager: Aanvrager,
  args: { id: string; versie: number; document: BeleidsdocumentWijzigingInvoer; verantwoording: VerantwoordingInvoer },
): Promise<DocumentResult> {
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const [huidig] = await findBeleidsdocumentenByIds(db, [args.id]);
  if (!huidig) {
    vereisEnigeBeheerder(aanvrager);
    return documentGeweigerd(bestaatNiet(`Document ${args.id}`));
  }
  const gebruiker = vereisBeheerder(aanvrager, [huidig.regioCode]);
  const wijziging = parseBeleidsdocumentWijziging(huidig, args.document);
  if (huidig.versie !== args.versie) return documentGeweigerd(verouderd);
  if (!periodeKlopt(wijziging.geldigVan, wijziging.geldigTot)) {
    return documentGeweigerd(weigering('ONGELDIGE_PERIODE', `De looptijd begint op ${wijziging.geldigVan} en kan niet eerder eindigen (${wijziging.geldigTot}). Controleer geldigVan en geldigTot.`));
  }
  const twijfels = twijfelsNaWijziging(huidig, { ...huidig, ...wijziging }, beleidsdocumentTwijfelKolommen);
  const resultaat = await legVast<BeleidsdocumentRow>(db, gebruiker, verantwoording, { table: 'beleidsdocumentVersie', gegevens: { ...huidig, ...wijziging, twijfels }, vorige: huidig.versie, actie: 'GEWIJZIGD', regioCode: huidig.regioCode });
  if (resultaat === 'verouderd') return documentGeweigerd(verouderd);
  return gelukt('beleidsdocument', resultaat);
}

export async function voegAfspraakToe(db: RegionsDb, aanvrager: Aanvrager, args: { document: string; afspraak: AfspraakInvoer; verantwoording: VerantwoordingInvoer }): Promise<AgreementResult> {
  const afspraak = parseAfspraak(args.afspraak);
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const [document] = await findBeleidsdocumentenByIds(db, [args.document]);
  if (!document) {
    vereisEnigeBeheerder(aanvrager);
    return afspraakGeweigerd(bestaatNiet(`Document ${args.document}`));
  }
  const gebruiker = vereisBeheerder(aanvrager, [document.regioCode]);
  const id = `${document.id}-afspraak-${randomUUID().slice(0, 8)}`;
  const resultaat = await legVast<AfspraakRow>(db, gebruiker, verantwoording, {
    table: 'afspraakVersie',
    gegevens: async (trx) => ({ id, documentId: document.id, volgorde: (await findHoogsteAfspraakVolgorde(trx, document.id)) + 1, ...afspraak, twijfels: geenTwijfels }),
    vorige: 0,
    actie: 'AANGEMAAKT',
    regioCode: document.regioCode,
  });
  if (resultaat === 'verouderd') return afspraakGeweigerd(verouderd);
  return gelukt('afspraak', resultaat);
}

/** Replaces what an agreement says, or withdraws it (`afspraak` null): it leaves its document and stays in the history. */
async function nieuweAfspraakversie(db: RegionsDb, aanvrager: Aanvrager, args: { id: string; versie: number; verantwoording: VerantwoordingInvoer }, afspraak: ReturnType<typeof parseAfspraak> | null): Promise<AgreementResult> {
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const [huidig] = await findAfsprakenByIds(db, [args.id]);
  if (!huidig) {
    vereisEnigeBeheerder(aanvrager);
    return afspraakGeweigerd(bestaatNiet(`Afspraak ${args.id}`));
  }
  const [document] = await findBeleidsdocumentenByIds(db, [huidig.documentId]);
  const regioCode = document?.regioCode ?? null;
  const gebruiker = vereisBeheerder(aanvrager, regioCode ? [regioCode] : []);
  if (huidig.versie !== args.versie) return afspraakGeweigerd(verouderd);
  const resultaat = await legVast<AfspraakRow>(db, gebruiker, verantwoording, {
    table: 'afspraakVersie',
    gegevens: { ...huidig, ...afspraak, twijfels: twijfelsNaWijziging(huidig, { ...huidig, ...afspraak }, afspraakTwijfelKolommen) },
    vorige: huidig.versie,
    actie: afspraak ? 'GEWIJZIGD' : 'INGETROKKEN',
    regioCode,
  });
  if (resultaat === 'verouderd') return afspraakGeweigerd(verouderd);
  return gelukt('afspraak', resultaat);
}

export function wijzigAfspraak(db: RegionsDb, aanvrager: Aanvrager, args: { id: string; versie: number; afspraak: AfspraakInvoer; verantwoording: VerantwoordingInvoer }): Promise<AgreementResult> {
  return nieuweAfspraakversie(db, aanvrager, args, parseAfspraak(args.afspraak));
}

export function trekAfspraakIn(db: RegionsDb, aanvrager: Aanvrager, args: { id: string; versie: number; verantwoording: VerantwoordingInvoer }): Promise<AgreementResult> {
  return nieuweAfspraakversie(db, aanvrager, args, null);
}

/** A body may name a document that describes it, of its own region. */
async function assertDocumentVanRegio(db: RegionsDb, documentId: string | null, regioCode: string): Promise<void> {
  if (documentId === null) return;
  const [document] = await findBeleidsdocumentenByIds(db, [documentId]);
  if (!document || document.regioCode !== regioCode) throw badUserInput(`orgaan.beleidsdocument: ${documentId} is not a document of region ${regioCode}`, 'orgaan.beleidsdocument');
}

export async function maakBestuursorgaan(db: RegionsDb, aanvrager: Aanvrager, args: { regio: string; orgaan: BestuursorgaanInvoer; verantwoording: VerantwoordingInvoer }): Promise<BodyResult> {
  const regioCode = assertKnownRegio(args.regio, 'regio');
  const orgaan = parseBestuursorgaan(args.orgaan);
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const gebruiker = vereisBeheerder(aanvrager, [regioCode]);
  await assertDocumentVanRegio(db, orgaan.documentId, regioCode);
  if (!periodeKlopt(orgaan.vanaf, orgaan.tot)) return orgaanGeweigerd(weigering('ONGELDIGE_PERIODE', 'Het orgaan houdt op voordat het begint. Controleer de begin- en einddatum.'));
  const id = await vrijId(db, 'bestuursorgaanVersie', regioCode, orgaan.naam);
  const resultaat = await legVast<BestuursorgaanRow>(db, gebruiker, verantwoording, { table: 'bestuursorgaanVersie', gegevens: { id, regioCode, ...orgaan, twijfels: geenTwijfels }, vorige: 0, actie: 'AANGEMAAKT', regioCode });
  if (resultaat === 'verouderd') return orgaanGeweigerd(weigering('VERSIE_VEROUDERD', 'Tegelijk werd een orgaan met dezelfde naam toegevoegd. Laad de lijst opnieuw.'));
  return gelukt('bestuursorgaan', resultaat);
}

async function nieuweOrgaanversie(
  db: RegionsDb,
  aanvrager: Aanvrager,
  args: { id: string; versie: number; verantwoording: VerantwoordingInvoer },
  wijzig: (huidig: BestuursorgaanRow) => ReturnType<typeof parseBestuursorgaan>,
  actie: 'GEWIJZIGD' | 'BEEINDIGD',
): Promise<BodyResult> {
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const [huidig] = await findBestuursorganenByIds(db, [args.id]);
  if (!huidig) {
    vereisEnigeBeheerder(aanvrager);
    return orgaanGeweigerd(bestaatNiet(`Bestuursorgaan ${args.id}`));
  }
  const gebruiker = vereisBeheerder(aanvrager, [huidig.regioCode]);
  const orgaan = wijzig(huidig);
  await assertDocumentVanRegio(db, orgaan.documentId === huidig.documentId ? null : orgaan.documentId, huidig.regioCode);
  if (huidig.versie !== args.versie) return orgaanGeweigerd(verouderd);
  const periode = periodeWeigering(huidig, orgaan, actie, 'Het orgaan');
  if (periode) return orgaanGeweigerd(periode);
  const twijfels = twijfelsNaWijziging(huidig, { ...huidig, ...orgaan }, bestuursorgaanTwijfelKolommen);
  const resultaat = await legVast<BestuursorgaanRow>(db, gebruiker, verantwoording, { table: 'bestuursorgaanVersie', gegevens: { ...huidig, ...orgaan, twijfels }, vorige: huidig.versie, actie, regioCode: huidig.regioCode });
  if (resultaat === 'verouderd') return orgaanGeweigerd(verouderd);
  return gelukt('bestuursorgaan', resultaat);
}

export function wijzigBestuursorgaan(db: RegionsDb, aanvrager: Aanvrager, args: { id: string; versie: number; orgaan: BestuursorgaanInvoer; verantwoording: VerantwoordingInvoer }): Promise<BodyResult> {
  const orgaan = parseBestuursorgaan(args.orgaan);
  return nieuweOrgaanversie(db, aanvrager, args, () => orgaan, 'GEWIJZIGD');
}

export function beeindigBestuursorgaan(db: RegionsDb, aanvrager: Aanvrager, args: { id: string; versie: number; tot: string; verantwoording: VerantwoordingInvoer }): Promise<BodyResult> {
  const tot = vereisteDatum(args.tot, 'tot');
  return nieuweOrgaanversie(db, aanvrager, args, (huidig) => ({ ...huidig, tot }), 'BEEINDIGD');
}

export async function voegOrgaanlidToe(db: RegionsDb, aanvrager: Aanvrager, args: { orgaan: string; lid: OrgaanlidInvoer; verantwoording: VerantwoordingInvoer }): Promise<BodyMemberResult> {
  const lid = parseOrgaanlid(args.lid);
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const [orgaan] = await findBestuursorganenByIds(db, [args.orgaan]);
  if (!orgaan) {
    vereisEnigeBeheerder(aanvrager);
    return orgaanlidGeweigerd(bestaatNiet(`Bestuursorgaan ${args.orgaan}`));
  }
  const gebruiker = vereisBeheerder(aanvrager, [orgaan.regioCode]);
  if (!periodeKlopt(lid.vanaf, lid.tot)) return orgaanlidGeweigerd(weigering('ONGELDIGE_PERIODE', 'De deelname eindigt voordat ze begint. Controleer de begin- en einddatum.'));
  const bestaand = (await findOrgaanledenByOrganen(db, [orgaan.id], null)).find((other) => other.partnerId === lid.partnerId && overlapt(other, lid));
  if (bestaand) return orgaanlidGeweigerd(weigering('BESTAAT_AL', `Deze organisatie neemt in die periode al deel aan ${orgaan.naam}. Wijzig die deelname in plaats van een tweede toe te voegen.`));
  const id = sleutelVan(orgaan.id, lid.partnerId, randomUUID().slice(0, 8));
  const resultaat = await legVast<OrgaanLidRow>(db, gebruiker, verantwoording, {
    table: 'orgaanLidVersie',
    gegevens: async (trx) => ({ id, orgaanId: orgaan.id, volgorde: (await findHoogsteOrgaanLidVolgorde(trx, orgaan.id)) + 1, ...lid }),
    vorige: 0,
    actie: 'AANGEMAAKT',
    regioCode: orgaan.regioCode,
  });
  if (resultaat === 'verouderd') return orgaanlidGeweigerd(verouderd);
  return gelukt('orgaanlid', resultaat);
}

export async function wijzigOrgaanlid(
  db: RegionsDb,
  aanvrager: Aanvrager,
  args: { id: string; versie: number; lid: OrgaanlidWijzigingInvoer; verantwoording: VerantwoordingInvoer },
  actie: 'GEWIJZIGD' | 'BEEINDIGD' = 'GEWIJZIGD',
): Promise<BodyMemberResult> {
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const [huidig] = await findOrgaanledenByIds(db, [args.id]);
  const [orgaan] = huidig ? await findBestuursorganenByIds(db, [huidig.orgaanId]) : [];
  if (!huidig || !orgaan) {
    vereisEnigeBeheerder(aanvrager);
    return orgaanlidGeweigerd(bestaatNiet(`Deelname ${args.id}`));
  }
  const gebruiker = vereisBeheerder(aanvrager, [orgaan.regioCode]);
  const wijziging = parseOrgaanlidWijziging(huidig, args.lid);
  if (huidig.versie !== args.versie) return orgaanlidGeweigerd(verouderd);
  const periode = periodeWeigering(huidig, wijziging, actie, 'De deelname');
  if (periode) return orgaanlidGeweigerd(periode);
  const ander = (await findOrgaanledenByOrganen(db, [orgaan.id], null)).find((other) => other.id !== huidig.id && other.partnerId === huidig.partnerId && overlapt(other, wijziging));
  if (ander) return orgaanlidGeweigerd(weigering('BESTAAT_AL', `In die periode neemt deze organisatie al deel volgens een andere deelname (${ander.id}). Pas de periodes zo aan dat ze elkaar niet overlappen.`));
  const resultaat = await legVast<OrgaanLidRow>(db, gebruiker, verantwoording, { table: 'orgaanLidVersie', gegevens: { ...huidig, ...wijziging }, vorige: huidig.versie, actie, regioCode: orgaan.regioCode });
  if (resultaat === 'verouderd') return orgaanlidGeweigerd(verouderd);
  return gelukt('orgaanlid', resultaat);
}

export function beeindigOrgaanlid(db: RegionsDb, aanvrager: Aanvrager, args: { id: string; versie: number; tot: string; verantwoording: VerantwoordingInvoer }): Promise<BodyMemberResult> {
  return wijzigOrgaanlid(db, aanvrager, { id: args.id, versie: args.versie, lid: { tot: vereisteDatum(args.tot, 'tot') }, verantwoording: args.verantwoording }, 'BEEINDIGD');
}
