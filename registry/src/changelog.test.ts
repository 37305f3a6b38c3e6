import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { changelogBetween, samenvattingVan, type Wijziging } from './changelog.js';

const changes = (before: string, after: string) => changelogBetween(buildSchema(before), buildSchema(after));
const entry = (soort: Wijziging['soort'], coordinaat: string, beschrijving: string): Wijziging => ({ soort, coordinaat, beschrijving });

describe('the changelog between two public schemas', () => {
  it('has no entries when nothing changed', () => {
    const sdl = 'type Query { regios: [Regio!]! } type Regio { code: ID! naam: String }';
    expect(changes(sdl, sdl)).toEqual([]);
  });

  it('calls removed types, fields, arguments, enum values and directives breaking', () => {
    const before = `
      directive @cached(seconds: Int) on FIELD_DEFINITION
      type Query { regios(limit: Int): [Regio!]! oud: Oud }
      type Regio { code: ID! naam: String monitor: String rol: Rol }
      type Oud { id: ID }
      enum Rol { KETENPARTNER INTENTIEPARTNER }
    `;
    const after = `
      type Query { regios: [Regio!]! }
      type Regio { code: ID! naam: String rol: Rol }
      enum Rol { KETENPARTNER }
    `;
    expect(changes(before, after)).toEqual([
      entry('brekend', '@cached', 'Directive @cached is verwijderd'),
      entry('brekend', 'Oud', 'Type Oud is verwijderd'),
      entry('brekend', 'Query.oud', 'Veld Query.oud is verwijderd'),
      entry('brekend', 'Query.regios(limit:)', 'Argument Query.regios(limit:) is verwijderd'),
      entry('brekend', 'Regio.monitor', 'Veld Regio.monitor is verwijderd'),
      entry('brekend', 'Rol.INTENTIEPARTNER', 'Waarde Rol.INTENTIEPARTNER is verwijderd'),
    ]);
  });

  it('calls changed types and required additions breaking, and says from what to what', () => {
    const before = `
      type Query { regio(code: ID): Regio zoek(filter: Filter): [Regio!] }
      type Regio { code: ID! aantal: Int }
      input Filter { naam: String }
      union Resultaat = Regio | Gemeente
      type Gemeente implements Node { id: ID! }
      interface Node { id: ID! }
      scalar Datum
    `;
    const after = `
      type Query { regio(code: ID!, peildatum: String!): Regio zoek(filter: Filter): [Regio!] }
      type Regio { code: ID! aantal: String }
      input Filter { naam: String regio: ID! }
      union Resultaat = Regio
      type Gemeente { id: ID! }
      interface Node { id: ID! }
      enum Datum { VANDAAG }
    `;
    expect(changes(before, after)).toEqual([
      entry('brekend', 'Datum', 'Type Datum is van scalar veranderd in enum'),
      entry('brekend', 'Filter.regio', 'Invoerveld Filter.regio is toegevoegd (verplicht)'),
      entry('brekend', 'Gemeente', 'Type Gemeente implementeert interface Node niet meer'),
      entry('brekend', 'Query.regio(code:)', 'Type van argument Query.regio(code:) is gewijzigd van ID naar ID!'),
      entry('brekend', 'Query.regio(peildatum:)', 'Argument Query.regio(peildatum:) is toegevoegd (verplicht)'),
      entry('brekend', 'Regio.aantal', 'Type van veld Regio.aantal is gewijzigd van Int naar String'),
      entry('brekend', 'Resultaat', 'Type Gemeente hoort niet meer bij union Resultaat'),
    ]);
  });

  it('names a removed or retyped input field as an input field', () => {
    const before = 'type Query { zoek(filter: Filter): Int } input Filter { naam: String regio: ID plaats: String }';
    const after = 'type Query { zoek(filter: Filter): Int } input Filter { naam: Int regio: ID }';
    expect(changes(before, after)).toEqual([
      entry('brekend', 'Filter.naam', 'Type van invoerveld Filter.naam is gewijzigd van String naar Int'),
      entry('brekend', 'Filter.plaats', 'Invoerveld Filter.plaats is verwijderd'),
    ]);
  });

  it('calls a narrowed directive breaking: an argument removed or made required, a location or repetition taken away', () => {
    const before = `
      type Query { a: Int }
      directive @kosten(gewicht: Int, bron: String) repeatable on FIELD_DEFINITION | OBJECT
    `;
    const after = `
      type Query { a: Int }
      directive @kosten(gewicht: Int, eenheid: String!) on FIELD_DEFINITION
    `;
    expect(changes(before, after)).toEqual([
      entry('brekend', '@kosten', 'Directive @kosten mag niet meer herhaald worden'),
      entry('brekend', '@kosten', 'Directive @kosten mag niet meer op OBJECT staan'),
      entry('brekend', '@kosten(bron:)', 'Argument @kosten(bron:) is verwijderd'),
      entry('brekend', '@kosten(eenheid:)', 'Argument @kosten(eenheid:) is toegevoegd (verplicht)'),
    ]);
  });

  it('calls an added enum value, union member or interface, and a changed default, dangerous', () => {
    const before = `
      type Query { regios(limit: Int = 10, vanaf: Int = 0, peil: Int): [Regio!]! zoek(filter: Filter): Resultaat }
      type Regio implements Node { id: ID! rol: Rol }
      type Gemeente implements Node { id: ID! }
      interface Node { id: ID! }
      interface Benoemd { naam: String }
      union Resultaat = Regio
      enum Rol { KETENPARTNER }
      input Filter { aantal: Int = 5 soort: String tot: Int = 3 }
    `;
    const after = `
      type Query { regios(limit: Int = 20, vanaf: Int, peil: Int = 2024): [Regio!]! zoek(filter: Filter): Resultaat }
      type Regio implements Node & Benoemd { id: ID! rol: Rol naam: String }
      type Gemeente implements Node { id: ID! }
      interface Node { id: ID! }
      interface Benoemd { naam: String }
      union Resultaat = Regio | Gemeente
      enum Rol { KETENPARTNER SLEUTELPARTNER }
      input Filter { aantal: Int = 6 soort: String = "zorg" tot: Int }
    `;
    expect(changes(before, after)).toEqual([
      entry('riskant', 'Filter.aantal', 'Invoerveld Filter.aantal heeft een andere standaardwaarde: 6 in plaats van 5'),
      entry('riskant', 'Filter.soort', 'Invoerveld Filter.soort heeft nu standaardwaarde "zorg"'),
      entry('riskant', 'Filter.tot', 'Invoerveld Filter.tot heeft geen standaardwaarde meer'),
      entry('riskant', 'Query.regios(limit:)', 'Standaardwaarde van argument Query.regios(limit:) is gewijzigd van 10 naar 20'),
      entry('riskant', 'Query.regios(peil:)', 'Argument Query.regios(peil:) heeft nu standaardwaarde 2024'),
      entry('riskant', 'Query.regios(vanaf:)', 'Standaardwaarde van argument Query.regios(vanaf:) is weggehaald'),
      entry('riskant', 'Regio', 'Type Regio implementeert nu ook interface Benoemd'),
      entry('riskant', 'Resultaat', 'Type Gemeente hoort nu ook bij union Resultaat'),
      entry('riskant', 'Rol.SLEUTELPARTNER', 'Waarde Rol.SLEUTELPARTNER is toegevoegd'),
      entry('veilig', 'Regio.naam', 'Veld Regio.naam is toegevoegd'),
    ]);
  });

  it('calls added types, fields, optional arguments, optional input fields and directives safe', () => {
    const before = `
      type Query { regios: [Regio!]! zoek(filter: Filter): Int }
      type Regio { code: ID! }
      input Filter { naam: String }
      directive @cached on FIELD_DEFINITION
    `;
    const after = `
      type Query { regios(limit: Int): [Regio!]! zoek(filter: Filter): Int }
      type Regio { code: ID! monitor: Regiomonitor }
      type Regiomonitor { naam: String! }
      input Filter { naam: String regio: ID }
      directive @cached(seconds: Int) on FIELD_DEFINITION
      directive @kosten(gewicht: Int!) on FIELD_DEFINITION
    `;
    expect(changes(before, after)).toEqual([
      entry('veilig', '@cached(seconds:)', 'Argument @cached(seconds:) is toegevoegd (optioneel)'),
      entry('veilig', '@kosten', 'Directive @kosten is toegevoegd'),
      entry('veilig', 'Filter.regio', 'Invoerveld Filter.regio is toegevoegd (optioneel)'),
      entry('veilig', 'Query.regios(limit:)', 'Argument Query.regios(limit:) is toegevoegd (optioneel)'),
      entry('veilig', 'Regio.monitor', 'Veld Regio.monitor is toegevoegd'),
      entry('veilig', 'Regiomonitor', 'Type Regiomonitor is toegevoegd'),
    ]);
  });

  it('tells deprecations added, lifted and re-worded, on fields, arguments, input fields and enum values', () => {
    const before = `
      type Query { organisatie(id: ID, kvkNummer: String): Organisatie zoek(filter: Filter): Int }
      type Organisatie { id: ID! kvk: String naam: String @deprecated(reason: "Gebruik weergavenaam") weergavenaam: String @deprecated }
      input Filter { plaats: String }
      enum Rol { KETENPARTNER INTENTIEPARTNER }
      type Partner { rol: Rol }
    `;
    const after = `
      type Query { organisatie(id: ID, kvkNummer: String @deprecated(reason: "Gebruik id")): Organisatie zoek(filter: Filter): Int }
      type Organisatie { id: ID! kvk: String @deprecated(reason: "Het KvK-nummer staat in Organisatie.registraties") naam: String weergavenaam: String @deprecated(reason: "Gebruik naam") }
      input Filter { plaats: String @deprecated(reason: "Gebruik gemeente") }
      enum Rol { KETENPARTNER INTENTIEPARTNER @deprecated(reason: "Heet nu KETENPARTNER") }
      type Partner { rol: Rol }
    `;
    expect(changes(before, after)).toEqual([
      entry('veilig', 'Filter.plaats', 'Invoerveld Filter.plaats is verouderd: Gebruik gemeente'),
      entry('veilig', 'Organisatie.kvk', 'Veld Organisatie.kvk is verouderd: Het KvK-nummer staat in Organisatie.registraties'),
      entry('veilig', 'Organisatie.naam', 'Veld Organisatie.naam is niet meer verouderd'),
      entry('veilig', 'Organisatie.weergavenaam', 'Veld Organisatie.weergavenaam is verouderd, met een nieuwe reden: Gebruik naam'),
      entry('veilig', 'Query.organisatie(kvkNummer:)', 'Argument Query.organisatie(kvkNummer:) is verouderd: Gebruik id'),
      entry('veilig', 'Rol.INTENTIEPARTNER', 'Waarde Rol.INTENTIEPARTNER is verouderd: Heet nu KETENPARTNER'),
    ]);
  });

  it('tells descriptions added, changed and removed, and type changes that break no client as safe', () => {
    const before = `
      type Query { regio(code: ID!): Regio }
      "Een regio"
      type Regio { "De code" code: ID! naam: String "Aantal" aantal: Int }
      enum Rol { "Een ketenpartner" KETENPARTNER }
      type Partner { rol: Rol }
    `;
    const after = `
      type Query { regio("De code van de regio" code: ID): Regio }
      "Een regio van de centrumgemeente"
      type Regio { "De code" code: ID! "De naam" naam: String! aantal: Int }
      enum Rol { KETENPARTNER }
      type Partner { rol: Rol }
    `;
    expect(changes(before, after)).toEqual([
      entry('veilig', 'Query.regio(code:)', 'Beschrijving van argument Query.regio(code:) is toegevoegd'),
      entry('veilig', 'Query.regio(code:)', 'Type van argument Query.regio(code:) is gewijzigd van ID! naar ID'),
      entry('veilig', 'Regio', 'Beschrijving van type Regio is gewijzigd'),
      entry('veilig', 'Regio.aantal', 'Beschrijving van veld Regio.aantal is verwijderd'),
      entry('veilig', 'Regio.naam', 'Beschrijving van veld Regio.naam is toegevoegd'),
      entry('veilig', 'Regio.naam', 'Type van veld Regio.naam is gewijzigd van String naar String!'),
      entry('veilig', 'Rol.KETENPARTNER', 'Beschrijving van waarde Rol.KETENPARTNER is verwijderd'),
    ]);
  });

  it('puts breaking first, then dangerous, then safe, each by coordinate, and counts them', () => {
    const before = 'type Query { b: Int a: Int } enum Rol { X }  type T { rol: Rol }';
    const after = 'type Query { c: Int b: String } enum Rol { X Y } type T { rol: Rol }';
    const wijzigingen = changes(before, after);
    expect(wijzigingen.map((wijziging) => [wijziging.soort, wijziging.coordinaat])).toEqual([
      ['brekend', 'Query.a'],
      ['brekend', 'Query.b'],
      ['riskant', 'Rol.Y'],
      ['veilig', 'Query.c'],
    ]);
    expect(samenvattingVan(wijzigingen)).toEqual({ brekend: 2, riskant: 1, veilig: 1 });
  });
});
