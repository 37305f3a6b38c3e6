import { byLine, cellChecker, cellReader, dayBefore, emptyOutcome, readImportFile, shouldApply, staleImportMessage, yesNo, type Bestand, type ImportLine, type ImportOutcome } from '../../../lib/directory-import.js';
import { versieVoor, vastleggen } from '../../../lib/directory-changes.js';
import { badUserInput } from '../../../lib/errors.js';
import { parseVerantwoording, today, verschillen, type WijzigingActie } from '../../../lib/history.js';
import { vereisBeheerder, type Aanvrager } from '../../../lib/requester.js';
import type { SpreadsheetRow } from '../../../lib/spreadsheet.js';
import { searchKey } from '../../../lib/text.js';
import { geenTwijfels, twijfelsNaWijziging } from '../../../lib/twijfels.js';
import { assertIsoDate, assertKnownRegio, assertProductCode } from '../../../lib/validation.js';
import type { Verantwoordingsinvoer } from './changes/vastleggen.js';
import type { ProductRow, VoorzieningenDb } from './db/database.js';
import { findProductcategorieen, findProductenByRegios } from './db/product-queries.js';
import { findVersies, insertVersies } from './db/versie-queries.js';
import { productTwijfelKolommen } from './twijfels.js';

/** Columns as a region's product list names them; the first of each group that the file has is used. */
const kolommen = {
  code: ['code', 'productcode'],
  regio: ['regio', 'regiocode'],
  naam: ['naam', 'product', 'productnaam', 'omschrijving'],
  situationeel: ['situationeel'],
  codeInBron: ['codeinbron'],
  toelichting: ['toelichting', 'opmerking'],
  vanaf: ['vanaf', 'begindatum', 'van'],
  tot: ['tot', 'einddatum', 'totenmet'],
} as const;

const cel = cellReader(kolommen);

interface Regel {
  regel: number;
  code: string;
  naam: string | null;
  situationeel: boolean | null;
  codeInBron: string | null;
  toelichting: string | null;
  vanaf: string | null;
  tot: string | null;
}

/** One row read and checked; every problem with it is listed in plain Dutch, not only the first. */
function leesRegel(row: SpreadsheetRow, regioCode: string, categorieen: ReadonlySet<string>): { regel: Regel | null; redenen: string[] } {
  const redenen: string[] = [];
  const check = cellChecker(redenen);
  const codeTekst = cel(row, 'code').toUpperCase();
  if (!codeTekst) redenen.push('code ontbreekt');
  const code = check(codeTekst, 'code is geen iWmo-productcode (twee cijfers plus hoogstens vijf letters of cijfers, zoals 15G01)', (value) => assertProductCode(value));
  if (code && !categorieen.has(code.slice(0, 2))) redenen.push(`categorie ${code.slice(0, 2)} van code ${code} staat niet in de iWmo-lijst van productcategorieën (WMO020)`);
  const regio = cel(row, 'regio');
  if (regio && regio !== regioCode) redenen.push(`regio "${regio}" is niet de regio van deze import (${regioCode})`);
  const naam = cel(row, 'naam') || null;
  if (naam && naam.length > 200) redenen.push('naam is langer dan 200 tekens');
  const situationeel = check(cel(row, 'situationeel'), 'situationeel is geen ja of nee', yesNo);
  const codeInBron = cel(row, 'codeInBron') || null;
  if (codeInBron && codeInBron.length > 50) redenen.push('code in bron is langer dan 50 tekens');
  const toelichting = cel(row, 'toelichting') || null;
  if (toelichting && toelichting.length > 2_000) redenen.push('toelichting is langer dan 2000 tekens');
  const vanaf = check(cel(row, 'vanaf'), 'vanaf is geen datum als JJJJ-MM-DD', (value) => assertIsoDate(value, 'vanaf'));
  const tot = check(cel(row, 'tot'), 'tot is geen datum als JJJJ-MM-DD', (value) => assertIsoDate(value, 'tot'));
  if (vanaf && tot && vanaf > tot) redenen.push(`het product is niet meer in gebruik (${tot}) voordat het in gebruik is (${vanaf})`);
  if (redenen.length > 0 || !code) return { regel: null, redenen };
  return { regel: { regel: row.regel, code, naam, situationeel, codeInBron, toelichting, vanaf, tot }, redenen };
}

export interface ProductImportRow extends ImportLine {
  code: string;
  naam: string;
}

export type ProductImportResult = ImportOutcome<ProductImportRow>;

const productVelden = ['naam', 'situationeel', 'codeInBron', 'toelichting', 'vanaf', 'tot'] as const;

interface NieuweVersie {
  row: Omit<ProductRow, 'versie' | 'vastgelegdOp' | 'vastgelegdDoor' | 'namens' | 'reden' | 'wijzigingNr' | 'actie' | 'vervallen' | 'bronDocument' | 'bronSectie' | 'bronCitaat'>;
  vorige: number;
  actie: WijzigingActie;
}

/**
 * A region's product list from a spreadsheet, compared with the products the region uses today:
 * what would be new, changed, ended (a product the list no longer names is in use until the day
 * before the import) and unchanged. A file with any invalid row changes nothing and lists every
 * row's reasons; a valid file is applied in one transaction unless it is a dry run; the same file
 * a second time changes nothing.
 *
 * A product is its code, which belongs to one region. A cell left empty leaves what the directory
 * holds; a listed product that had ended is in use again (its end date is cleared) unless the row
 * gives one.
 */
export async function importeerProducten(
  db: VoorzieningenDb,
  aanvrager: Aanvrager,
  args: { regio: string; bestand: Bestand; proef?: boolean | null; verantwoording: Verantwoordingsinvoer },
): Promise<ProductImportResult> {
  const regioCode = assertKnownRegio(args.regio, 'regio');
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const gebruiker = vereisBeheerder(aanvrager, [regioCode]);
  const rows = await readImportFile(args.bestand);
  const uitkomst = emptyOutcome<ProductImportRow>(regioCode, args.proef ?? true);

  const categorieen = new Set((await findProductcategorieen(db)).map((categorie) => categorie.code));
  const regels: Regel[] = [];
  for (const row of rows) {
    const { regel, redenen } = leesRegel(row, regioCode, categorieen);
    if (regel) regels.push(regel);
    else uitkomst.ongeldig.push({ regel: row.regel, redenen });
  }

  // Each code's latest version, withdrawn ones too: a code withdrawn as a seed error continues its versions.
  const laatste = new Map<string, ProductRow>();
  for (const versie of await findVersies(db, 'productVersie', regels.map((regel) => regel.code))) laatste.set(versie.code, versie);

  const peildag = today();
  const versies: NieuweVersie[] = [];
  const gezien = new Map<string, number>();
  for (const regel of regels) {
    const dubbel = gezien.get(regel.code);
    if (dubbel !== undefined) {
      uitkomst.ongeldig.push({ regel: regel.regel, redenen: [`dubbel product: code ${regel.code} staat ook op regel ${dubbel}`] });
      continue;
    }
    gezien.set(regel.code, regel.regel);
    const bekend = laatste.get(regel.code);
    const huidig = bekend && bekend.vervallen === 0 ? bekend : null;
    if (huidig && huidig.regioCode !== regioCode) {
      uitkomst.ongeldig.push({ regel: regel.regel, redenen: [`productcode ${regel.code} hoort bij regio ${huidig.regioCode}; een productcode hoort bij één regio`] });
      continue;
    }
    if (!huidig) {
      if (!regel.naam) {
        uitkomst.ongeldig.push({ regel: regel.regel, redenen: ['naam ontbreekt voor een nieuw product'] });
        continue;
      }
      const row = {
        code: regel.code,
        categorieCode: regel.code.slice(0, 2),
        regioCode,
        naam: regel.naam,
        zoeksleutel: searchKey(regel.naam),
        situationeel: regel.situationeel ? 1 : 0,
        codeInBron: regel.codeInBron,
        toelichting: regel.toelichting,
        vanaf: regel.vanaf,
        tot: regel.tot,
        twijfels: geenTwijfels,
      };
      versies.push({ row, vorige: bekend?.versie ?? 0, actie: 'AANGEMAAKT' });
      uitkomst.nieuw.push({ regel: regel.regel, code: regel.code, naam: regel.naam, velden: verschillen(null, row, productVelden) });
      continue;
    }
    const gegevens = {
      ...huidig,
      ...(regel.naam ? { naam: regel.naam, zoeksleutel: searchKey(regel.naam) } : {}),
      ...(regel.situationeel !== null ? { situationeel: regel.situationeel ? 1 : 0 } : {}),
      ...(regel.codeInBron ? { codeInBron: regel.codeInBron } : {}),
      ...(regel.toelichting ? { toelichting: regel.toelichting } : {}),
      ...(regel.vanaf ? { vanaf: regel.vanaf } : {}),
      // Listed means in use: an ended product without an end date in the row is in use again.
      tot: regel.tot ?? (huidig.tot !== null && huidig.tot < peildag ? null : huidig.tot),
    };
    if (gegevens.vanaf && gegevens.tot && gegevens.vanaf > gegevens.tot) {
      uitkomst.ongeldig.push({ regel: regel.regel, redenen: [`het product is in gebruik vanaf ${gegevens.vanaf} en kan niet eerder ophouden (${gegevens.tot})`] });
      continue;
    }
    const gewenst = { ...gegevens, twijfels: twijfelsNaWijziging(huidig, gegevens, productTwijfelKolommen) };
    const velden = verschillen(huidig, gewenst, productVelden);
    if (velden.length > 0) versies.push({ row: gewenst, vorige: huidig.versie, actie: gewenst.tot && !huidig.tot ? 'BEEINDIGD' : 'GEWIJZIGD' });
    (velden.length > 0 ? uitkomst.gewijzigd : uitkomst.ongewijzigd).push({ regel: regel.regel, code: regel.code, naam: gewenst.naam, velden });
  }

  const einde = dayBefore(peildag);
  for (const product of await findProductenByRegios(db, [regioCode], peildag)) {
    if (gezien.has(product.code)) continue;
    // A product that had not come into use by the day before the import never was: withdrawn, not ended.
    const nooitBegonnen = product.vanaf !== null && product.vanaf > einde;
    const row = { ...product, tot: nooitBegonnen ? product.tot : einde };
    versies.push({ row, vorige: product.versie, actie: nooitBegonnen ? 'INGETROKKEN' : 'BEEINDIGD' });
    uitkomst.beeindigd.push({ regel: null, code: product.code, naam: product.naam, velden: verschillen(product, row, productVelden) });
  }

  uitkomst.ongeldig.sort(byLine);
  if (!shouldApply(uitkomst, versies.length)) return uitkomst;
  const resultaat = await vastleggen(db, async (trx, op) => {
    const rijen: ProductRow[] = [];
    for (const { row, vorige, actie } of versies) {
      rijen.push({ ...row, ...(await versieVoor(trx, gebruiker, verantwoording, { soort: 'PRODUCT', sleutel: row.code, vorige, actie, regioCodes: [regioCode] }, op)) });
    }
    await insertVersies(trx, 'productVersie', rijen);
  });
  if (resultaat === 'verouderd') throw badUserInput(staleImportMessage, 'bestand');
  return { ...uitkomst, toegepast: true };
}
