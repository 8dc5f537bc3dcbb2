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

/** Map each stem to the other stems of its synonym groups. */
export function buildSynonyms(stemOf: (w: string) => string): Map<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of GROUPS) {
    const members = [...new Set(group.split(' ').map(stemOf))];
    for (const m of members) {
      const set = map.get(m) ?? new Set<string>();
      for (const other of members) if (other !== m) set.add(other);
      map.set(m, set);
    }
  }
  return new Map([...map].map(([stem, others]) => [stem, [...others]]));
}

/** The synonym map as plain JSON, for inlining into the bundle at build time. */
export function encodeSynonyms(map: ReadonlyMap<string, readonly string[]>): Record<string, readonly string[]> {
  return Object.fromEntries(map);
}

/** The synonym map back from its JSON form. */
export function decodeSynonyms(json: Record<string, string[]>): Map<string, string[]> {
  return new Map(Object.entries(json));
}
