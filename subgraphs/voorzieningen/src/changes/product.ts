import { parseDate, parseVerantwoording } from '../../../../lib/history.js';
import { badUserInput } from '../../../../lib/errors.js';
import { vereisBeheerder, type Aanvrager } from '../../../../lib/requester.js';
import { searchKey } from '../../../../lib/text.js';
import { assertProductCode, assertText, optionalText } from '../../../../lib/validation.js';
import type { ProductRow, VoorzieningenDb } from '../db/database.js';
import { findProductcategorieenByCodes } from '../db/product-queries.js';
import { findLatestVersie, insertVersies } from '../db/versie-queries.js';
import { bestaatNiet, gelukt, geweigerd, verouderd, weigering, type ProductResult } from './uitkomst.js';
import { assertKnownRegio, gewijzigd } from '../../../../lib/validation.js';
import { periodeKlopt, vastleggen, versieVoor } from '../../../../lib/directory-changes.js';
import { teWijzigen, type Verantwoordingsinvoer } from './vastleggen.js';
import { geenTwijfels, twijfelsNaWijziging } from '../../../../lib/twijfels.js';
import { productTwijfelKolommen } from '../twijfels.js';

export interface ProductInvoer {
  code: string;
  naam: string;
  situationeel?: boolean | null;
  codeInBron?: string | null;
  toelichting?: string | null;
  vanaf?: string | null;
  tot?: string | null;
}

export type ProductWijzigingInvoer = { [K in Exclude<keyof ProductInvoer, 'code'>]?: ProductInvoer[K] | null };

const geweigerdProduct = geweigerd<'product', ProductRow>;

/** The category is the code's first two digits (SEED-FORMAT.md); it must be one the reference list has. */
async function assertKnownCategorie(db: VoorzieningenDb, code: string): Promise<string> {
  const categorie = code.slice(0, 2);
  if ((await findProductcategorieenByCodes(db, [categorie])).length === 0) {
    throw badUserInput(`product.code: category ${categorie} is not in the iWmo list of product categories (WMO020)`, 'product.code');
  }
  return categorie;
}

export async function voegProductToe(db: VoorzieningenDb, aanvrager: Aanvrager, args: { regio: string; product: ProductInvoer; verantwoording: Verantwoordingsinvoer }): Promise<ProductResult> {
  const regioCode = assertKnownRegio(args.regio, 'regio');
  const code = assertProductCode(args.product.code, 'product.code');
  const naam = assertText(args.product.naam, 'product.naam', 200);
  const gegevens = {
    naam,
    zoeksleutel: searchKey(naam),
    situationeel: args.product.situationeel ? 1 : 0,
    codeInBron: optionalText(args.product.codeInBron, 'product.codeInBron', 50),
    toelichting: optionalText(args.product.toelichting, 'product.toelichting', 2_000),
    vanaf: parseDate(args.product.vanaf, 'product.vanaf'),
    tot: parseDate(args.product.tot, 'product.tot'),
  };
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const gebruiker = vereisBeheerder(aanvrager, [regioCode]);
  const categorieCode = await assertKnownCategorie(db, code);
  if (!periodeKlopt(gegevens.vanaf, gegevens.tot)) return geweigerdProduct('product', weigering('ONGELDIGE_PERIODE', 'Het product is niet meer in gebruik voordat het in gebruik is. Controleer de begin- en einddatum.'));
  const laatste = await findLatestVersie(db, 'productVersie', code);
  const bestaand = laatste?.vervallen === 0 ? laatste : null;
  if (bestaand) {
    const bericht =
      bestaand.regioCode === regioCode
        ? `Product ${code} staat al in de directory van deze regio${bestaand.tot ? ` (in gebruik tot ${bestaand.tot})` : ''}. Wijzig dat product in plaats van het opnieuw toe te voegen.`
        : `Productcode ${code} hoort al bij regio ${bestaand.regioCode}. Een productcode hoort bij één regio; controleer de code die jullie regio gebruikt.`;
    return geweigerdProduct('product', weigering('BESTAAT_AL', bericht));
  }
  // A code withdrawn as a seed error keeps its history; the new product continues its versions.
  const vorige = laatste?.versie ?? 0;
  const resultaat = await vastleggen(db, async (trx, op) => {
    const versie = await versieVoor(trx, gebruiker, verantwoording, { soort: 'PRODUCT', sleutel: code, vorige, actie: 'AANGEMAAKT', regioCodes: [regioCode] }, op);
    const row: ProductRow = { code, categorieCode, regioCode, ...gegevens, ...versie, twijfels: geenTwijfels };
    await insertVersies(trx, 'productVersie', [row]);
    return row;
  });
  if (resultaat === 'verouderd') return geweigerdProduct('product', weigering('VERSIE_VEROUDERD', `Tegelijk werd product ${code} toegevoegd. Laad de lijst opnieuw.`));
  return gelukt('product', resultaat);
}

/** A new version of a product with other details or another period; ending it is the same with a last day. */
export async function wijzigProduct(
  db: VoorzieningenDb,
  aanvrager: Aanvrager,
  args: { code: string; versie: number; product: ProductWijzigingInvoer; verantwoording: Verantwoordingsinvoer },
  actie: 'GEWIJZIGD' | 'BEEINDIGD' = 'GEWIJZIGD',
): Promise<ProductResult> {
  const code = assertProductCode(args.code, 'code');
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const { gebruiker, huidig } = await teWijzigen(db, aanvrager, 'productVersie', code);
  if (!huidig) return geweigerdProduct('product', bestaatNiet(`Product ${code}`));
  const invoer = args.product;
  const naam = invoer.naam === null || invoer.naam === undefined ? huidig.naam : assertText(invoer.naam, 'product.naam', 200);
  const wijziging = {
    naam,
    zoeksleutel: searchKey(naam),
    situationeel: invoer.situationeel === null || invoer.situationeel === undefined ? huidig.situationeel : invoer.situationeel ? 1 : 0,
    codeInBron: gewijzigd(invoer.codeInBron, huidig.codeInBron, (value) => optionalText(value, 'product.codeInBron', 50)),
    toelichting: gewijzigd(invoer.toelichting, huidig.toelichting, (value) => optionalText(value, 'product.toelichting', 2_000)),
    vanaf: gewijzigd(invoer.vanaf, huidig.vanaf, (value) => parseDate(value, 'product.vanaf')),
    tot: gewijzigd(invoer.tot, huidig.tot, (value) => parseDate(value, 'product.tot')),
  };
  if (huidig.versie !== args.versie) return geweigerdProduct('product', verouderd);
  if (actie === 'BEEINDIGD' && huidig.tot !== null) {
    return geweigerdProduct('product', weigering('AL_BEEINDIGD', `Dit product is al niet meer in gebruik na ${huidig.tot}. Wil je die datum veranderen, wijzig dan het product.`));
  }
  if (!periodeKlopt(wijziging.vanaf, wijziging.tot)) {
    return geweigerdProduct('product', weigering('ONGELDIGE_PERIODE', `Het product is in gebruik vanaf ${wijziging.vanaf} en kan niet eerder ophouden. Kies een latere einddatum.`));
  }
  const resultaat = await vastleggen(db, async (trx, op) => {
    const versie = await versieVoor(trx, gebruiker, verantwoording, { soort: 'PRODUCT', sleutel: code, vorige: huidig.versie, actie, regioCodes: [huidig.regioCode] }, op);
    const row: ProductRow = { ...huidig, ...wijziging, ...versie, twijfels: twijfelsNaWijziging(huidig, { ...huidig, ...wijziging }, productTwijfelKolommen) };
    await insertVersies(trx, 'productVersie', [row]);
    return row;
  });
  if (resultaat === 'verouderd') return geweigerdProduct('product', verouderd);
  return gelukt('product', resultaat);
}

export function beeindigProduct(db: VoorzieningenDb, aanvrager: Aanvrager, args: { code: string; versie: number; tot: string; verantwoording: Verantwoordingsinvoer }): Promise<ProductResult> {
  if (parseDate(args.tot, 'tot') === null) throw badUserInput('tot is required: the last day the region uses the product', 'tot');
  return wijzigProduct(db, aanvrager, { code: args.code, versie: args.versie, product: { tot: args.tot }, verantwoording: args.verantwoording }, 'BEEINDIGD');
}
