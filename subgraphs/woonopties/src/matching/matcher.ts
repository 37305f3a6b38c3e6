/**
 * The Transferpunt / Matchingspunt matcher: which kandidaat (someone leaving maatschappelijke opvang
 * or beschermd wonen) can go to which woning, how strongly each pair is preferred, and one set of
 * proposals for a whole round. The subgraph imports the parts directly; this entry point stays for
 * code outside it (bench/matching.ts) that uses the matcher as a whole.
 */
export {
  beoordeel,
  rangschikKandidaten,
  rangschikWoningen,
  type Beoordeling,
  type Kandidaat,
  type MatchOptions,
  type Ondersteuningsniveau,
  type Reden,
  type Woning,
} from './constraints-and-scores.js';
export { spreidingsgrenzen, stelVoorstellenOp, type Voorstel, type Voorstelset } from './proposal-set.js';
