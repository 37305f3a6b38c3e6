// The monitor (Noord- en Midden-Limburg, section 3.2): how many people the region's MO/BW registers
// and houses, how referrals end, how long people wait and where they are housed. Aggregates only:
// the graph suppresses any cell of fewer than 5 people, and shows the breakdowns to the region's
// Transferpunt alone. Each chart has the table of its numbers beside it and a CSV download.
import { $, el, gql, metMelding, sessie, toonStatus, vervang } from '../gedeeld/hub.js';
import { staafgrafiek } from '../gedeeld/grafiek.js';

const telling = 'aantal onderdrukt';
const query = `query Monitor($regio: ID!, $van: String, $tot: String) {
  monitor(regio: $regio, van: $van, tot: $tot) {
    van tot drempel uitsplitsingen beschikbareWoningen
    openVraag { ${telling} }
    perMaand { maand aangemeld { ${telling} } gehuisvest { ${telling} } verwijzingenNaarUitkomst { uitkomst uitkomstNaam telling { ${telling} } } }
    wachttijdNaarHerkomst { groep naam gehuisvest { ${telling} } mediaanDagen p90Dagen }
    wachttijdNaarGemeente { groep naam gehuisvest { ${telling} } mediaanDagen p90Dagen }
  }
}`;

const maandNamen = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const maandLabel = (maand) => `${maandNamen[Number(maand.slice(5, 7)) - 1]} ${maand.slice(0, 4)}`;
const huidigeMaand = () => new Date().toISOString().slice(0, 7);
function maandenTerug(maand, aantal) {
  const [jaar, nummer] = maand.split('-').map(Number);
  const datum = new Date(Date.UTC(jaar, nummer - 1 - aantal, 1));
  return datum.toISOString().slice(0, 7);
}

const uitkomsten = ['GEHUISVEST', 'AFGEWEZEN_DOOR_PERSOON', 'AFGEWEZEN_DOOR_AANBIEDER', 'INGETROKKEN'];

export async function toonMonitor() {
  if (!$('monitor-van').value) {
    $('monitor-tot').value = huidigeMaand();
    $('monitor-van').value = maandenTerug(huidigeMaand(), 11);
  }
  await laadMonitor();
}

async function laadMonitor() {
  const regio = sessie.ik.regio;
  if (!regio) {
    vervang($('monitor-inhoud'), el('p', { class: 'leeg' }, 'Uw token noemt geen regio; de monitor is per regio.'));
    return;
  }
  toonStatus('De monitor laden…');
  const data = await gql(query, { regio: regio.code, van: $('monitor-van').value, tot: $('monitor-tot').value });
  const monitor = data.monitor;
  const periode = `${maandLabel(monitor.van)} tot en met ${maandLabel(monitor.tot)}`;
  $('monitor-uitleg').textContent =
    `${regio.naam}, ${periode}. Alleen aantallen: een cel van minder dan ${monitor.drempel} mensen is onderdrukt (“<${monitor.drempel}”), zodat niemand herkenbaar is.` +
    (monitor.uitsplitsingen ? ' U ziet ook de uitsplitsingen, als medewerker van het Transferpunt van de regio.' : ' De uitsplitsingen naar uitkomst, herkomst en gemeente zijn alleen voor het Transferpunt van de regio.');
  const maanden = monitor.perMaand.map((maand) => maandLabel(maand.maand));
  const bestand = (naam) => `monitor-${regio.code}-${monitor.van}-${monitor.tot}-${naam}.csv`;
  const openVraag = monitor.openVraag.onderdrukt ? `minder dan ${monitor.drempel}` : String(monitor.openVraag.aantal);
  const delen = [
    el('dl', { class: 'statistiek', 'data-testid': 'monitor-nu' }, el('div', {}, el('dt', {}, 'Open vraag nu'), el('dd', {}, openVraag)), el('div', {}, el('dt', {}, 'Beschikbare woningen nu'), el('dd', {}, monitor.beschikbareWoningen))),
    staafgrafiek({
      titel: 'Aangemeld en gehuisvest per maand',
      testid: 'monitor-per-maand',
      categorieKop: 'Maand',
      categorieen: maanden,
      reeksen: [
        { naam: 'aangemeld', waarden: monitor.perMaand.map((maand) => maand.aangemeld) },
        { naam: 'gehuisvest', waarden: monitor.perMaand.map((maand) => maand.gehuisvest) },
      ],
      drempel: monitor.drempel,
      eenheid: 'mensen',
      bestandsnaam: bestand('per-maand'),
    }),
  ];
  if (monitor.uitsplitsingen) {
    const namen = new Map(monitor.perMaand.flatMap((maand) => (maand.verwijzingenNaarUitkomst || []).map((cel) => [cel.uitkomst, cel.uitkomstNaam])));
    delen.push(
      staafgrafiek({
        titel: 'Verwijzingen naar uitkomst per maand',
        testid: 'monitor-uitkomsten',
        categorieKop: 'Maand',
        categorieen: maanden,
        reeksen: uitkomsten.map((uitkomst) => ({
          naam: namen.get(uitkomst) || uitkomst.toLowerCase(),
          waarden: monitor.perMaand.map((maand) => ((maand.verwijzingenNaarUitkomst || []).find((cel) => cel.uitkomst === uitkomst) || { telling: { aantal: 0, onderdrukt: false } }).telling),
        })),
        drempel: monitor.drempel,
        eenheid: 'verwijzingen',
        bestandsnaam: bestand('uitkomsten'),
      }),
    );
    for (const [titel, rijen, naam] of [
      ['Wachttijd tot gehuisvest, naar herkomst', monitor.wachttijdNaarHerkomst || [], 'wachttijd-herkomst'],
      ['Wachttijd tot gehuisvest, naar gemeente waar mensen gehuisvest werden', monitor.wachttijdNaarGemeente || [], 'wachttijd-gemeente'],
    ]) {
      const dagen = (rij, veld) => (rij.gehuisvest.onderdrukt ? { aantal: null, onderdrukt: true } : { aantal: rij[veld], onderdrukt: false });
      delen.push(
        staafgrafiek({
          titel,
          testid: `monitor-${naam}`,
          categorieKop: naam.endsWith('herkomst') ? 'Herkomst' : 'Gemeente',
          categorieen: rijen.map((rij) => rij.naam),
          reeksen: [
            { naam: 'mediaan', waarden: rijen.map((rij) => dagen(rij, 'mediaanDagen')) },
            { naam: '90e percentiel', waarden: rijen.map((rij) => dagen(rij, 'p90Dagen')) },
          ],
          drempel: monitor.drempel,
          eenheid: 'dagen',
          bestandsnaam: bestand(naam),
        }),
      );
    }
  }
  vervang($('monitor-inhoud'), delen);
  toonStatus(`Monitor over ${periode} geladen.`);
}

export function bindMonitor() {
  $('monitor-periode').addEventListener('submit', (event) => {
    event.preventDefault();
    metMelding(laadMonitor);
  });
}
