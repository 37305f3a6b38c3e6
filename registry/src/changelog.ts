import {
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isRequiredArgument,
  isSpecifiedScalarType,
  print,
  astFromValue,
  type BreakingChange,
  type DangerousChange,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { publicSchemaOf } from '../../lib/public-schema.js';

export type Soort = 'brekend' | 'riskant' | 'veilig';

/** One change between two versions of the graph clients see, in plain words. */
export interface Wijziging {
  soort: Soort;
  /** The schema coordinate it is about: `Type`, `Type.field`, `Type.field(arg:)`, `Enum.WAARDE`, `@directive`. */
  coordinaat: string;
  beschrijving: string;
}

export type Samenvatting = Record<Soort, number>;

/** The public API schema of a supergraph, as a schema to diff. */
export function publicSchemaFromSupergraph(supergraphSdl: string): GraphQLSchema {
  return buildSchema(publicSchemaOf(supergraphSdl));
}

const soortVolgorde: Record<Soort, number> = { brekend: 0, riskant: 1, veilig: 2 };

const soortNaam: Record<string, string> = {
  'a Scalar type': 'scalar',
  'an Object type': 'objecttype',
  'an Interface type': 'interface',
  'a Union type': 'union',
  'an Enum type': 'enum',
  'an Input type': 'inputtype',
};

function fieldWord(schema: GraphQLSchema, typeName: string): 'Veld' | 'Invoerveld' {
  return isInputObjectType(schema.getType(typeName)) ? 'Invoerveld' : 'Veld';
}

const is = (soort: Soort, coordinaat: string, beschrijving: string): Wijziging => ({ soort, coordinaat, beschrijving });

/**
 * graphql-js's breaking and dangerous changes in plain words, read from its own description of each
 * (stable within graphql 16; registry/src/changelog.test.ts has a case for every type, so a change
 * of wording fails there). What it cannot read keeps graphql-js's English rather than disappear.
 *
 * An optional argument or optional input field added is "dangerous" to graphql-js; here it is safe:
 * every operation a client already sends keeps its meaning, which is what the changelog judges.
 * A new enum value stays dangerous: a client that switches over the values may meet one it does not know.
 */
function inPlainWords(change: BreakingChange | DangerousChange, soort: Soort, oud: GraphQLSchema): Wijziging {
  const d = change.description;
  let m: RegExpExecArray | null;
  switch (change.type) {
    case 'TYPE_REMOVED':
      if ((m = /^(\w+) was removed\.$/.exec(d))) return is(soort, m[1]!, `Type ${m[1]} is verwijderd`);
      break;
    case 'TYPE_CHANGED_KIND':
      if ((m = /^(\w+) changed from (.+) to (.+)\.$/.exec(d))) return is(soort, m[1]!, `Type ${m[1]} is van ${soortNaam[m[2]!] ?? m[2]} veranderd in ${soortNaam[m[3]!] ?? m[3]}`);
      break;
    case 'TYPE_REMOVED_FROM_UNION':
      if ((m = /^(\w+) was removed from union type (\w+)\.$/.exec(d))) return is(soort, m[2]!, `Type ${m[1]} hoort niet meer bij union ${m[2]}`);
      break;
    case 'TYPE_ADDED_TO_UNION':
      if ((m = /^(\w+) was added to union type (\w+)\.$/.exec(d))) return is(soort, m[2]!, `Type ${m[1]} hoort nu ook bij union ${m[2]}`);
      break;
    case 'VALUE_REMOVED_FROM_ENUM':
      if ((m = /^(\w+) was removed from enum type (\w+)\.$/.exec(d))) return is(soort, `${m[2]}.${m[1]}`, `Waarde ${m[2]}.${m[1]} is verwijderd`);
      break;
    case 'VALUE_ADDED_TO_ENUM':
      if ((m = /^(\w+) was added to enum type (\w+)\.$/.exec(d))) return is(soort, `${m[2]}.${m[1]}`, `Waarde ${m[2]}.${m[1]} is toegevoegd`);
      break;
    case 'REQUIRED_INPUT_FIELD_ADDED':
      if ((m = /^A required field (\w+) on input type (\w+) was added\.$/.exec(d))) return is(soort, `${m[2]}.${m[1]}`, `Invoerveld ${m[2]}.${m[1]} is toegevoegd (verplicht)`);
      break;
    case 'OPTIONAL_INPUT_FIELD_ADDED':
      if ((m = /^An optional field (\w+) on input type (\w+) was added\.$/.exec(d))) return is('veilig', `${m[2]}.${m[1]}`, `Invoerveld ${m[2]}.${m[1]} is toegevoegd (optioneel)`);
      break;
    case 'IMPLEMENTED_INTERFACE_REMOVED':
      if ((m = /^(\w+) no longer implements interface (\w+)\.$/.exec(d))) return is(soort, m[1]!, `Type ${m[1]} implementeert interface ${m[2]} niet meer`);
      break;
    case 'IMPLEMENTED_INTERFACE_ADDED':
      if ((m = /^(\w+) added to interfaces implemented by (\w+)\.$/.exec(d))) return is(soort, m[2]!, `Type ${m[2]} implementeert nu ook interface ${m[1]}`);
      break;
    case 'FIELD_REMOVED':
      if ((m = /^(\w+)\.(\w+) was removed\.$/.exec(d))) return is(soort, `${m[1]}.${m[2]}`, `${fieldWord(oud, m[1]!)} ${m[1]}.${m[2]} is verwijderd`);
      break;
    case 'FIELD_CHANGED_KIND':
      if ((m = /^(\w+)\.(\w+) changed type from (.+) to (.+)\.$/.exec(d))) return is(soort, `${m[1]}.${m[2]}`, `Type van ${fieldWord(oud, m[1]!).toLowerCase()} ${m[1]}.${m[2]} is gewijzigd van ${m[3]} naar ${m[4]}`);
      break;
    case 'REQUIRED_ARG_ADDED':
      if ((m = /^A required arg (\w+) on (\w+)\.(\w+) was added\.$/.exec(d))) return is(soort, `${m[2]}.${m[3]}(${m[1]}:)`, `Argument ${m[2]}.${m[3]}(${m[1]}:) is toegevoegd (verplicht)`);
      break;
    case 'OPTIONAL_ARG_ADDED':
      if ((m = /^An optional arg (\w+) on (\w+)\.(\w+) was added\.$/.exec(d))) return is('veilig', `${m[2]}.${m[3]}(${m[1]}:)`, `Argument ${m[2]}.${m[3]}(${m[1]}:) is toegevoegd (optioneel)`);
      break;
    case 'ARG_REMOVED':
      if ((m = /^(\w+)\.(\w+) arg (\w+) was removed\.$/.exec(d))) return is(soort, `${m[1]}.${m[2]}(${m[3]}:)`, `Argument ${m[1]}.${m[2]}(${m[3]}:) is verwijderd`);
      break;
    case 'ARG_CHANGED_KIND':
      if ((m = /^(\w+)\.(\w+) arg (\w+) has changed type from (.+) to (.+)\.$/.exec(d))) return is(soort, `${m[1]}.${m[2]}(${m[3]}:)`, `Type van argument ${m[1]}.${m[2]}(${m[3]}:) is gewijzigd van ${m[4]} naar ${m[5]}`);
      break;
    case 'ARG_DEFAULT_VALUE_CHANGE':
      if ((m = /^(\w+)\.(\w+) arg (\w+) defaultValue was removed\.$/.exec(d))) return is(soort, `${m[1]}.${m[2]}(${m[3]}:)`, `Standaardwaarde van argument ${m[1]}.${m[2]}(${m[3]}:) is weggehaald`);
      if ((m = /^(\w+)\.(\w+) arg (\w+) has changed defaultValue from (.+) to (.+)\.$/.exec(d))) return is(soort, `${m[1]}.${m[2]}(${m[3]}:)`, `Standaardwaarde van argument ${m[1]}.${m[2]}(${m[3]}:) is gewijzigd van ${m[4]} naar ${m[5]}`);
      break;
    case 'DIRECTIVE_REMOVED':
      if ((m = /^(\w+) was removed\.$/.exec(d))) return is(soort, `@${m[1]}`, `Directive @${m[1]} is verwijderd`);
      break;
    case 'DIRECTIVE_ARG_REMOVED':
      if ((m = /^(\w+) was removed from (\w+)\.$/.exec(d))) return is(soort, `@${m[2]}(${m[1]}:)`, `Argument @${m[2]}(${m[1]}:) is verwijderd`);
      break;
    case 'REQUIRED_DIRECTIVE_ARG_ADDED':
      if ((m = /^A required arg (\w+) on directive (\w+) was added\.$/.exec(d))) return is(soort, `@${m[2]}(${m[1]}:)`, `Argument @${m[2]}(${m[1]}:) is toegevoegd (verplicht)`);
      break;
    case 'DIRECTIVE_REPEATABLE_REMOVED':
      if ((m = /^Repeatable flag was removed from (\w+)\.$/.exec(d))) return is(soort, `@${m[1]}`, `Directive @${m[1]} mag niet meer herhaald worden`);
      break;
    case 'DIRECTIVE_LOCATION_REMOVED':
      if ((m = /^(\w+) was removed from (\w+)\.$/.exec(d))) return is(soort, `@${m[2]}`, `Directive @${m[2]} mag niet meer op ${m[1]} staan`);
      break;
  }
  return is(soort, '', `${change.type}: ${d}`);
}

function defaultOf(input: GraphQLArgument | GraphQLInputField): string | undefined {
  if (input.defaultValue === undefined) return undefined;
  const ast = astFromValue(input.defaultValue, input.type);
  return ast ? print(ast) : String(input.defaultValue);
}

/** Deprecation and description of one element, compared: `wat` names it ("Veld Regio.naam"). */
function annotationChanges(
  coordinaat: string,
  wat: string,
  oud: { description?: string | null | undefined; deprecationReason?: string | null | undefined },
  nieuw: { description?: string | null | undefined; deprecationReason?: string | null | undefined },
): Wijziging[] {
  const changes: Wijziging[] = [];
  const wasDeprecated = oud.deprecationReason != null;
  const isDeprecated = nieuw.deprecationReason != null;
  if (!wasDeprecated && isDeprecated) changes.push(is('veilig', coordinaat, `${wat} is verouderd: ${nieuw.deprecationReason}`));
  else if (wasDeprecated && !isDeprecated) changes.push(is('veilig', coordinaat, `${wat} is niet meer verouderd`));
  else if (wasDeprecated && isDeprecated && oud.deprecationReason !== nieuw.deprecationReason) changes.push(is('veilig', coordinaat, `${wat} is verouderd, met een nieuwe reden: ${nieuw.deprecationReason}`));
  if ((oud.description ?? '') !== (nieuw.description ?? '')) {
    const hoe = !oud.description ? 'toegevoegd' : !nieuw.description ? 'verwijderd' : 'gewijzigd';
    changes.push(is('veilig', coordinaat, `Beschrijving van ${wat.charAt(0).toLowerCase()}${wat.slice(1)} is ${hoe}`));
  }
  return changes;
}

function inputChanges(coordinaat: string, wat: string, oud: GraphQLArgument | GraphQLInputField, nieuw: GraphQLArgument | GraphQLInputField, retyped: Set<string>, isArgument: boolean): Wijziging[] {
  const changes = annotationChanges(coordinaat, wat, oud, nieuw);
  if (String(oud.type) !== String(nieuw.type) && !retyped.has(coordinaat)) {
    changes.push(is('veilig', coordinaat, `Type van ${wat.charAt(0).toLowerCase()}${wat.slice(1)} is gewijzigd van ${String(oud.type)} naar ${String(nieuw.type)}`));
  }
  // graphql-js compares an argument's default only when it had one, and an input field's never.
  const [before, after] = [defaultOf(oud), defaultOf(nieuw)];
  if (before !== after && !(isArgument && before !== undefined)) {
    const beschrijving = before === undefined ? `heeft nu standaardwaarde ${after}` : after === undefined ? 'heeft geen standaardwaarde meer' : `heeft een andere standaardwaarde: ${after} in plaats van ${before}`;
    changes.push(is('riskant', coordinaat, `${wat} ${beschrijving}`));
  }
  return changes;
}

/** What graphql-js does not report: additions, deprecations, descriptions, type changes that are safe, defaults it skips. */
function safeChanges(oud: GraphQLSchema, nieuw: GraphQLSchema, retyped: Set<string>): Wijziging[] {
  const changes: Wijziging[] = [];
  for (const type of Object.values(nieuw.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    const before: GraphQLNamedType | undefined = oud.getType(type.name);
    if (!before) {
      changes.push(is('veilig', type.name, `Type ${type.name} is toegevoegd`));
      continue;
    }
    if (before.constructor !== type.constructor) continue;
    changes.push(...annotationChanges(type.name, `Type ${type.name}`, before, type));
    if ((isObjectType(type) || isInterfaceType(type)) && (isObjectType(before) || isInterfaceType(before))) {
      const oldFields = before.getFields();
      for (const field of Object.values(type.getFields())) {
        const coordinaat = `${type.name}.${field.name}`;
        const oldField = oldFields[field.name];
        if (!oldField) {
          changes.push(is('veilig', coordinaat, `Veld ${coordinaat} is toegevoegd${field.deprecationReason != null ? `, al verouderd: ${field.deprecationReason}` : ''}`));
          continue;
        }
        changes.push(...annotationChanges(coordinaat, `Veld ${coordinaat}`, oldField, field));
        if (String(oldField.type) !== String(field.type) && !retyped.has(coordinaat)) {
          changes.push(is('veilig', coordinaat, `Type van veld ${coordinaat} is gewijzigd van ${String(oldField.type)} naar ${String(field.type)}`));
        }
        for (const arg of field.args) {
          const oldArg = oldField.args.find((candidate) => candidate.name === arg.name);
          const argCoordinaat = `${coordinaat}(${arg.name}:)`;
          if (oldArg) changes.push(...inputChanges(argCoordinaat, `Argument ${argCoordinaat}`, oldArg, arg, retyped, true));
        }
      }
    } else if (isInputObjectType(type) && isInputObjectType(before)) {
      const oldFields = before.getFields();
      for (const field of Object.values(type.getFields())) {
        const coordinaat = `${type.name}.${field.name}`;
        const oldField = oldFields[field.name];
        if (oldField) changes.push(...inputChanges(coordinaat, `Invoerveld ${coordinaat}`, oldField, field, retyped, false));
      }
    } else if (isEnumType(type) && isEnumType(before)) {
      for (const value of type.getValues()) {
        const oldValue = before.getValue(value.name);
        if (oldValue) changes.push(...annotationChanges(`${type.name}.${value.name}`, `Waarde ${type.name}.${value.name}`, oldValue, value));
      }
    }
  }
  for (const directive of nieuw.getDirectives()) {
    const before = oud.getDirective(directive.name);
    if (!before) {
      changes.push(is('veilig', `@${directive.name}`, `Directive @${directive.name} is toegevoegd`));
      continue;
    }
    for (const arg of directive.args) {
      if (!before.args.some((candidate) => candidate.name === arg.name) && !isRequiredArgument(arg)) {
        changes.push(is('veilig', `@${directive.name}(${arg.name}:)`, `Argument @${directive.name}(${arg.name}:) is toegevoegd (optioneel)`));
      }
    }
  }
  return changes;
}

/**
 * Every change from one public schema to the next, in plain words: breaking (an operation a client
 * sends may fail), dangerous (it still runs but may behave or answer differently) and safe. Breaking
 * first, then dangerous, then safe; within each by coordinate, so the same two schemas always give
 * the same list.
 */
export function changelogBetween(oud: GraphQLSchema, nieuw: GraphQLSchema): Wijziging[] {
  // A standard scalar (Int, Float, ...) leaves the schema when the last field or argument of its type
  // goes; that removal is in the list already, and no operation can use the scalar on its own.
  const breakingChanges = findBreakingChanges(oud, nieuw).filter((change) => !change.description.startsWith('Standard scalar '));
  const breaking = breakingChanges.map((change) => inPlainWords(change, 'brekend', oud));
  const dangerous = findDangerousChanges(oud, nieuw).map((change) => inPlainWords(change, 'riskant', oud));
  // A type change graphql-js calls breaking is said once; the ones it lets pass are safe, and said below.
  const retyped = new Set(breaking.filter((_, index) => ['FIELD_CHANGED_KIND', 'ARG_CHANGED_KIND'].includes(breakingChanges[index]!.type)).map((change) => change.coordinaat));
  const changes = [...breaking, ...dangerous, ...safeChanges(oud, nieuw, retyped)];
  return changes.sort(
    (a, b) => soortVolgorde[a.soort] - soortVolgorde[b.soort] || compareText(a.coordinaat, b.coordinaat) || compareText(a.beschrijving, b.beschrijving),
  );
}

// By code unit, not locale: the order must not depend on the machine that serves it.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function samenvattingVan(wijzigingen: readonly Wijziging[]): Samenvatting {
  const samenvatting: Samenvatting = { brekend: 0, riskant: 0, veilig: 0 };
  for (const wijziging of wijzigingen) samenvatting[wijziging.soort] += 1;
  return samenvatting;
}
