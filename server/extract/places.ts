// Countries and their peoples' words, from the world-countries data (every country's common and
// official names, other spellings, capitals and demonyms), so that "Russia", "Moscow", "the Russian
// government" and "Russia's foreign ministry" are read as one family and not as a list of the
// countries one story named.
import { createRequire } from 'node:module';

interface CountryRow {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}
export interface Country {
  /** "Russia", "United States" */
  name: string;
  /** "Russian", "American" */
  demonym: string;
}

const rows = createRequire(import.meta.url)('world-countries') as CountryRow[];

const byName = new Map<string, Country>();
const byCapital = new Map<string, Country>();
const PEOPLE = new Set<string>();
for (const r of rows) {
  const demonym = r.demonyms?.eng?.m;
  if (!demonym) continue;
  const country: Country = { name: r.name.common, demonym };
  // the names a news text writes a country by: common, official, other spellings of more than
  // two letters that are not codes ("RU"), with and without a leading "the"
  // ("Republic of Turkey" gives Turkey)
  for (const n of [r.name.common, r.name.official, ...r.altSpellings])
    if (/^[A-Z][a-z]/.test(n) && /^[\p{L} .'’-]+$/u.test(n))
      for (const form of [n, n.replace(/^(?:the\s+)?Republic\s+of\s+(?:the\s+)?/, '')])
        if (!byName.has(form.replace(/^the\s+/i, '')))
          byName.set(form.replace(/^the\s+/i, ''), country);
  for (const c of r.capital ?? []) if (/^[A-Z][a-z]/.test(c)) byCapital.set(c, country);
  for (const d of [demonym, r.demonyms?.eng?.f ?? demonym]) PEOPLE.add(d);
}
// the initials English prose writes the largest countries by, with and without stops
for (const [short, name] of [
  ['US', 'United States'],
  ['U.S', 'United States'],
  ['U.S.', 'United States'],
  ['USA', 'United States'],
  ['UK', 'United Kingdom'],
  ['U.K', 'United Kingdom'],
  ['U.K.', 'United Kingdom'],
  ['Britain', 'United Kingdom'],
  ['Great Britain', 'United Kingdom'],
  ['UAE', 'United Arab Emirates'],
  ['U.A.E.', 'United Arab Emirates'],
] as const) {
  const c = byName.get(name);
  if (c) byName.set(short, c);
}

/** The country `name` is, as a whole ("Russia", "the United States", "U.S."), if it is one. */
export function countryNamed(name: string): Country | undefined {
  return byName.get(name.replace(/^the\s+/i, '').trim());
}

/** The country whose capital `name` is ("Moscow", "Beijing"): its government, when it speaks. */
export function countryOfCapital(name: string): Country | undefined {
  return byCapital.get(name.trim());
}

// continents, regions and the political blocs news prose names by an adjective; a word of these
// alone ("Africa", "Western", "European") is a place or a people, never who spoke
const REGIONS = new Set([
  'Africa',
  'African',
  'Asia',
  'Asian',
  'Europe',
  'European',
  'America',
  'Americas',
  'Oceania',
  'Arctic',
  'Antarctica',
  'Middle East',
  'Mideast',
  'Western',
  'Eastern',
  'Northern',
  'Southern',
  'Arab',
  'Latin',
  'Gulf',
  'Balkan',
  'Baltic',
  'Nordic',
  'Scandinavian',
  'Caribbean',
  'Pacific',
  'Atlantic',
  'World',
]);

/**
 * Whether `name` is only a people's or a place's adjective, or a continent or region
 * ("British", "the Egyptians", "Africa", "Western"): a word that says where, never who.
 */
export function placeWordOnly(name: string): boolean {
  const n = name.replace(/^the\s+/i, '').trim();
  // ("Vatican" is a people's word and a state's name: a name)
  if (byName.has(n)) return false;
  const singular = n.replace(/(?<=[a-z])s$/, '');
  return PEOPLE.has(n) || PEOPLE.has(singular) || REGIONS.has(n) || REGIONS.has(singular);
}
