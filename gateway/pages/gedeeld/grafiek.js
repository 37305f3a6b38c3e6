// Charts without a library or a CDN: SVG drawn with DOM calls (the strict CSP allows no inline
// style, so colours come from classes in pagina.css), always with the table of its numbers beside
// it for screen readers, and a CSV download of that table.
import { el } from './hub.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

/** A cell as the monitor gives it: a number, or suppressed (fewer people than the threshold). */
const waardeVan = (cel) => (cel === null || cel === undefined ? null : typeof cel === 'number' ? cel : cel.aantal);
const onderdrukt = (cel) => Boolean(cel && typeof cel === 'object' && cel.onderdrukt);
const tekstVan = (cel, drempel) => (onderdrukt(cel) ? `minder dan ${drempel} (onderdrukt)` : waardeVan(cel) === null ? '–' : String(waardeVan(cel)));

/** `;`-separated (as Dutch spreadsheets open it), UTF-8 with BOM, a suppressed cell left empty with a note column. */
function csvVan(kolommen, regels) {
  const cel = (waarde) => (/[;"\n]/.test(waarde) ? `"${waarde.replace(/"/g, '""')}"` : waarde);
  return `\uFEFF${[kolommen, ...regels].map((regel) => regel.map((waarde) => cel(String(waarde ?? ''))).join(';')).join('\r\n')}\r\n`;
}

function downloadKnop(bestandsnaam, kolommen, regels, titel) {
  return el(
    'button',
    {
      type: 'button',
      class: 'download',
      onclick: () => {
        const url = URL.createObjectURL(new Blob([csvVan(kolommen, regels)], { type: 'text/csv;charset=utf-8' }));
        const link = el('a', { href: url, download: bestandsnaam, hidden: true });
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      },
      'aria-label': `Download CSV: ${titel}`,
    },
    'Download CSV',
  );
}

/**
 * A grouped bar chart of `reeksen` (each { naam, waarden: one cell per category }) over
 * `categorieen` (labels), with its table and CSV. A suppressed cell draws no bar but a mark "<n".
 */
export function staafgrafiek({ titel, testid, categorieen, reeksen, drempel, eenheid, bestandsnaam, categorieKop }) {
  const breedte = 560;
  const basis = 200;
  const links = 44;
  // Labels wider than their place on the axis are turned, so neighbours do not overlap; the axis then needs more room below.
  const langste = Math.max(0, ...categorieen.map((categorie) => categorie.length));
  const draai = langste * 5.5 > (breedte - links - 8) / Math.max(1, categorieen.length);
  const onder = draai ? Math.min(120, 20 + Math.ceil(langste * 5.5 * 0.65)) : 30;
  const boven = 12;
  const hoogte = basis + onder;
  const plot = { breedte: breedte - links - 8, hoogte: hoogte - onder - boven };
  const hoogste = Math.max(1, ...reeksen.flatMap((reeks) => reeks.waarden.map((cel) => waardeVan(cel) ?? 0)));
  // Four gridlines on whole, round numbers: people and days are counted, not measured.
  const ruw = hoogste / 4;
  const macht = Math.pow(10, Math.floor(Math.log10(ruw)));
  const tick = Math.max(1, [1, 2, 2.5, 5, 10].map((factor) => factor * macht).find((kandidaat) => kandidaat >= ruw && Number.isInteger(kandidaat)) ?? Math.ceil(ruw));
  const schaalMax = tick * 4;
  const y = (waarde) => boven + plot.hoogte - (waarde / schaalMax) * plot.hoogte;
  const groep = plot.breedte / Math.max(1, categorieen.length);
  const balk = Math.max(2, Math.min(24, (groep - 6) / reeksen.length));

  const tekening = svg('svg', { viewBox: `0 0 ${breedte} ${hoogte}`, class: 'grafiek', role: 'img', 'aria-label': `${titel}; de getallen staan in de tabel ernaast` });
  for (let streep = 0; streep <= 4; streep++) {
    const waarde = (schaalMax / 4) * streep;
    tekening.append(svg('line', { x1: links, x2: breedte - 8, y1: y(waarde), y2: y(waarde), class: 'raster' }));
    tekening.append(svg('text', { x: links - 6, y: y(waarde) + 4, class: 'as', 'text-anchor': 'end' }, waarde));
  }
  categorieen.forEach((categorie, index) => {
    const x0 = links + index * groep + (groep - balk * reeksen.length) / 2;
    reeksen.forEach((reeks, r) => {
      const cel = reeks.waarden[index];
      const x = x0 + r * balk;
      if (onderdrukt(cel)) tekening.append(svg('text', { x: x + balk / 2, y: y(0) - 3, class: 'onderdrukt', 'text-anchor': 'middle' }, `<${drempel}`));
      else if ((waardeVan(cel) ?? 0) > 0) tekening.append(svg('rect', { x, y: y(waardeVan(cel)), width: balk - 1, height: y(0) - y(waardeVan(cel)), class: `reeks-${r}` }));
    });
    const label = svg('text', { x: links + index * groep + groep / 2, y: hoogte - onder + 14, class: 'as', 'text-anchor': draai ? 'end' : 'middle' }, categorie);
    if (draai) label.setAttribute('transform', `rotate(-40 ${links + index * groep + groep / 2} ${hoogte - onder + 14})`);
    tekening.append(label);
  });
  const legenda = el('ul', { class: 'legenda' }, reeksen.map((reeks, r) => el('li', {}, el('span', { class: `blokje reeks-${r}`, 'aria-hidden': 'true' }), reeks.naam)));

  const kolommen = [categorieKop, ...reeksen.map((reeks) => reeks.naam)];
  const tabel = el(
    'table',
    { class: 'lijst getallen', 'data-testid': testid },
    el('caption', {}, `${titel}: de getallen${eenheid ? ` (${eenheid})` : ''}`),
    el('thead', {}, el('tr', {}, kolommen.map((kolom) => el('th', { scope: 'col' }, kolom)))),
    el('tbody', {}, categorieen.map((categorie, index) => el('tr', {}, el('th', { scope: 'row' }, categorie), reeksen.map((reeks) => el('td', { class: onderdrukt(reeks.waarden[index]) ? 'is-onderdrukt' : null }, tekstVan(reeks.waarden[index], drempel)))))),
  );
  const csvRegels = categorieen.map((categorie, index) => [categorie, ...reeksen.map((reeks) => (onderdrukt(reeks.waarden[index]) ? `<${drempel}` : waardeVan(reeks.waarden[index]) ?? ''))]);
  return el(
    'figure',
    { class: 'figuur', 'data-testid': `${testid}-figuur` },
    el('figcaption', {}, titel, ' ', downloadKnop(bestandsnaam, [categorieKop, ...reeksen.map((reeks) => `${reeks.naam}${eenheid ? ` (${eenheid})` : ''}`)], csvRegels, titel)),
    // With many series the table needs the full width, so the drawing goes above it.
    el('div', { class: reeksen.length > 3 ? 'figuur-inhoud gestapeld' : 'figuur-inhoud' }, el('div', { class: 'tekening' }, tekening, legenda), el('div', { class: 'figuur-tabel', tabindex: 0, role: 'region', 'aria-label': `${titel}: de getallen` }, tabel)),
  );
}
