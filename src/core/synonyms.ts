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

/** The other stems that share a group with `stem`, in group order. */
export function synonymsIn(groups: ReadonlyArray<readonly string[]>, stem: string): string[] {
  const out = new Set<string>();
  for (const group of groups) if (group.includes(stem)) for (const other of group) if (other !== stem) out.add(other);
  return [...out];
}
