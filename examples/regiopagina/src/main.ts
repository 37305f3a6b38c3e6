/// <reference lib="dom" />
import { RegiopaginaDocument, RegiosDocument, type PartnerRol, type RegiopaginaQuery } from './gql/graphql.js';
import { execute, HubError } from './hub.js';

type Regio = NonNullable<RegiopaginaQuery['regio']>;

// Partial on purpose: a role the hub adds later shows under its own code instead of breaking the build.
const rolNamen: Partial<Record<PartnerRol, string>> = {
  KETENPARTNER: 'Ketenpartners',
  INTENTIEPARTNER: 'Intentiepartners',
  SLEUTELPARTNER: 'Sleutelpartners',
  FLEXIBELE_SCHIL: 'Flexibele schil',
  KERNTEAM: 'Kernteam',
  CONVENANTPARTIJ: 'Convenantpartijen',
  CENTRUMGEMEENTE: 'Centrumgemeente',
  BUDGETHOUDER: 'Budgethouder',
  DEELNEMENDE_GEMEENTE: 'Deelnemende gemeenten',
  NETWERKPARTNER: 'Netwerkpartners',
  ZORGAANBIEDER: 'Zorgaanbieders',
  OPDRACHTGEVER: 'Opdrachtgevers',
  MONITOR: 'Monitor',
};

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, ...children: Node[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  element.append(...children);
  return element;
}

function sectie(titel: string, ...inhoud: Node[]): HTMLElement {
  return el('section', undefined, el('h2', titel), ...inhoud);
}

function lijst(items: string[], leeg: string): HTMLElement {
  return items.length === 0 ? el('p', leeg) : el('ul', undefined, ...items.map((item) => el('li', item)));
}

/** Partners grouped by the role they have in this region; a partner with two roles is in both groups. */
export function partnersPerRol(partners: Regio['partners']): Array<{ rol: string; namen: string[] }> {
  const groepen = new Map<PartnerRol, string[]>();
  for (const partner of partners ?? []) {
    for (const { rol } of partner.rollen) {
      const namen = groepen.get(rol) ?? [];
      if (!namen.includes(partner.naam)) namen.push(partner.naam);
      groepen.set(rol, namen);
    }
  }
  return [...groepen].map(([rol, namen]) => ({ rol: rolNamen[rol] ?? rol, namen: namen.sort((a, b) => a.localeCompare(b, 'nl')) })).sort((a, b) => a.rol.localeCompare(b.rol, 'nl'));
}

function regioPagina(regio: Regio): Node[] {
  const producten = regio.producten ?? [];
  const subsidies = regio.subsidies ?? [];
  const perCategorie = new Map<string, string[]>();
  for (const product of producten) perCategorie.set(product.categorie.naam, [...(perCategorie.get(product.categorie.naam) ?? []), product.situationeel ? `${product.naam} (situationeel)` : product.naam]);

  const subsidieTabel = el(
    'table',
    undefined,
    el('thead', undefined, el('tr', undefined, el('th', 'Omschrijving'), el('th', 'Ontvanger'), el('th', 'Soort'), el('th', 'Per jaar'))),
    el(
      'tbody',
      undefined,
      ...subsidies.map((subsidie) =>
        el(
          'tr',
          undefined,
          el('td', subsidie.omschrijving),
          el('td', subsidie.ontvanger?.naam ?? 'onbekend'),
          el('td', subsidie.soort === 'TENDER' ? 'tender' : 'begroting'),
          el('td', subsidie.bedragPerJaar ? euro.format(Number(subsidie.bedragPerJaar.euro)) : 'niet vermeld'),
        ),
      ),
    ),
  );

  return [
    el('h1', regio.naam),
    el('p', regio.centrumgemeente ? `Centrumgemeente: ${regio.centrumgemeente.naam}.` : 'Deze regio heeft geen centrumgemeente.'),
    sectie('Gemeenten', lijst(regio.gemeenten.map((gemeente) => `${gemeente.naam} (${gemeente.cbsCode}, ${gemeente.provincie})`), 'Geen gemeenten bekend.')),
    sectie(
      'Partners per rol',
      ...(regio.partners?.length
        ? partnersPerRol(regio.partners).map(({ rol, namen }) => el('div', undefined, el('h3', rol), lijst(namen, '')))
        : [el('p', 'Geen partners bekend.')]),
    ),
    sectie(
      'Producten',
      ...(producten.length ? [...perCategorie].map(([categorie, namen]) => el('div', undefined, el('h3', categorie), lijst(namen, ''))) : [el('p', 'Geen producten bekend.')]),
    ),
    sectie(
      'Subsidies',
      ...(subsidies.length ? [subsidieTabel] : [el('p', 'Geen subsidies bekend.')]),
      ...(regio.subsidietotalen && subsidies.length ? [el('p', `${regio.subsidietotalen.aantalSubsidies} subsidies, samen ${euro.format(Number(regio.subsidietotalen.jaarlijks.euro))} per jaar.`)] : []),
    ),
    el('p', `Bron: ${regio.bron.documentTitel}.`),
  ];
}

async function toonRegio(code: string, inhoud: HTMLElement): Promise<void> {
  inhoud.setAttribute('aria-busy', 'true');
  try {
    const { regio } = await execute(RegiopaginaDocument, { code });
    inhoud.replaceChildren(...(regio ? regioPagina(regio) : [el('p', `Er is geen regio met de code ${code}.`)]));
  } catch (error) {
    inhoud.replaceChildren(el('p', error instanceof HubError ? error.message : 'Er ging iets mis bij het laden van de regio.'));
  } finally {
    inhoud.removeAttribute('aria-busy');
  }
}

async function start(): Promise<void> {
  const keuze = document.querySelector<HTMLSelectElement>('#regio')!;
  const inhoud = document.querySelector<HTMLElement>('#inhoud')!;
  try {
    const { regios } = await execute(RegiosDocument, {});
    keuze.replaceChildren(...(regios ?? []).map((regio) => new Option(regio.naam, regio.code)));
  } catch (error) {
    inhoud.replaceChildren(el('p', error instanceof HubError ? error.message : 'Er ging iets mis bij het laden van de regio’s.'));
    return;
  }
  const gekozen = decodeURIComponent(location.hash.slice(1));
  if (gekozen && [...keuze.options].some((option) => option.value === gekozen)) keuze.value = gekozen;
  keuze.addEventListener('change', () => {
    history.replaceState(null, '', `#${encodeURIComponent(keuze.value)}`);
    void toonRegio(keuze.value, inhoud);
  });
  await toonRegio(keuze.value, inhoud);
}

void start();
