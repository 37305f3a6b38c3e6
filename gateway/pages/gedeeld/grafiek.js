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
      'aria-label': `${titel} downloaden als CSV`,
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
  const hoogte = 230;
  const links = 44;
  const onder = 44;
  const boven = 12;
  const plot = { breedte: breedte - links - 8, hoogte: hoogte - onder - boven };
  const hoogste = Math.max(1, ...reeksen.flatMap((reeks) => reeks.waarden.map((cel) => waardeVan(cel) ?? 0)));
  const stap = Math.pow(10, Math.floor(Math.log10(hoogste)));
  const schaalMax = Math.ceil(hoogste / stap) * stap;
  const y = (waarde) => boven + plot.hoogte - (waarde / schaalMax) * plot.hoogte;
  const groep = plot.breedte / Math.max(1, categorieen.length);
  const balk = Math.max(2, Math.min(24, (groep - 6) / reeksen.length));

  const tekening = svg('svg', { viewBox: `0 0 ${breedte} ${hoogte}`, class: 'grafiek', role: 'img', 'aria-label': `${titel}; de getallen staan in de tabel ernaast` });
  for (let streep = 0; streep <= 4; streep++) {
    const waarde = (schaalMax / 4) * streep;
    tekening.append(svg('line', { x1: links, x2: breedte - 8, y1: y(waarde), y2: y(waarde), class: 'raster' }));
    tekening.append(svg('text', { x: links - 6, y: y(waarde) + 4, class: 'as', 'text-anchor': 'end' }, Number.isInteger(waarde) ? waarde : waarde.toFixed(1)));
  }
  categorieen.forEach((categorie, index) => {
    const x0 = links + index * groep + (groep - balk * reeksen.length) / 2;
    reeksen.forEach((reeks, r) => {
      const cel = reeks.waarden[index];
      const x = x0 + r * balk;
      if (onderdrukt(cel)) tekening.append(svg('text', { x: x + balk / 2, y: y(0) - 3, class: 'onderdrukt', 'text-anchor': 'middle' }, `<${drempel}`));
      else if ((waardeVan(cel) ?? 0) > 0) tekening.append(svg('rect', { x, y: y(waardeVan(cel)), width: balk - 1, height: y(0) - y(waardeVan(cel)), class: `reeks-${r}` }));
    });
    const label = svg('text', { x: links + index * groep + groep / 2, y: hoogte - onder + 14, class: 'as', 'text-anchor': 'middle' }, categorie);
    if (categorieen.length > 8) label.setAttribute('transform', `rotate(-40 ${links + index * groep + groep / 2} ${hoogte - onder + 14})`);
    tekening.append(label);
  });
  const legenda = el('ul', { class: 'legenda' }, reeksen.map((reeks, r) => el('li', {}, el('span', { class: `blokje reeks-${r}`, 'aria-hidden': 'true' }), reeks.naam)));

  const kolommen = [categorieKop, ...reeksen.map((reeks) => `${reeks.naam}${eenheid ? ` (${eenheid})` : ''}`)];
  const tabel = el(
    'table',
    { class: 'lijst getallen', 'data-testid': testid },
    el('caption', {}, `${titel}: de getallen`),
    el('thead', {}, el('tr', {}, kolommen.map((kolom) => el('th', { scope: 'col' }, kolom)))),
    el('tbody', {}, categorieen.map((categorie, index) => el('tr', {}, el('th', { scope: 'row' }, categorie), reeksen.map((reeks) => el('td', { class: onderdrukt(reeks.waarden[index]) ? 'is-onderdrukt' : null }, tekstVan(reeks.waarden[index], drempel)))))),
  );
  const csvRegels = categorieen.map((categorie, index) => [categorie, ...reeksen.map((reeks) => (onderdrukt(reeks.waarden[index]) ? `<${drempel}` : waardeVan(reeks.waarden[index]) ?? ''))]);
  return el(
    'figure',
    { class: 'figuur', 'data-testid': `${testid}-figuur` },
    el('figcaption', {}, titel, ' ', downloadKnop(bestandsnaam, kolommen, csvRegels, titel)),
    el('div', { class: 'figuur-inhoud' }, el('div', { class: 'tekening' }, tekening, legenda), el('div', { class: 'figuur-tabel' }, tabel)),
  );
}
