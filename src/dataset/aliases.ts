/**
 * Well-known variant spellings, transliterations and short forms of names, written from general
 * knowledge (not taken from any article): each group names one entity; the first entry is the
 * preferred display name. Case and hyphenation variants need no entry (see names.ts).
 */
import { nameKey } from './names.ts';

const GROUPS: readonly (readonly string[])[] = [
  // International organisations
  ['Nato', 'Nordatlantikpakt', 'North Atlantic Treaty Organization', 'Atlantische Allianz'],
  ['Vereinte Nationen', 'UN', 'UNO', 'United Nations'],
  ['UN-Sicherheitsrat', 'Weltsicherheitsrat', 'Sicherheitsrat der Vereinten Nationen'],
  ['Europäische Union', 'EU'],
  ['Europäische Kommission', 'EU-Kommission'],
  ['Europäisches Parlament', 'EU-Parlament', 'Europaparlament'],
  ['Europäische Zentralbank', 'EZB'],
  ['Internationaler Währungsfonds', 'IWF'],
  ['Weltgesundheitsorganisation', 'WHO'],
  ['Internationaler Strafgerichtshof', 'IStGH'],
  ['Internationale Atomenergiebehörde', 'IAEA', 'IAEO'],
  ['Organisation für Sicherheit und Zusammenarbeit in Europa', 'OSZE'],
  ['Welthandelsorganisation', 'WTO'],
  // German institutions and parties
  ['Robert Koch-Institut', 'RKI', 'Robert-Koch-Institut'],
  ['Bundesverfassungsgericht', 'BVerfG'],
  ['Bundesnachrichtendienst', 'BND'],
  ['Bundeskriminalamt', 'BKA'],
  ['Bundesamt für Verfassungsschutz', 'Verfassungsschutz', 'BfV'],
  ['Bundeswehr'],
  ['Christlich Demokratische Union', 'CDU'],
  ['Christlich-Soziale Union', 'CSU'],
  ['Sozialdemokratische Partei Deutschlands', 'SPD'],
  ['Freie Demokratische Partei', 'FDP'],
  ['Alternative für Deutschland', 'AfD'],
  ['Bündnis 90/Die Grünen', 'Grüne', 'Die Grünen', 'Bündnis 90 Die Grünen'],
  ['Die Linke', 'Linke', 'Linkspartei'],
  ['Österreichische Volkspartei', 'ÖVP'],
  ['Sozialdemokratische Partei Österreichs', 'SPÖ'],
  ['Freiheitliche Partei Österreichs', 'FPÖ'],
  ['Deutsche Presse-Agentur', 'dpa'],
  ['Agence France-Presse', 'AFP'],
  // States and places: official names, older names, transliterations
  ['Deutschland', 'Bundesrepublik Deutschland', 'BRD', 'Bundesrepublik'],
  ['Vereinigte Staaten', 'USA', 'US', 'Vereinigte Staaten von Amerika', 'United States'],
  ['Vereinigtes Königreich', 'Großbritannien', 'UK', 'Vereinigtes Königreich Großbritannien und Nordirland'],
  ['Russland', 'Russische Föderation'],
  ['Belarus', 'Weißrussland', 'Republik Belarus'],
  ['Ukraine'],
  ['China', 'Volksrepublik China', 'VR China'],
  ['Nordkorea', 'Demokratische Volksrepublik Korea'],
  ['Südkorea', 'Republik Korea'],
  ['Iran', 'Islamische Republik Iran'],
  ['Türkei', 'Türkiye'],
  ['Tschechien', 'Tschechische Republik'],
  ['Moldau', 'Republik Moldau', 'Moldawien', 'Moldova'],
  ['Myanmar', 'Birma', 'Burma'],
  ['Elfenbeinküste', "Côte d'Ivoire"],
  ['Sowjetunion', 'UdSSR'],
  ['Kiew', 'Kyjiw', 'Kyiv'],
  ['Charkiw', 'Charkow', 'Kharkiv'],
  ['Odessa', 'Odesa'],
  ['Saporischschja', 'Saporoschje', 'Zaporizhzhia'],
  ['Dnipro', 'Dnjepropetrowsk'],
  ['Luhansk', 'Lugansk'],
  ['Peking', 'Beijing'],
  ['Mumbai', 'Bombay'],
  ['Kreml'],
  // People: common transliterations
  ['Wolodymyr Selenskyj', 'Wolodimir Selenski', 'Volodymyr Zelensky', 'Wolodymyr Selensky'],
  ['Alexander Lukaschenko', 'Aljaksandr Lukaschenka', 'Alexander Lukashenko'],
  ['Wladimir Putin', 'Vladimir Putin', 'Wladimir Wladimirowitsch Putin'],
  ['Sergej Lawrow', 'Sergei Lawrow', 'Sergey Lavrov'],
  ['Xi Jinping', 'Xi Dschinping'],
];

const GROUP_OF = new Map<string, number>();
for (let g = 0; g < GROUPS.length; g++) {
  for (const variant of GROUPS[g]) GROUP_OF.set(nameKey(variant), g);
}

/** Returns every known variant of a name (including the name itself), or [name] when none is known. */
export function aliasVariants(name: string): readonly string[] {
  const g = GROUP_OF.get(nameKey(name));
  return g === undefined ? [name] : GROUPS[g];
}

/** Returns the preferred display name for a name's alias group, or the name itself. */
export function preferredName(name: string): string {
  const g = GROUP_OF.get(nameKey(name));
  return g === undefined ? name : GROUPS[g][0];
}

/** Returns true when two names belong to the same alias group. */
export function sameAliasGroup(a: string, b: string): boolean {
  const ga = GROUP_OF.get(nameKey(a));
  return ga !== undefined && ga === GROUP_OF.get(nameKey(b));
}
