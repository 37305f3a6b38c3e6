import type { WoningRow, WoonvraagRow } from './db/database.js';
import type { Kandidaat, Ondersteuningsniveau, Woning } from './matching/constraints-and-scores.js';

export function toKandidaat(vraag: WoonvraagRow): Kandidaat {
  return {
    id: vraag.id,
    huishoudgrootte: vraag.huishoudgrootte,
    maxHuurCenten: vraag.maxHuurCenten,
    gewensteGemeenten: JSON.parse(vraag.gewensteGemeenten) as string[],
    uitgeslotenGemeenten: JSON.parse(vraag.uitgeslotenGemeenten) as string[],
    toegankelijkNodig: vraag.toegankelijkNodig === 1,
    prikkelarmNodig: vraag.prikkelarmNodig === 1,
    ondersteuningNodig: vraag.ondersteuningNodig as Ondersteuningsniveau,
    urgentie: vraag.urgentie as 1 | 2 | 3,
    aangemeldOp: vraag.aangemeldOp,
  };
}

export function toWoning(woning: WoningRow): Woning {
  return {
    id: woning.id,
    gemeente: woning.gemeenteCbs,
    wijk: woning.wijk,
    complex: woning.contingent,
    huurCenten: woning.huurCenten,
    maxBewoners: woning.maxBewoners,
    toegankelijk: woning.toegankelijk === 1,
    prikkelarm: woning.prikkelarm === 1,
    ondersteuning: woning.ondersteuning as Ondersteuningsniveau,
    beschikbaarVanaf: woning.beschikbaarVanaf,
  };
}

export function vandaag(): string {
  return new Date().toISOString().slice(0, 10);
}
