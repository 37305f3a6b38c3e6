import type { GraphQLResolveInfo } from 'graphql';
import type { ProductcategorieRow, ProductRow, SubsidieRow, SubsidieBedragRow, KengetalRow, WijzigingRow } from '../db/database.js';
import type { ProductPage } from '../db/product-queries.js';
import type { RegioReference, PartnerReference, ChangeFeedPage, DirectoryFeedKey, VoorzieningenContext } from '../context.js';
import type { ProductResult, SubsidieResult, BedragResult, KengetalResult } from '../changes/uitkomst.js';
import type { ProductImportResult, ProductImportRow } from '../import.js';
import type { HistoryEntry } from '../../../../lib/history.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: string; output: string; }
};

/** Een bedrag naast het jaarbedrag: een incidentele subsidie of een vaste aanvulling. */
export type AanvullendBedrag = {
  __typename?: 'AanvullendBedrag';
  bedrag: Geldbedrag;
  /** Voor wie het bedrag bedoeld is, als dat een ander is dan de subsidieontvanger. */
  begunstigde: Maybe<Partner>;
  bron: Bron;
  geschiedenis: Array<Vastlegging>;
  id: Scalars['ID']['output'];
  /** Het jaar, bij een incidenteel bedrag. */
  jaar: Maybe<Scalars['Int']['output']>;
  omschrijving: Scalars['String']['output'];
  soort: AanvullendBedragSoort;
  versie: Scalars['Int']['output'];
};

export type AanvullendBedragSoort =
  | 'INCIDENTEEL'
  | 'JAARLIJKS';

/** Een spreadsheet voor een import: CSV (komma of puntkomma, UTF-8) of XLSX (het eerste werkblad). */
export type BestandInvoer = {
  /** De inhoud, base64-gecodeerd. */
  inhoud: Scalars['String']['input'];
  /** De bestandsnaam; de extensie (.csv of .xlsx) bepaalt hoe het gelezen wordt. */
  naam: Scalars['String']['input'];
};

/** Waar een feit vandaan komt: document, sectie en een letterlijk citaat. */
export type Bron = {
  __typename?: 'Bron';
  /** Letterlijk citaat uit het document (witruimte samengevoegd). */
  citaat: Maybe<Scalars['String']['output']>;
  /** Id van het brondocument (bestandsnaam in `bronnen/documenten/`). */
  document: Scalars['ID']['output'];
  documentTitel: Scalars['String']['output'];
  sectie: Maybe<Scalars['String']['output']>;
};

/**
 * De bron van een wijziging: een document (met sectie en citaat waar die er zijn), of de opgave van
 * een organisatie op een datum (`opgaveVan` + `opgaveOp`). Precies één van `document` en `opgaveVan`.
 */
export type BronInvoer = {
  citaat?: InputMaybe<Scalars['String']['input']>;
  document?: InputMaybe<Scalars['String']['input']>;
  opgaveOp?: InputMaybe<Scalars['String']['input']>;
  opgaveVan?: InputMaybe<Scalars['String']['input']>;
  sectie?: InputMaybe<Scalars['String']['input']>;
};

/** Een geweigerde wijziging: er is niets veranderd. `bericht` zegt in gewone taal wat te doen. */
export type Directoryweigering = {
  __typename?: 'Directoryweigering';
  bericht: Scalars['String']['output'];
  code: DirectoryweigeringCode;
};

export type DirectoryweigeringCode =
  | 'AL_BEEINDIGD'
  /** Het record bestaat al (bijvoorbeeld een productcode die al in gebruik is): wijzig het bestaande. */
  | 'BESTAAT_AL'
  | 'BESTAAT_NIET'
  | 'KVK_AL_IN_GEBRUIK'
  | 'LIJKT_OP_BESTAANDE'
  | 'ONGELDIGE_PERIODE'
  | 'ROL_BESTAAT_AL'
  | 'SAMENGEVOEGD'
  /** Iemand anders wijzigde het record intussen: laad het opnieuw. */
  | 'VERSIE_VEROUDERD';

/** Een wijziging in de directory, voor wie de directory bijhoudt. */
export type Directorywijziging = {
  __typename?: 'Directorywijziging';
  actie: WijzigingActie;
  bron: Scalars['String']['output'];
  /** De gebruiker die de wijziging deed; alleen zichtbaar voor beheerders. `bronbestanden` voor wat uit de bronbestanden van de hub komt. */
  door: Maybe<Scalars['String']['output']>;
  /** De organisatie namens wie. */
  namens: Maybe<Scalars['String']['output']>;
  /** Volgnummer binnen de subgraph die de gegevens beheert. */
  nr: Scalars['Int']['output'];
  op: Scalars['String']['output'];
  reden: Scalars['String']['output'];
  regios: Array<Regio>;
  /** De sleutel van het record. */
  sleutel: Scalars['String']['output'];
  soort: Scalars['String']['output'];
  versie: Scalars['Int']['output'];
};

/** Een pagina van de wijzigingen in de hele directory; de regions-subgraph levert de rest (`directorywijzigingen`). */
export type Directorywijzigingen = {
  __typename?: 'Directorywijzigingen';
  na: Scalars['String']['output'];
  /** Wat er in producten, subsidies, bedragen en kengetallen veranderde na deze cursor, hoogstens 100. */
  voorzieningen: Wijzigingenpagina;
};

/** Een exact geldbedrag; nooit een float. */
export type Geldbedrag = {
  __typename?: 'Geldbedrag';
  /** Het bedrag in eurocenten, als geheel getal in een string. */
  centen: Scalars['String']['output'];
  /** Het bedrag in euro's met twee decimalen, bijvoorbeeld `"1234.50"`. */
  euro: Scalars['String']['output'];
};

/** Een getal dat een bron over een regio noemt. */
export type Kengetal = {
  __typename?: 'Kengetal';
  /** Het getal, als het geen geldbedrag is; null bij een bereik. */
  aantal: Maybe<Scalars['Int']['output']>;
  /** Het aantal aanbieders waarbij de plekken zijn ingekocht, waar de bron dat noemt. */
  aantalAanbieders: Maybe<Scalars['Int']['output']>;
  /** Het bedrag, als het getal een geldbedrag is. */
  bedrag: Maybe<Geldbedrag>;
  bron: Bron;
  eenheid: KengetalEenheid;
  eenheidAanbieders: Maybe<KengetalEenheid>;
  /** Elke versie van dit kengetal, oudste eerst; ook van een ingetrokken kengetal. */
  geschiedenis: Array<Vastlegging>;
  id: Scalars['ID']['output'];
  jaar: Maybe<Scalars['Int']['output']>;
  /** Bovengrens, bij een bereik. */
  maximaal: Maybe<Scalars['Int']['output']>;
  /** Ondergrens, bij een bereik of een 'meer dan'. */
  minimaal: Maybe<Scalars['Int']['output']>;
  omschrijving: Scalars['String']['output'];
  onderwerp: KengetalOnderwerp;
  regio: Maybe<Regio>;
  /** Noord-Limburg, Midden-Limburg, ... waar het getal een deel van de regio betreft. */
  subregio: Maybe<Scalars['String']['output']>;
  toelichting: Maybe<Scalars['String']['output']>;
  versie: Scalars['Int']['output'];
};

export type KengetalEenheid =
  | 'CLIENT'
  | 'COMBINATIE'
  | 'EURO_CENT'
  | 'GEMEENTE'
  | 'MELDING'
  | 'PERSOON'
  | 'PLAATS'
  | 'PROCENT'
  | 'ZORGAANBIEDER'
  | 'ZORGORGANISATIE'
  | 'ZORGPRODUCT';

/**
 * Een kengetal: een `aantal`, een `bedragInCenten` (eenheid `EURO_CENT`), of een bereik
 * (`minimaal` en/of `maximaal`).
 */
export type KengetalInvoer = {
  aantal?: InputMaybe<Scalars['Int']['input']>;
  aantalAanbieders?: InputMaybe<Scalars['Int']['input']>;
  bedragInCenten?: InputMaybe<Scalars['String']['input']>;
  eenheid: KengetalEenheid;
  eenheidAanbieders?: InputMaybe<KengetalEenheid>;
  jaar?: InputMaybe<Scalars['Int']['input']>;
  maximaal?: InputMaybe<Scalars['Int']['input']>;
  minimaal?: InputMaybe<Scalars['Int']['input']>;
  omschrijving: Scalars['String']['input'];
  onderwerp: KengetalOnderwerp;
  subregio?: InputMaybe<Scalars['String']['input']>;
  toelichting?: InputMaybe<Scalars['String']['input']>;
};

export type KengetalOnderwerp =
  | 'AANBIEDERS'
  | 'AANTAL_GEMEENTEN'
  | 'BEMOEIZORG_MELDINGEN'
  | 'BT_PLAATSEN_GEREALISEERD'
  | 'BT_PLAATSEN_GEREALISEERD_STIJGING'
  | 'BW_BT_PLAATSEN_GEREALISEERD'
  | 'BW_BT_PLAATSEN_INGEKOCHT'
  | 'BW_PLAATSEN_GEREALISEERD'
  | 'BW_PLAATSEN_GEREALISEERD_DALING'
  | 'BW_PLAATSEN_INGEKOCHT'
  | 'BW_PLAATSEN_NA_STIJGING'
  | 'BW_PLAATSEN_VOOR_STIJGING'
  | 'CLIENTEN_UIT_NIET_GECONTRACTEERD_AANBOD'
  | 'MO_AANBIEDERS'
  | 'PGB_PLAATSEN'
  | 'PLAATSEN_INGEKOCHT'
  | 'PLAATSEN_INKOOP_MINUS_REALISATIE'
  | 'PREVENTIE_CAPACITEIT_GERESERVEERD'
  | 'RIJKSMIDDELEN_DAK_EN_THUISLOZEN'
  | 'TRAJECTBED_MEDEBEWONERS'
  | 'UNIEKE_CLIENTEN'
  | 'WLZ_OVERSTAPPERS'
  | 'ZORGPRODUCTEN';

export type KengetalUitkomst = {
  __typename?: 'KengetalUitkomst';
  /** Bij intrekken: de versie die het kengetal introk. */
  kengetal: Maybe<Kengetal>;
  ok: Scalars['Boolean']['output'];
  weigering: Maybe<Directoryweigering>;
};

export type KengetalWijzigingInvoer = {
  aantal?: InputMaybe<Scalars['Int']['input']>;
  aantalAanbieders?: InputMaybe<Scalars['Int']['input']>;
  bedragInCenten?: InputMaybe<Scalars['String']['input']>;
  eenheid?: InputMaybe<KengetalEenheid>;
  eenheidAanbieders?: InputMaybe<KengetalEenheid>;
  jaar?: InputMaybe<Scalars['Int']['input']>;
  maximaal?: InputMaybe<Scalars['Int']['input']>;
  minimaal?: InputMaybe<Scalars['Int']['input']>;
  omschrijving?: InputMaybe<Scalars['String']['input']>;
  onderwerp?: InputMaybe<KengetalOnderwerp>;
  subregio?: InputMaybe<Scalars['String']['input']>;
  toelichting?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Wijzigingen in de voorzieningen van een regio, door een beheerder: `REGIOBEHEERDER` van die regio,
 * of `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets. Bedragen zijn hele eurocenten, als cijfers in een string (`"4158110"` is € 41.581,10).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** De regio gebruikt het product niet meer: `tot` is de laatste dag. Het product blijft in de geschiedenis. */
  beeindigProduct: ProductUitkomst;
  /** Beëindigt een subsidie: `tot` is de laatste dag waarop ze verleend was. Ze blijft in de geschiedenis. */
  beeindigSubsidie: SubsidieUitkomst;
  /**
   * De productlijst van een regio uit een spreadsheet (CSV of XLSX), met de kolommen code, naam en
   * optioneel situationeel (ja/nee), codeInBron, toelichting, vanaf en tot. Vergeleken met de
   * producten die de regio vandaag gebruikt: nieuw, gewijzigd, beëindigd (een product dat de lijst
   * niet meer noemt, is tot gisteren in gebruik) en ongewijzigd, elk met zijn regelnummer. Een
   * bestand met een ongeldige regel wordt in zijn geheel geweigerd, met alle redenen. Standaard een
   * proef (`proef: true`): dan verandert er niets. Een lege cel laat staan wat de directory heeft.
   */
  importeerProducten: ProductimportUitkomst;
  /** Een nieuwe subsidie van de regio. */
  maakSubsidie: SubsidieUitkomst;
  /** Trekt een kengetal in dat nooit zo had mogen worden vastgelegd; het blijft in de geschiedenis. */
  trekKengetalIn: KengetalUitkomst;
  /** Een kengetal dat een bron over de regio noemt. */
  voegKengetalToe: KengetalUitkomst;
  /** Een product dat de regio gaat gebruiken; de categorie zijn de eerste twee cijfers van de code. */
  voegProductToe: ProductUitkomst;
  /** Verbetert een kengetal; wat leeg blijft, blijft zoals het was (`null` maakt een veld leeg). */
  wijzigKengetal: KengetalUitkomst;
  /** De gegevens of periode van een product; wat leeg blijft, blijft zoals het was. */
  wijzigProduct: ProductUitkomst;
  /** De gegevens, het jaarbedrag of de periode van een subsidie; wat leeg blijft, blijft zoals het was. */
  wijzigSubsidie: SubsidieUitkomst;
  /**
   * Het bedrag van een subsidie voor een jaar (`INCIDENTEEL`, met `jaar`), of de aanvulling die elk
   * jaar terugkomt (`JAARLIJKS`, zonder `jaar`). Een subsidie heeft per jaar één incidenteel bedrag en
   * één jaarlijkse aanvulling. `versie`: die van het bedrag dat de beheerder voor zich had; leeg als er
   * nog geen was.
   */
  zetSubsidiebedrag: SubsidiebedragUitkomst;
};


/**
 * Wijzigingen in de voorzieningen van een regio, door een beheerder: `REGIOBEHEERDER` van die regio,
 * of `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets. Bedragen zijn hele eurocenten, als cijfers in een string (`"4158110"` is € 41.581,10).
 */
export type MutationBeeindigProductArgs = {
  code: Scalars['ID']['input'];
  tot: Scalars['String']['input'];
  verantwoording: VerantwoordingInvoer;
  versie: Scalars['Int']['input'];
};


/**
 * Wijzigingen in de voorzieningen van een regio, door een beheerder: `REGIOBEHEERDER` van die regio,
 * of `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets. Bedragen zijn hele eurocenten, als cijfers in een string (`"4158110"` is € 41.581,10).
 */
export type MutationBeeindigSubsidieArgs = {
  id: Scalars['ID']['input'];
  tot: Scalars['String']['input'];
  verantwoording: VerantwoordingInvoer;
  versie: Scalars['Int']['input'];
};


/**
 * Wijzigingen in de voorzieningen van een regio, door een beheerder: `REGIOBEHEERDER` van die regio,
 * of `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets. Bedragen zijn hele eurocenten, als cijfers in een string (`"4158110"` is € 41.581,10).
 */
export type MutationImporteerProductenArgs = {
  bestand: BestandInvoer;
  proef?: InputMaybe<Scalars['Boolean']['input']>;
  regio: Scalars['ID']['input'];
  verantwoording: VerantwoordingInvoer;
};


/**
 * Wijzigingen in de voorzieningen van een regio, door een beheerder: `REGIOBEHEERDER` van die regio,
 * of `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets. Bedragen zijn hele eurocenten, als cijfers in een string (`"4158110"` is € 41.581,10).
 */
export type MutationMaakSubsidieArgs = {
  regio: Scalars['ID']['input'];
  subsidie: SubsidieInvoer;
  verantwoording: VerantwoordingInvoer;
};


/**
 * Wijzigingen in de voorzieningen van een regio, door een beheerder: `REGIOBEHEERDER` van die regio,
 * of `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets. Bedragen zijn hele eurocenten, als cijfers in een string (`"4158110"` is € 41.581,10).
 */
export type MutationTrekKengetalInArgs = {
  id: Scalars['ID']['input'];
  verantwoording: VerantwoordingInvoer;
  versie: Scalars['Int']['input'];
};


/**
 * Wijzigingen in de voorzieningen van een regio, door een beheerder: `REGIOBEHEERDER` van die regio,
 * of `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets. Bedragen zijn hele eurocenten, als cijfers in een string (`"4158110"` is € 41.581,10).
 */
export type MutationVoegKengetalToeArgs = {
  kengetal: KengetalInvoer;
  regio: Scalars['ID']['input'];
  verantwoording: VerantwoordingInvoer;
};


/**
 * Wijzigingen in de voorzieningen van een regio, door een beheerder: `REGIOBEHEERDER` van die regio,
 * of `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets. Bedragen zijn hele eurocenten, als cijfers in een string (`"4158110"` is € 41.581,10).
 */
export type MutationVoegProductToeArgs = {
  product: ProductInvoer;
  regio: Scalars['ID']['input'];
  verantwoording: VerantwoordingInvoer;
};


/**
 * Wijzigingen in de voorzieningen van een regio, door een beheerder: `REGIOBEHEERDER` van die regio,
 * of `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets. Bedragen zijn hele eurocenten, als cijfers in een string (`"4158110"` is € 41.581,10).
 */
export type MutationWijzigKengetalArgs = {
  id: Scalars['ID']['input'];
  kengetal: KengetalWijzigingInvoer;
  verantwoording: VerantwoordingInvoer;
  versie: Scalars['Int']['input'];
};


/**
 * Wijzigingen in de voorzieningen van een regio, door een beheerder: `REGIOBEHEERDER` van die regio,
 * of `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets. Bedragen zijn hele eurocenten, als cijfers in een string (`"4158110"` is € 41.581,10).
 */
export type MutationWijzigProductArgs = {
  code: Scalars['ID']['input'];
  product: ProductWijzigingInvoer;
  verantwoording: VerantwoordingInvoer;
  versie: Scalars['Int']['input'];
};


/**
 * Wijzigingen in de voorzieningen van een regio, door een beheerder: `REGIOBEHEERDER` van die regio,
 * of `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets. Bedragen zijn hele eurocenten, als cijfers in een string (`"4158110"` is € 41.581,10).
 */
export type MutationWijzigSubsidieArgs = {
  id: Scalars['ID']['input'];
  subsidie: SubsidieWijzigingInvoer;
  verantwoording: VerantwoordingInvoer;
  versie: Scalars['Int']['input'];
};


/**
 * Wijzigingen in de voorzieningen van een regio, door een beheerder: `REGIOBEHEERDER` van die regio,
 * of `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets. Bedragen zijn hele eurocenten, als cijfers in een string (`"4158110"` is € 41.581,10).
 */
export type MutationZetSubsidiebedragArgs = {
  bedrag: SubsidiebedragInvoer;
  jaar?: InputMaybe<Scalars['Int']['input']>;
  soort?: InputMaybe<AanvullendBedragSoort>;
  subsidie: Scalars['ID']['input'];
  verantwoording: VerantwoordingInvoer;
  versie?: InputMaybe<Scalars['Int']['input']>;
};

/** Een regel van een importbestand die niet klopt; het bestand is dan niet toegepast. */
export type OngeldigeRegel = {
  __typename?: 'OngeldigeRegel';
  /** Alle redenen, in gewone taal. */
  redenen: Array<Scalars['String']['output']>;
  /** Het regelnummer zoals de spreadsheet het toont (de kopregel is regel 1). */
  regel: Scalars['Int']['output'];
};

/** Waar een pagina in de lijst staat. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Een organisatie; de partners-subgraph levert naam en soort. */
export type Partner = {
  __typename?: 'Partner';
  id: Scalars['ID']['output'];
  /** De subsidies die deze organisatie op de peildatum (standaard vandaag) ontvangt. */
  subsidies: Maybe<Array<Subsidie>>;
};


/** Een organisatie; de partners-subgraph levert naam en soort. */
export type PartnerSubsidiesArgs = {
  peildatum?: InputMaybe<Scalars['String']['input']>;
};

/** Een maatwerkproduct zoals een regio het inkoopt en in iWmo-berichten gebruikt. */
export type Product = {
  __typename?: 'Product';
  /** De bron van de huidige versie. */
  bron: Bron;
  categorie: Productcategorie;
  /** Productcode: categorie (twee cijfers) plus hoogstens vijf tekens, bijvoorbeeld `15G01`. */
  code: Scalars['ID']['output'];
  /** De code zoals de bron hem drukt, als die afwijkt. */
  codeInBron: Maybe<Scalars['String']['output']>;
  /** Elke versie van dit product, oudste eerst: wie wat wanneer waarom wijzigde. */
  geschiedenis: Array<Vastlegging>;
  naam: Scalars['String']['output'];
  /** De regio die het product gebruikt. */
  regio: Maybe<Regio>;
  /**
   * Waar (`*` in de bron): de BW-code wordt gebruikt voor MO/BW-cliënten, de lokale Wmo-code voor
   * andere cliënten.
   */
  situationeel: Scalars['Boolean']['output'];
  /** Wat de bron verder bij het product vermeldt (letterlijk, niet geïnterpreteerd). */
  toelichting: Maybe<Scalars['String']['output']>;
  /** Laatste dag waarop de regio het product gebruikt; leeg zolang het in gebruik is. */
  tot: Maybe<Scalars['String']['output']>;
  /**
   * Wat de bron niet zelf bewijst: welk veld, waarom en hoe het is afgeleid. Leeg als de bron alles
   * bewijst. Een code die de scan misschien verkeerd las, staat hier met haar waarschijnlijke lezing.
   */
  twijfels: Array<Twijfel>;
  /** Eerste dag waarop de regio het product gebruikt, als bekend (JJJJ-MM-DD). */
  vanaf: Maybe<Scalars['String']['output']>;
  /** Het versienummer: geef het mee bij een wijziging. */
  versie: Scalars['Int']['output'];
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  nodes: Array<Product>;
  pageInfo: PageInfo;
  /** Het totaal aantal producten dat aan de filters voldoet. */
  totalCount: Scalars['Int']['output'];
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductInvoer = {
  /** Twee cijfers (de categorie) plus hoogstens vijf tekens, bijvoorbeeld `15G01`. */
  code: Scalars['ID']['input'];
  /** De code zoals de bron hem drukt, als die afwijkt. */
  codeInBron?: InputMaybe<Scalars['String']['input']>;
  naam: Scalars['String']['input'];
  situationeel?: InputMaybe<Scalars['Boolean']['input']>;
  toelichting?: InputMaybe<Scalars['String']['input']>;
  /** Laatste dag van gebruik (JJJJ-MM-DD), als bekend. */
  tot?: InputMaybe<Scalars['String']['input']>;
  /** Eerste dag van gebruik (JJJJ-MM-DD), als bekend. */
  vanaf?: InputMaybe<Scalars['String']['input']>;
};

export type ProductUitkomst = {
  __typename?: 'ProductUitkomst';
  ok: Scalars['Boolean']['output'];
  product: Maybe<Product>;
  weigering: Maybe<Directoryweigering>;
};

export type ProductWijzigingInvoer = {
  codeInBron?: InputMaybe<Scalars['String']['input']>;
  naam?: InputMaybe<Scalars['String']['input']>;
  situationeel?: InputMaybe<Scalars['Boolean']['input']>;
  toelichting?: InputMaybe<Scalars['String']['input']>;
  tot?: InputMaybe<Scalars['String']['input']>;
  vanaf?: InputMaybe<Scalars['String']['input']>;
};

/** Een iWmo-productcategorie (codelijst WMO020). */
export type Productcategorie = {
  __typename?: 'Productcategorie';
  /** Twee cijfers, bijvoorbeeld `15`. */
  code: Scalars['ID']['output'];
  naam: Scalars['String']['output'];
  /** De producten in deze categorie die op de peildatum (standaard vandaag) in gebruik zijn, optioneel van één regio. */
  producten: Array<Product>;
};


/** Een iWmo-productcategorie (codelijst WMO020). */
export type ProductcategorieProductenArgs = {
  peildatum?: InputMaybe<Scalars['String']['input']>;
  regio?: InputMaybe<Scalars['ID']['input']>;
};

export type ProductimportUitkomst = {
  __typename?: 'ProductimportUitkomst';
  beeindigd: Array<Productimportregel>;
  gewijzigd: Array<Productimportregel>;
  nieuw: Array<Productimportregel>;
  /** Elke ongeldige regel met al haar redenen; is deze lijst niet leeg, dan is niets toegepast. */
  ongeldig: Array<OngeldigeRegel>;
  ongewijzigd: Array<Productimportregel>;
  proef: Scalars['Boolean']['output'];
  regio: Regio;
  /** Waar: de wijzigingen zijn vastgelegd. Onwaar bij een proef, een ongeldig bestand of niets te doen. */
  toegepast: Scalars['Boolean']['output'];
};

export type Productimportregel = {
  __typename?: 'Productimportregel';
  code: Scalars['ID']['output'];
  naam: Scalars['String']['output'];
  /** Het product zoals het nu in de directory staat; leeg bij een proef met een nieuw product. */
  product: Maybe<Product>;
  /** Het regelnummer in het bestand; leeg voor een product dat het bestand niet meer noemt. */
  regel: Maybe<Scalars['Int']['output']>;
  /** Wat er verandert. */
  velden: Array<Veldwijziging>;
};

/**
 * Voorzieningen: iWmo-producten (maatwerk), algemene voorzieningen met hun subsidies, en de
 * kengetallen die regio's noemen (ingekochte en gerealiseerde plekken, cliënten, middelen, meldingen).
 */
export type Query = {
  __typename?: 'Query';
  /** Kengetallen die de bronnen noemen, optioneel gefilterd. Een ingetrokken kengetal staat er niet meer in. */
  kengetallen: Maybe<Array<Kengetal>>;
  /**
   * Het product met deze code: twee cijfers (de categorie) plus hoogstens vijf tekens, bijvoorbeeld
   * `15G01`. Ook een product dat niet meer wordt gebruikt (zie `tot`); null als geen regio het
   * product kent.
   */
  product: Maybe<Product>;
  /** De productcategorie met deze code (twee cijfers), of null. */
  productcategorie: Maybe<Productcategorie>;
  /** De iWmo-productcategorieën (codelijst WMO020), op code gesorteerd. */
  productcategorieen: Maybe<Array<Productcategorie>>;
  /** Producten op code gesorteerd, met filters en cursorpaginering. */
  producten: Maybe<ProductConnection>;
  /** De subsidie met dit id, ook als ze beëindigd is; null als ze niet bestaat. */
  subsidie: Maybe<Subsidie>;
  /** Subsidies voor algemene voorzieningen, optioneel gefilterd. */
  subsidies: Maybe<Array<Subsidie>>;
  /**
   * Wat er in de producten, subsidies, bedragen en kengetallen veranderde, oudste eerst, na de
   * `cursor` van de vorige pagina; optioneel alleen wat de feiten van één regio raakt. Openbaar, voor
   * systemen die de directory bijhouden.
   */
  voorzieningwijzigingen: Wijzigingenpagina;
};


/**
 * Voorzieningen: iWmo-producten (maatwerk), algemene voorzieningen met hun subsidies, en de
 * kengetallen die regio's noemen (ingekochte en gerealiseerde plekken, cliënten, middelen, meldingen).
 */
export type QueryKengetallenArgs = {
  jaar?: InputMaybe<Scalars['Int']['input']>;
  onderwerp?: InputMaybe<KengetalOnderwerp>;
  regio?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Voorzieningen: iWmo-producten (maatwerk), algemene voorzieningen met hun subsidies, en de
 * kengetallen die regio's noemen (ingekochte en gerealiseerde plekken, cliënten, middelen, meldingen).
 */
export type QueryProductArgs = {
  code: Scalars['ID']['input'];
};


/**
 * Voorzieningen: iWmo-producten (maatwerk), algemene voorzieningen met hun subsidies, en de
 * kengetallen die regio's noemen (ingekochte en gerealiseerde plekken, cliënten, middelen, meldingen).
 */
export type QueryProductcategorieArgs = {
  code: Scalars['ID']['input'];
};


/**
 * Voorzieningen: iWmo-producten (maatwerk), algemene voorzieningen met hun subsidies, en de
 * kengetallen die regio's noemen (ingekochte en gerealiseerde plekken, cliënten, middelen, meldingen).
 */
export type QueryProductenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  categorie?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  peildatum?: InputMaybe<Scalars['String']['input']>;
  regio?: InputMaybe<Scalars['ID']['input']>;
  situationeel?: InputMaybe<Scalars['Boolean']['input']>;
  zoek?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Voorzieningen: iWmo-producten (maatwerk), algemene voorzieningen met hun subsidies, en de
 * kengetallen die regio's noemen (ingekochte en gerealiseerde plekken, cliënten, middelen, meldingen).
 */
export type QuerySubsidieArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Voorzieningen: iWmo-producten (maatwerk), algemene voorzieningen met hun subsidies, en de
 * kengetallen die regio's noemen (ingekochte en gerealiseerde plekken, cliënten, middelen, meldingen).
 */
export type QuerySubsidiesArgs = {
  doel?: InputMaybe<SubsidieDoel>;
  ontvanger?: InputMaybe<Scalars['ID']['input']>;
  peildatum?: InputMaybe<Scalars['String']['input']>;
  regio?: InputMaybe<Scalars['ID']['input']>;
  soort?: InputMaybe<SubsidieSoort>;
};


/**
 * Voorzieningen: iWmo-producten (maatwerk), algemene voorzieningen met hun subsidies, en de
 * kengetallen die regio's noemen (ingekochte en gerealiseerde plekken, cliënten, middelen, meldingen).
 */
export type QueryVoorzieningwijzigingenArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  na?: InputMaybe<Scalars['String']['input']>;
  regio?: InputMaybe<Scalars['ID']['input']>;
  vanBeheerders?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Een regio; de regions-subgraph levert naam en gemeenten. */
export type Regio = {
  __typename?: 'Regio';
  code: Scalars['ID']['output'];
  kengetallen: Maybe<Array<Kengetal>>;
  /** De producten die de regio op de peildatum (standaard vandaag) gebruikt, op code gesorteerd. */
  producten: Maybe<Array<Product>>;
  /** De subsidies die de regio op de peildatum (standaard vandaag) verleent voor algemene voorzieningen. */
  subsidies: Maybe<Array<Subsidie>>;
  /** De totalen over de subsidies die op de peildatum (standaard vandaag) verleend zijn. */
  subsidietotalen: Maybe<Subsidietotalen>;
};


/** Een regio; de regions-subgraph levert naam en gemeenten. */
export type RegioKengetallenArgs = {
  jaar?: InputMaybe<Scalars['Int']['input']>;
  onderwerp?: InputMaybe<KengetalOnderwerp>;
};


/** Een regio; de regions-subgraph levert naam en gemeenten. */
export type RegioProductenArgs = {
  categorie?: InputMaybe<Scalars['ID']['input']>;
  peildatum?: InputMaybe<Scalars['String']['input']>;
  situationeel?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Een regio; de regions-subgraph levert naam en gemeenten. */
export type RegioSubsidiesArgs = {
  doel?: InputMaybe<SubsidieDoel>;
  peildatum?: InputMaybe<Scalars['String']['input']>;
  soort?: InputMaybe<SubsidieSoort>;
};


/** Een regio; de regions-subgraph levert naam en gemeenten. */
export type RegioSubsidietotalenArgs = {
  peildatum?: InputMaybe<Scalars['String']['input']>;
};

/** Een subsidie voor een algemene voorziening. */
export type Subsidie = {
  __typename?: 'Subsidie';
  /** Incidentele en aanvullende bedragen bij deze subsidie. */
  aanvullendeBedragen: Array<AanvullendBedrag>;
  /** Het bedrag per jaar; null als de bron geen bedrag noemt. */
  bedragPerJaar: Maybe<Geldbedrag>;
  bron: Bron;
  doel: SubsidieDoel;
  /** Elke versie van deze subsidie, oudste eerst. */
  geschiedenis: Array<Vastlegging>;
  id: Scalars['ID']['output'];
  /** De looptijd zoals de bron hem beschrijft. */
  looptijdInBron: Maybe<Scalars['String']['output']>;
  /** ISO 8601-datum tot en met wanneer de subsidie loopt, waar de bron een einde noemt. */
  looptijdTot: Maybe<Scalars['String']['output']>;
  /** De voorziening zoals de bron haar noemt. */
  omschrijving: Scalars['String']['output'];
  ontvanger: Maybe<Partner>;
  regio: Maybe<Regio>;
  soort: SubsidieSoort;
  /** Hoe de rij is gelezen, waar de bron (scan) dat niet eenduidig maakt. */
  toelichting: Maybe<Scalars['String']['output']>;
  /** Laatste dag waarop de regio de subsidie verleent; leeg zolang ze loopt. */
  tot: Maybe<Scalars['String']['output']>;
  /** Wat de bron niet zelf bewijst: welk veld, waarom en hoe het is afgeleid. Leeg als de bron alles bewijst. */
  twijfels: Array<Twijfel>;
  /** Eerste dag waarop de regio de subsidie verleent, als bekend (JJJJ-MM-DD). */
  vanaf: Maybe<Scalars['String']['output']>;
  /** Het versienummer: geef het mee bij een wijziging. */
  versie: Scalars['Int']['output'];
};

export type SubsidieDoel =
  | 'BESCHERMD_WONEN'
  | 'DAGBESTEDING'
  | 'HERSTEL'
  | 'INLOOP'
  | 'MAATSCHAPPELIJKE_OPVANG'
  | 'MANTELZORGONDERSTEUNING'
  | 'OVERIG'
  | 'VERSLAVINGSZORG'
  | 'VRIJWILLIGERSONDERSTEUNING';

export type SubsidieInvoer = {
  /** Het bedrag per jaar in hele eurocenten; leeg als de bron geen bedrag noemt. */
  bedragPerJaarInCenten?: InputMaybe<Scalars['String']['input']>;
  doel: SubsidieDoel;
  /** De looptijd zoals de bron hem beschrijft. */
  looptijdInBron?: InputMaybe<Scalars['String']['input']>;
  /** Tot en met wanneer de subsidie loopt volgens de bron (JJJJ-MM-DD). */
  looptijdTot?: InputMaybe<Scalars['String']['input']>;
  omschrijving: Scalars['String']['input'];
  /** Het id van de organisatie die de subsidie ontvangt (kleine letters en streepjes, zoals `leger-des-heils`). */
  ontvanger: Scalars['ID']['input'];
  soort: SubsidieSoort;
  toelichting?: InputMaybe<Scalars['String']['input']>;
  /** Laatste dag waarop de subsidie verleend is, als bekend. */
  tot?: InputMaybe<Scalars['String']['input']>;
  /** Eerste dag waarop de subsidie verleend is (JJJJ-MM-DD), als bekend. */
  vanaf?: InputMaybe<Scalars['String']['input']>;
};

export type SubsidieSoort =
  /** Begrotingssubsidie. */
  | 'BEGROTING'
  /** Verleend na een tender. */
  | 'TENDER';

export type SubsidieUitkomst = {
  __typename?: 'SubsidieUitkomst';
  ok: Scalars['Boolean']['output'];
  subsidie: Maybe<Subsidie>;
  weigering: Maybe<Directoryweigering>;
};

export type SubsidieWijzigingInvoer = {
  bedragPerJaarInCenten?: InputMaybe<Scalars['String']['input']>;
  doel?: InputMaybe<SubsidieDoel>;
  looptijdInBron?: InputMaybe<Scalars['String']['input']>;
  looptijdTot?: InputMaybe<Scalars['String']['input']>;
  omschrijving?: InputMaybe<Scalars['String']['input']>;
  ontvanger?: InputMaybe<Scalars['ID']['input']>;
  soort?: InputMaybe<SubsidieSoort>;
  toelichting?: InputMaybe<Scalars['String']['input']>;
  tot?: InputMaybe<Scalars['String']['input']>;
  vanaf?: InputMaybe<Scalars['String']['input']>;
};

export type SubsidiebedragInvoer = {
  /** Hele eurocenten, nul of meer. */
  bedragInCenten: Scalars['String']['input'];
  /** Voor wie het bedrag bedoeld is, als dat een ander is dan de subsidieontvanger (een organisatie-id). */
  begunstigde?: InputMaybe<Scalars['ID']['input']>;
  omschrijving: Scalars['String']['input'];
};

export type SubsidiebedragUitkomst = {
  __typename?: 'SubsidiebedragUitkomst';
  bedrag: Maybe<AanvullendBedrag>;
  ok: Scalars['Boolean']['output'];
  weigering: Maybe<Directoryweigering>;
};

/** De subsidietotalen van een regio: berekend uit de rijen, en naast elk totaal dat de bron vermeldt. */
export type Subsidietotalen = {
  __typename?: 'Subsidietotalen';
  aantalSubsidies: Scalars['Int']['output'];
  /** Subsidies waarvoor de bron geen bedrag noemt (niet in de som). */
  aantalZonderBedrag: Scalars['Int']['output'];
  /** Jaarlijks plus incidenteel. */
  berekend: Geldbedrag;
  /** Som van de incidentele bedragen. */
  incidenteel: Geldbedrag;
  /** Som van de jaarbedragen en jaarlijkse aanvullingen. */
  jaarlijks: Geldbedrag;
  /** Totalen zoals de bron ze vermeldt, elk met het verschil met de berekende som. */
  vermeld: Array<VermeldTotaal>;
};

/**
 * Twijfel over één veld van een record: de waarde is wat de bron drukt of wat eruit is afgeleid, en
 * hier staat waarom die niet zeker is en hoe ze tot stand kwam. Niets is stilzwijgend verbeterd.
 */
export type Twijfel = {
  __typename?: 'Twijfel';
  /** Hoe de waarde is afgeleid of waarom ze twijfelachtig is, in gewone taal. */
  afleiding: Scalars['String']['output'];
  /** De passage waarop de afleiding rust, als dat niet het citaat van het record zelf is. */
  bron: Maybe<Bron>;
  soort: TwijfelSoort;
  /** Het veld van het record waarover getwijfeld wordt (zoals `soort`, `naam`, `code`, `doel`). */
  veld: Scalars['String']['output'];
  /** De waarschijnlijke lezing, bij een `ONZEKERE_LEZING`; leeg als de bron die niet beslist. */
  waarschijnlijk: Maybe<Scalars['String']['output']>;
};

export type TwijfelSoort =
  /** Afgeleid uit een ander document, een lijst van sectoren of algemene kennis; het citaat zegt het niet zelf. */
  | 'AFGELEID'
  /** De bron drukt deze waarde, maar de scan kan een teken verkeerd gelezen hebben. */
  | 'ONZEKERE_LEZING';

/** Eén versie van een record: wie het vastlegde, wanneer, waarom, op welke bron, en wat veranderde. */
export type Vastlegging = {
  __typename?: 'Vastlegging';
  actie: WijzigingActie;
  bron: Bron;
  /** De gebruiker; alleen zichtbaar voor beheerders. `bronbestanden` voor wat uit de bronbestanden van de hub komt. */
  door: Maybe<Scalars['String']['output']>;
  /** De organisatie namens wie. */
  namens: Maybe<Scalars['String']['output']>;
  /** Wanneer (ISO 8601). */
  op: Scalars['String']['output'];
  reden: Scalars['String']['output'];
  versie: Scalars['Int']['output'];
  /** De velden die ten opzichte van de vorige versie veranderden. */
  wijzigingen: Array<Veldwijziging>;
};

export type Veldwijziging = {
  __typename?: 'Veldwijziging';
  nieuw: Maybe<Scalars['String']['output']>;
  oud: Maybe<Scalars['String']['output']>;
  veld: Scalars['String']['output'];
};

/** Waarom een wijziging gebeurt en waarop ze rust. */
export type VerantwoordingInvoer = {
  bron: BronInvoer;
  reden: Scalars['String']['input'];
};

export type VermeldTotaal = {
  __typename?: 'VermeldTotaal';
  bedrag: Geldbedrag;
  berekend: Geldbedrag;
  bron: Bron;
  klopt: Scalars['Boolean']['output'];
  omschrijving: Scalars['String']['output'];
  /** Wat het vermelde totaal volgens de bron omvat. */
  omvat: Maybe<Scalars['String']['output']>;
  /** Vermeld min berekend; nul als ze overeenkomen. */
  verschil: Geldbedrag;
};

export type WijzigingActie =
  | 'AANGEMAAKT'
  | 'BEEINDIGD'
  | 'GEWIJZIGD'
  /** Ingetrokken: het record had nooit zo mogen worden vastgelegd (een fout in de bron). */
  | 'INGETROKKEN'
  | 'SAMENGEVOEGD';

export type Wijzigingenpagina = {
  __typename?: 'Wijzigingenpagina';
  /** Geef dit mee als `na` voor de volgende pagina. */
  cursor: Scalars['String']['output'];
  heeftMeer: Scalars['Boolean']['output'];
  wijzigingen: Array<Directorywijziging>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Directorywijzigingen: Directorywijzigingen;
  Partner: Partner;
  Product: Product;
  Regio: Regio;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Directorywijzigingen:
    ( { __typename: 'Directorywijzigingen' }
    & GraphQLRecursivePick<FederationTypes['Directorywijzigingen'], {"na":true}> );
  Partner:
    ( { __typename: 'Partner' }
    & GraphQLRecursivePick<FederationTypes['Partner'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"code":true}> );
  Regio:
    ( { __typename: 'Regio' }
    & GraphQLRecursivePick<FederationTypes['Regio'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AanvullendBedrag: ResolverTypeWrapper<SubsidieBedragRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AanvullendBedragSoort: AanvullendBedragSoort;
  BestandInvoer: BestandInvoer;
  Bron: ResolverTypeWrapper<Bron>;
  BronInvoer: BronInvoer;
  Directoryweigering: ResolverTypeWrapper<Directoryweigering>;
  DirectoryweigeringCode: DirectoryweigeringCode;
  Directorywijziging: ResolverTypeWrapper<WijzigingRow>;
  Directorywijzigingen: ResolverTypeWrapper<DirectoryFeedKey>;
  Geldbedrag: ResolverTypeWrapper<Geldbedrag>;
  Kengetal: ResolverTypeWrapper<KengetalRow>;
  KengetalEenheid: KengetalEenheid;
  KengetalInvoer: KengetalInvoer;
  KengetalOnderwerp: KengetalOnderwerp;
  KengetalUitkomst: ResolverTypeWrapper<KengetalResult>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  KengetalWijzigingInvoer: KengetalWijzigingInvoer;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OngeldigeRegel: ResolverTypeWrapper<OngeldigeRegel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerReference>;
  Product: ResolverTypeWrapper<ProductRow>;
  ProductConnection: ResolverTypeWrapper<ProductPage>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductInvoer: ProductInvoer;
  ProductUitkomst: ResolverTypeWrapper<ProductResult>;
  ProductWijzigingInvoer: ProductWijzigingInvoer;
  Productcategorie: ResolverTypeWrapper<ProductcategorieRow>;
  ProductimportUitkomst: ResolverTypeWrapper<ProductImportResult>;
  Productimportregel: ResolverTypeWrapper<ProductImportRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Regio: ResolverTypeWrapper<RegioReference>;
  Subsidie: ResolverTypeWrapper<SubsidieRow>;
  SubsidieDoel: SubsidieDoel;
  SubsidieInvoer: SubsidieInvoer;
  SubsidieSoort: SubsidieSoort;
  SubsidieUitkomst: ResolverTypeWrapper<SubsidieResult>;
  SubsidieWijzigingInvoer: SubsidieWijzigingInvoer;
  SubsidiebedragInvoer: SubsidiebedragInvoer;
  SubsidiebedragUitkomst: ResolverTypeWrapper<BedragResult>;
  Subsidietotalen: ResolverTypeWrapper<Subsidietotalen>;
  Twijfel: ResolverTypeWrapper<Twijfel>;
  TwijfelSoort: TwijfelSoort;
  Vastlegging: ResolverTypeWrapper<HistoryEntry>;
  Veldwijziging: ResolverTypeWrapper<Veldwijziging>;
  VerantwoordingInvoer: VerantwoordingInvoer;
  VermeldTotaal: ResolverTypeWrapper<VermeldTotaal>;
  WijzigingActie: WijzigingActie;
  Wijzigingenpagina: ResolverTypeWrapper<ChangeFeedPage>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AanvullendBedrag: SubsidieBedragRow;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  BestandInvoer: BestandInvoer;
  Bron: Bron;
  BronInvoer: BronInvoer;
  Directoryweigering: Directoryweigering;
  Directorywijziging: WijzigingRow;
  Directorywijzigingen: DirectoryFeedKey;
  Geldbedrag: Geldbedrag;
  Kengetal: KengetalRow;
  KengetalInvoer: KengetalInvoer;
  KengetalUitkomst: KengetalResult;
  Boolean: Scalars['Boolean']['output'];
  KengetalWijzigingInvoer: KengetalWijzigingInvoer;
  Mutation: Record<PropertyKey, never>;
  OngeldigeRegel: OngeldigeRegel;
  PageInfo: PageInfo;
  Partner: PartnerReference;
  Product: ProductRow;
  ProductConnection: ProductPage;
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductInvoer: ProductInvoer;
  ProductUitkomst: ProductResult;
  ProductWijzigingInvoer: ProductWijzigingInvoer;
  Productcategorie: ProductcategorieRow;
  ProductimportUitkomst: ProductImportResult;
  Productimportregel: ProductImportRow;
  Query: Record<PropertyKey, never>;
  Regio: RegioReference;
  Subsidie: SubsidieRow;
  SubsidieInvoer: SubsidieInvoer;
  SubsidieUitkomst: SubsidieResult;
  SubsidieWijzigingInvoer: SubsidieWijzigingInvoer;
  SubsidiebedragInvoer: SubsidiebedragInvoer;
  SubsidiebedragUitkomst: BedragResult;
  Subsidietotalen: Subsidietotalen;
  Twijfel: Twijfel;
  Vastlegging: HistoryEntry;
  Veldwijziging: Veldwijziging;
  VerantwoordingInvoer: VerantwoordingInvoer;
  VermeldTotaal: VermeldTotaal;
  Wijzigingenpagina: ChangeFeedPage;
}>;

export type AanvullendBedragResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['AanvullendBedrag'] = ResolversParentTypes['AanvullendBedrag']> = ResolversObject<{
  bedrag?: Resolver<ResolversTypes['Geldbedrag'], ParentType, ContextType>;
  begunstigde?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  geschiedenis?: Resolver<Array<ResolversTypes['Vastlegging']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jaar?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['AanvullendBedragSoort'], ParentType, ContextType>;
  versie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BronResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Bron'] = ResolversParentTypes['Bron']> = ResolversObject<{
  citaat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  documentTitel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectie?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DirectoryweigeringResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Directoryweigering'] = ResolversParentTypes['Directoryweigering']> = ResolversObject<{
  bericht?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['DirectoryweigeringCode'], ParentType, ContextType>;
}>;

export type DirectorywijzigingResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Directorywijziging'] = ResolversParentTypes['Directorywijziging']> = ResolversObject<{
  actie?: Resolver<ResolversTypes['WijzigingActie'], ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  door?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  namens?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nr?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  op?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reden?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regios?: Resolver<Array<ResolversTypes['Regio']>, ParentType, ContextType>;
  sleutel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DirectorywijzigingenResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Directorywijzigingen'] = ResolversParentTypes['Directorywijzigingen'], FederationReferenceType extends FederationReferenceTypes['Directorywijzigingen'] = FederationReferenceTypes['Directorywijzigingen']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Directorywijzigingen']> | FederationReferenceType, FederationReferenceType, ContextType>;
  na?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  voorzieningen?: Resolver<ResolversTypes['Wijzigingenpagina'], ParentType, ContextType>;
}>;

export type GeldbedragResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Geldbedrag'] = ResolversParentTypes['Geldbedrag']> = ResolversObject<{
  centen?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  euro?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type KengetalResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Kengetal'] = ResolversParentTypes['Kengetal']> = ResolversObject<{
  aantal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  aantalAanbieders?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  bedrag?: Resolver<Maybe<ResolversTypes['Geldbedrag']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  eenheid?: Resolver<ResolversTypes['KengetalEenheid'], ParentType, ContextType>;
  eenheidAanbieders?: Resolver<Maybe<ResolversTypes['KengetalEenheid']>, ParentType, ContextType>;
  geschiedenis?: Resolver<Array<ResolversTypes['Vastlegging']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jaar?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maximaal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minimaal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onderwerp?: Resolver<ResolversTypes['KengetalOnderwerp'], ParentType, ContextType>;
  regio?: Resolver<Maybe<ResolversTypes['Regio']>, ParentType, ContextType>;
  subregio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  versie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type KengetalUitkomstResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['KengetalUitkomst'] = ResolversParentTypes['KengetalUitkomst']> = ResolversObject<{
  kengetal?: Resolver<Maybe<ResolversTypes['Kengetal']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  weigering?: Resolver<Maybe<ResolversTypes['Directoryweigering']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  beeindigProduct?: Resolver<ResolversTypes['ProductUitkomst'], ParentType, ContextType, RequireFields<MutationBeeindigProductArgs, 'code' | 'tot' | 'verantwoording' | 'versie'>>;
  beeindigSubsidie?: Resolver<ResolversTypes['SubsidieUitkomst'], ParentType, ContextType, RequireFields<MutationBeeindigSubsidieArgs, 'id' | 'tot' | 'verantwoording' | 'versie'>>;
  importeerProducten?: Resolver<ResolversTypes['ProductimportUitkomst'], ParentType, ContextType, RequireFields<MutationImporteerProductenArgs, 'bestand' | 'proef' | 'regio' | 'verantwoording'>>;
  maakSubsidie?: Resolver<ResolversTypes['SubsidieUitkomst'], ParentType, ContextType, RequireFields<MutationMaakSubsidieArgs, 'regio' | 'subsidie' | 'verantwoording'>>;
  trekKengetalIn?: Resolver<ResolversTypes['KengetalUitkomst'], ParentType, ContextType, RequireFields<MutationTrekKengetalInArgs, 'id' | 'verantwoording' | 'versie'>>;
  voegKengetalToe?: Resolver<ResolversTypes['KengetalUitkomst'], ParentType, ContextType, RequireFields<MutationVoegKengetalToeArgs, 'kengetal' | 'regio' | 'verantwoording'>>;
  voegProductToe?: Resolver<ResolversTypes['ProductUitkomst'], ParentType, ContextType, RequireFields<MutationVoegProductToeArgs, 'product' | 'regio' | 'verantwoording'>>;
  wijzigKengetal?: Resolver<ResolversTypes['KengetalUitkomst'], ParentType, ContextType, RequireFields<MutationWijzigKengetalArgs, 'id' | 'kengetal' | 'verantwoording' | 'versie'>>;
  wijzigProduct?: Resolver<ResolversTypes['ProductUitkomst'], ParentType, ContextType, RequireFields<MutationWijzigProductArgs, 'code' | 'product' | 'verantwoording' | 'versie'>>;
  wijzigSubsidie?: Resolver<ResolversTypes['SubsidieUitkomst'], ParentType, ContextType, RequireFields<MutationWijzigSubsidieArgs, 'id' | 'subsidie' | 'verantwoording' | 'versie'>>;
  zetSubsidiebedrag?: Resolver<ResolversTypes['SubsidiebedragUitkomst'], ParentType, ContextType, RequireFields<MutationZetSubsidiebedragArgs, 'bedrag' | 'soort' | 'subsidie' | 'verantwoording'>>;
}>;

export type OngeldigeRegelResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['OngeldigeRegel'] = ResolversParentTypes['OngeldigeRegel']> = ResolversObject<{
  redenen?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  regel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartnerResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner'], FederationReferenceType extends FederationReferenceTypes['Partner'] = FederationReferenceTypes['Partner']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subsidies?: Resolver<Maybe<Array<ResolversTypes['Subsidie']>>, ParentType, ContextType, Partial<PartnerSubsidiesArgs>>;
}>;

export type ProductResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  categorie?: Resolver<ResolversTypes['Productcategorie'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  codeInBron?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  geschiedenis?: Resolver<Array<ResolversTypes['Vastlegging']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regio?: Resolver<Maybe<ResolversTypes['Regio']>, ParentType, ContextType>;
  situationeel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tot?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  twijfels?: Resolver<Array<ResolversTypes['Twijfel']>, ParentType, ContextType>;
  vanaf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  versie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductConnectionResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductEdgeResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
}>;

export type ProductUitkomstResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['ProductUitkomst'] = ResolversParentTypes['ProductUitkomst']> = ResolversObject<{
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  weigering?: Resolver<Maybe<ResolversTypes['Directoryweigering']>, ParentType, ContextType>;
}>;

export type ProductcategorieResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Productcategorie'] = ResolversParentTypes['Productcategorie']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  producten?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType, Partial<ProductcategorieProductenArgs>>;
}>;

export type ProductimportUitkomstResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['ProductimportUitkomst'] = ResolversParentTypes['ProductimportUitkomst']> = ResolversObject<{
  beeindigd?: Resolver<Array<ResolversTypes['Productimportregel']>, ParentType, ContextType>;
  gewijzigd?: Resolver<Array<ResolversTypes['Productimportregel']>, ParentType, ContextType>;
  nieuw?: Resolver<Array<ResolversTypes['Productimportregel']>, ParentType, ContextType>;
  ongeldig?: Resolver<Array<ResolversTypes['OngeldigeRegel']>, ParentType, ContextType>;
  ongewijzigd?: Resolver<Array<ResolversTypes['Productimportregel']>, ParentType, ContextType>;
  proef?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  regio?: Resolver<ResolversTypes['Regio'], ParentType, ContextType>;
  toegepast?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProductimportregelResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Productimportregel'] = ResolversParentTypes['Productimportregel']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  regel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  velden?: Resolver<Array<ResolversTypes['Veldwijziging']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  kengetallen?: Resolver<Maybe<Array<ResolversTypes['Kengetal']>>, ParentType, ContextType, Partial<QueryKengetallenArgs>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'code'>>;
  productcategorie?: Resolver<Maybe<ResolversTypes['Productcategorie']>, ParentType, ContextType, RequireFields<QueryProductcategorieArgs, 'code'>>;
  productcategorieen?: Resolver<Maybe<Array<ResolversTypes['Productcategorie']>>, ParentType, ContextType>;
  producten?: Resolver<Maybe<ResolversTypes['ProductConnection']>, ParentType, ContextType, Partial<QueryProductenArgs>>;
  subsidie?: Resolver<Maybe<ResolversTypes['Subsidie']>, ParentType, ContextType, RequireFields<QuerySubsidieArgs, 'id'>>;
  subsidies?: Resolver<Maybe<Array<ResolversTypes['Subsidie']>>, ParentType, ContextType, Partial<QuerySubsidiesArgs>>;
  voorzieningwijzigingen?: Resolver<ResolversTypes['Wijzigingenpagina'], ParentType, ContextType, RequireFields<QueryVoorzieningwijzigingenArgs, 'vanBeheerders'>>;
}>;

export type RegioResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Regio'] = ResolversParentTypes['Regio'], FederationReferenceType extends FederationReferenceTypes['Regio'] = FederationReferenceTypes['Regio']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Regio']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kengetallen?: Resolver<Maybe<Array<ResolversTypes['Kengetal']>>, ParentType, ContextType, Partial<RegioKengetallenArgs>>;
  producten?: Resolver<Maybe<Array<ResolversTypes['Product']>>, ParentType, ContextType, Partial<RegioProductenArgs>>;
  subsidies?: Resolver<Maybe<Array<ResolversTypes['Subsidie']>>, ParentType, ContextType, Partial<RegioSubsidiesArgs>>;
  subsidietotalen?: Resolver<Maybe<ResolversTypes['Subsidietotalen']>, ParentType, ContextType, Partial<RegioSubsidietotalenArgs>>;
}>;

export type SubsidieResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Subsidie'] = ResolversParentTypes['Subsidie']> = ResolversObject<{
  aanvullendeBedragen?: Resolver<Array<ResolversTypes['AanvullendBedrag']>, ParentType, ContextType>;
  bedragPerJaar?: Resolver<Maybe<ResolversTypes['Geldbedrag']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  doel?: Resolver<ResolversTypes['SubsidieDoel'], ParentType, ContextType>;
  geschiedenis?: Resolver<Array<ResolversTypes['Vastlegging']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  looptijdInBron?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  looptijdTot?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ontvanger?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  regio?: Resolver<Maybe<ResolversTypes['Regio']>, ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['SubsidieSoort'], ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tot?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  twijfels?: Resolver<Array<ResolversTypes['Twijfel']>, ParentType, ContextType>;
  vanaf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  versie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubsidieUitkomstResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['SubsidieUitkomst'] = ResolversParentTypes['SubsidieUitkomst']> = ResolversObject<{
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subsidie?: Resolver<Maybe<ResolversTypes['Subsidie']>, ParentType, ContextType>;
  weigering?: Resolver<Maybe<ResolversTypes['Directoryweigering']>, ParentType, ContextType>;
}>;

export type SubsidiebedragUitkomstResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['SubsidiebedragUitkomst'] = ResolversParentTypes['SubsidiebedragUitkomst']> = ResolversObject<{
  bedrag?: Resolver<Maybe<ResolversTypes['AanvullendBedrag']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  weigering?: Resolver<Maybe<ResolversTypes['Directoryweigering']>, ParentType, ContextType>;
}>;

export type SubsidietotalenResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Subsidietotalen'] = ResolversParentTypes['Subsidietotalen']> = ResolversObject<{
  aantalSubsidies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  aantalZonderBedrag?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  berekend?: Resolver<ResolversTypes['Geldbedrag'], ParentType, ContextType>;
  incidenteel?: Resolver<ResolversTypes['Geldbedrag'], ParentType, ContextType>;
  jaarlijks?: Resolver<ResolversTypes['Geldbedrag'], ParentType, ContextType>;
  vermeld?: Resolver<Array<ResolversTypes['VermeldTotaal']>, ParentType, ContextType>;
}>;

export type TwijfelResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Twijfel'] = ResolversParentTypes['Twijfel']> = ResolversObject<{
  afleiding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bron?: Resolver<Maybe<ResolversTypes['Bron']>, ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['TwijfelSoort'], ParentType, ContextType>;
  veld?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waarschijnlijk?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type VastleggingResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Vastlegging'] = ResolversParentTypes['Vastlegging']> = ResolversObject<{
  actie?: Resolver<ResolversTypes['WijzigingActie'], ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  door?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  namens?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  op?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reden?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wijzigingen?: Resolver<Array<ResolversTypes['Veldwijziging']>, ParentType, ContextType>;
}>;

export type VeldwijzigingResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Veldwijziging'] = ResolversParentTypes['Veldwijziging']> = ResolversObject<{
  nieuw?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oud?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  veld?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VermeldTotaalResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['VermeldTotaal'] = ResolversParentTypes['VermeldTotaal']> = ResolversObject<{
  bedrag?: Resolver<ResolversTypes['Geldbedrag'], ParentType, ContextType>;
  berekend?: Resolver<ResolversTypes['Geldbedrag'], ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  klopt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  omvat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verschil?: Resolver<ResolversTypes['Geldbedrag'], ParentType, ContextType>;
}>;

export type WijzigingenpaginaResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Wijzigingenpagina'] = ResolversParentTypes['Wijzigingenpagina']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  heeftMeer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  wijzigingen?: Resolver<Array<ResolversTypes['Directorywijziging']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = VoorzieningenContext> = ResolversObject<{
  AanvullendBedrag?: AanvullendBedragResolvers<ContextType>;
  Bron?: BronResolvers<ContextType>;
  Directoryweigering?: DirectoryweigeringResolvers<ContextType>;
  Directorywijziging?: DirectorywijzigingResolvers<ContextType>;
  Directorywijzigingen?: DirectorywijzigingenResolvers<ContextType>;
  Geldbedrag?: GeldbedragResolvers<ContextType>;
  Kengetal?: KengetalResolvers<ContextType>;
  KengetalUitkomst?: KengetalUitkomstResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OngeldigeRegel?: OngeldigeRegelResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductUitkomst?: ProductUitkomstResolvers<ContextType>;
  Productcategorie?: ProductcategorieResolvers<ContextType>;
  ProductimportUitkomst?: ProductimportUitkomstResolvers<ContextType>;
  Productimportregel?: ProductimportregelResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Regio?: RegioResolvers<ContextType>;
  Subsidie?: SubsidieResolvers<ContextType>;
  SubsidieUitkomst?: SubsidieUitkomstResolvers<ContextType>;
  SubsidiebedragUitkomst?: SubsidiebedragUitkomstResolvers<ContextType>;
  Subsidietotalen?: SubsidietotalenResolvers<ContextType>;
  Twijfel?: TwijfelResolvers<ContextType>;
  Vastlegging?: VastleggingResolvers<ContextType>;
  Veldwijziging?: VeldwijzigingResolvers<ContextType>;
  VermeldTotaal?: VermeldTotaalResolvers<ContextType>;
  Wijzigingenpagina?: WijzigingenpaginaResolvers<ContextType>;
}>;

