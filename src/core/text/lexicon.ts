// The English lexicon: words that carry no meaning, question words, and words a reader may use for one
// another.
import { stem } from './stem.js';

/** Words that carry no meaning for matching. Kept as folded words, before stemming. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after against all am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most ' +
    'my myself no nor not of off on once only or other our ours ourselves out over own same she should so ' +
    'some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom why will with would you your ' +
    'yours yourself yourselves tell me please know happen happened happens thing things get got also ' +
    'does dont didnt isnt wasnt arent werent whats whos wheres whens hows say says said many much ' +
    'anybody anyone anything somebody someone something everybody everyone everything whose really ' +
    'actually exactly think going kind sort like lot lots ever yet still now total number amount ' +
    'come came comes coming go goes went gone make makes made take took taken give gave given ' +
    'might may must shall'
  ).split(/\s+/),
);

/** Question words, whose misspellings ("wat", "hw") are still question words. */
export const QUESTION_WORDS: readonly string[] = ['what', 'who', 'whom', 'whose', 'where', 'when', 'why', 'how', 'which', 'does', 'did', 'the'];

// Groups of words a reader may use for one another. Matching is by stem, so list plain forms.
const GROUPS: readonly string[] = [
  'missile rocket projectile ballistic',
  'kill killed dead death die died fatal fatality fatalities',
  'injure injured injury hurt wound wounded harm harmed affect affected',
  'casualty casualties killed injured hurt wounded victim',
  'attack strike struck hit barrage assault bombard bombing raid',
  'retaliation retaliate revenge avenge vengeance payback reprisal',
  'base airbase',
  'fire fired launch launched shoot shot',
  'war conflict',
  'escalation escalate',
  'footage video film',
  'television tv',
  'covert secret clandestine',
  'expel remove oust',
  'tweet twitter wrote posted',
  'threat threaten threatened warn warned',
  'react reaction respond response',
  'relaxed calm',
  'minister ministry',
  'uk britain british',
  'us america american usa',
  'iran iranian tehran',
  'iraq iraqi',
  'defence defense',
  'west western',
  'northeast northeastern',
  'democrat democrats',
  'lie lying',
  'humble humbling embarrassing embarrass',
  'tough strong',
  'retreat climb',
  'speak speech remark address',
  'plan intend intention',
  'again further another more',
  'decide decision choose choice option',
  'ignore overlook disregard unanswered let',
  'humble humbling embarrassing embarrass humiliate humiliating',
  'want keen eager seek wish',
  'direct full',
  'avoid avert',
  'deescalate backs backdown',
  'soldier troop personnel',
  'predict prediction warn',
  'relief relieved',
  'punish punished lesson',
  'broadcast air show',
  'superior stronger',
];

/** The synonym groups with every word stemmed, each stem once per group. */
export function stemmedGroups(stemOf: (w: string) => string): string[][] {
  return GROUPS.map((group) => [...new Set(group.split(' ').map(stemOf))]);
}

/** The other stems that share a group with `st`, in group order. */
export function synonymsIn(groups: ReadonlyArray<readonly string[]>, st: string): string[] {
  const out = new Set<string>();
  for (const group of groups) if (group.includes(st)) for (const other of group) if (other !== st) out.add(other);
  return [...out];
}

// The build stems the synonym groups once and inlines them (see scripts/build.mjs): stemming them at
// every start-up cost about half a millisecond. A query looks up only its own words.
declare const __FACTQ_SYNONYMS__: string | undefined;
let groups: ReadonlyArray<readonly string[]> | undefined;
const synonymCache = new Map<string, readonly string[]>();

/** The stems a reader may use for the stem `st` (its synonyms), stemmed. */
export function synonymsOf(st: string): readonly string[] {
  let found = synonymCache.get(st);
  if (!found) {
    groups ??= typeof __FACTQ_SYNONYMS__ === 'string' ? (JSON.parse(__FACTQ_SYNONYMS__) as string[][]) : stemmedGroups(stem);
    synonymCache.set(st, (found = synonymsIn(groups, st)));
  }
  return found;
}
