// How English questions say what they want, and how facts say a reason, a place or a time. ask reads
// these; the rules of question answering stay in core/ask.ts and its steps, core/ask/.
import type { FactType } from '../model.js';
import type { Intent } from './terms.js';

export type { Intent };

/**
 * Cues for each intent, tried in order: the first match wins, so the most specific come first. A pattern
 * with words after it is tried only on a question holding one of them (as a part of a word will do): each
 * pattern costs its compiling in every run that tries it, up to a few milliseconds for the longest, and
 * most questions hold none of those words. Every match of a pattern holds one of its words (a test checks).
 */
/** "On what platform did Trump post ...", "which social media site": a medium asked for. */
export const MEDIUM_NOUN_ASKED = /\b(?:what|which) (?:social media |social |online )?(?:platform|medium|site|website|app|network)\b/;
/** "What did Zarif say Iran would do?": what someone said of what is to come. */
export const REPORTED_FUTURE = /^what (?:did|does|do|has|have|had) (?!(?:we|i|you|people|one)\b)(?:[a-z'-]+ ){1,5}?(?:say|said|tell|told|claim|claimed|announce|announced|declare|declared|warn|warned) (?:that )?(?:[a-z'-]+ ){0,3}?(?:would|will|could|might|was going to|were going to|is going to|are going to)\b/;
/** Words telling of what is to come ("will defend", "would strike"), in what someone said. */
export const FUTURE_IN_WORDS = /\b(?:will|would|shall|won['\u2019]t|going to|plans? to|intends? to)\b/;
// "Which number is bigger", "which is the larger figure": two figures weighed, whichever way it is put.
const NUMBER_WEIGHED = /\b(?:which|what) (?:number|figure|count|total) (?:is|was) (?:the )?(?:not )?(?:bigger|larger|greater|higher|smaller|lower)\b|\b(?:which|what)(?:'s| is| was) (?:the )?(?:not )?(?:bigger|larger|greater|higher|smaller|lower) (?:number|figure|count|total)\b/;
/** "How were the missiles split between the bases?", "a breakdown of the missiles by base", "missiles per base": a whole divided among places, each one's figure asked. */
export const DIVISION_ASKED = /\b(?:split|splits|breakdown|broken down|break down|breaks down|divided|divvied|distribution|distributed|apportioned|allocated|allocation|per(?! cent\b))\b/;
/** "Al-Asad vs Irbil": two things set side by side (as a whole divided among them, where they are places). */
export const VERSUS = /\b(?:vs|versus)\b/;
/** The words of DIVISION_ASKED: a question without one asks no division. */
export const DIVISION_WORDS: readonly string[] = ['split', 'breakdown', 'broken', 'break', 'divided', 'divvied', 'distribut', 'apportion', 'allocat', 'per'];
/** "Between the bases", "by base", "across the two sites": the kind of place a whole is divided among. */
export const DIVIDED_AMONG = /\b(?:between|among|amongst|across|by|per)\s+(?:the\s+)?(?:two\s+|both\s+|different\s+|various\s+|separate\s+|us\s+|american\s+)?([a-z]+)/;
/** "How big was the crowd?", "what was the overall size of the barrage?": the size of a thing, its last word. */
/** "What does the stone weigh?", "what is the weight of it?": a mass asked, by a question opening "what". */
export const WEIGHT_ASKED = /^what (?:does|did|do|will|would) (?:[a-z'\u2019-]+ ){1,4}weigh\b|^what(?:['\u2019]s| is| was| were) (?:the |its |their )?weight\b/;
export const SIZE_ASKED = /^(?:what(?:['\u2019]s| is| was| were) the (?:overall |total |full |combined |exact |actual )?size of|how big (?:is|was|were|are)) (?:the |this |that |its |their )?(?:[a-z-]+ ){0,2}?([a-z-]+)\W*$/;
/** "What did the Democrats predict would happen?", "what does X reckon will happen?": what someone foresaw, asked. */
export const FORESEEN_ASKED = /^what (?:did|do|does|had|have|has) (?!(?:we|i|you|people|one)\b)(?:[a-z'-]+ ){1,4}?(?:predict|expect|forecast|fear|think|thought|believe|anticipate|foresee|foresaw|reckon|suppose)(?:s|ed)? (?:that )?(?:[a-z'-]+ ){0,3}?(?:would|will|could|might|was going to|were going to)\b/;

/** "What is Lindqvist's age?", "the age of X", "what age is she?": how old, asked by the word "age". */
const AGE_ASKED = /^what(?:['\u2019]s| is| was) (?:the age of\b|(?:[a-z'\u2019-]+ ){1,3}?age\W*$)|^what age (?:is|was)\b/;
export const INTENT_CUES: ReadonlyArray<readonly [Intent, RegExp, (readonly string[])?]> = [
  // ("Which spokesman gave the count of missiles?" asks who, whatever it names on the way.)
  // ("What is Lindqvist's age?", "what age is she?": how old, in years.)
  ['count', AGE_ASKED, ['age']],
  ['count', /\bhow (?:many|much|large|old|far|deep|tall|wide|thick|heavy|full)\b|\bhow (?:do|does|did) (?:the |these |those |their |both )?(?:numbers|figures|counts|totals|tallies)\b/, ['how']],
  ['count', /^what(?:['\u2019]s| is| was) the (?:difference|gap) between (?:the )?(?:number|count|figures?|totals?|[a-z]+s) (?:of|that|which|at|in|the)\b/, ['between']],
  // ("What's the gap in missiles between al-Asad and Irbil?", "al-Asad minus Irbil?": a difference of counts.)
  ['count', /^what(?:['\u2019]s| is| was) the (?:difference|gap) in (?:the )?(?:(?:number|count|total) of )?[a-z]+s\b|^(?!(?:what|which|who|whose|whom|why|when|where|how)\b)(?=.*\b(?!minus\b)(?:count|number|total|figures?|tally|[a-z]{2,}[^s'\u2019]s)\b)[^?]*\bminus\b/, ['gap', 'difference', 'minus']],
  // ("How big was the crowd?", "what was the overall size of the barrage?": its count; a place's size, no
  // count, is read as a "what" by analyse, see SIZE_ASKED.)
  ['count', SIZE_ASKED, ['size', 'big']],
  // ("What does the stone weigh?", "what is its weight?": a mass.)
  ['count', WEIGHT_ASKED, ['weigh']],
  // ("What was Irbil's share of the 22 missiles?": a part of a whole, owned by what has it.)
  ['count', /\b(?:what|which) (?:percentage|percent|share|proportion|fraction|distance)\b|\b(?:combined|overall) (?:figure|number|tally|sum)\b|^what(?:['\u2019]s| is| was| were) [a-z-]+(?:['\u2019]s|['\u2019]) (?:percentage|share|proportion|fraction) of\b/, ['percent', 'share', 'proportion', 'fraction', 'distance', 'combined', 'overall']],
  // ("Which number is bigger: the missiles Iran fired or the targets Trump threatened?": two figures weighed.)
  // (A comparative may have been read as its opposite denied: "is bigger" as "is not smaller".)
  // ("Which is the bigger number: ...?" too.)
  ['count', NUMBER_WEIGHED, ['number', 'figure', 'count', 'total']],
  // ("How were the missiles split between the bases?": each place's figure. Not why, who or when.)
  // (Nor who gave it: "which country's military gave the breakdown?", "the source for the breakdown".)
  ['count', new RegExp(`^(?!(?:why|who|whose|whom|when|where|is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\\b)(?!.*\\b(?:who|whom|whose|sources?|which (?:country|person|official|side|body|organi[sz]ation|agency|military|army|outlet))\\b).*${DIVISION_ASKED.source}`), DIVISION_WORDS],
  // ("What casualty figure did Iraq give?", "what death toll did Iran claim?": a figure asked for, whoever gave it.)
  ['count', /^(?:what|which) (?:[a-z-]+ ){0,2}?(?:figures?|numbers?|toll|tally|count|total)(?! of\b) (?:did|does|do|had|has|have|was|were|is|are)\b/, ['figure', 'number', 'toll', 'tally', 'count', 'total']],
  // ("I heard it was 50 missiles - what was the real number?": a number asked for, closing the question.)
  ['count', /\bwhat(?:['\u2019]s| is| was| were) the (?:(?:real|actual|true|correct|right|exact|official|precise) )?(?:number|figure|count|total|tally)\W*$/, ['number', 'figure', 'count', 'total', 'tally']],
  // ("What was the death toll from the strikes?", "give me the missile tally": the toll itself, a figure.)
  ['count', /^(?:what(?:['\u2019]s| is| was| were)|(?:give|tell|show) (?:me|us)) the (?:[a-z-]+ ){0,2}?(?:toll|tally)\b/, ['toll', 'tally']],
  // ("What did the Democrats predict would happen?" asks what they foresaw, which a fact telling their
  // prediction answers: not what the article expects. "What do we expect will happen?" still asks that.)
  ['what', FORESEEN_ASKED, ['predict', 'expect', 'forecast', 'fear', 'think', 'thought', 'believe', 'anticipat', 'forese', 'foresaw', 'reckon', 'suppose']],
  // (So does "what did the Democrats say would happen?": what they foresaw, however they said it.)
  ['what', /^what (?:did|do|does|had|have|has) (?!(?:we|i|you|people|one)\b)(?:[a-z'-]+ ){1,4}?(?:say|said|warn|warned|claim|claimed|tell|told) (?:that )?(?:[a-z'-]+ ){0,3}?(?:would|will|could|might) (?:happen|follow|ensue|result)\b/, ['happen', 'follow', 'ensue', 'result']],
  // ("What did Zarif say Iran would do?" asks what he said of what is to come: his words, no prediction.)
  ['quote', REPORTED_FUTURE, ['say', 'said', 'tell', 'told', 'claim', 'announce', 'declare', 'warn']],
  // ("Where does this go from here?", "where do things head if Trump hits back?": where events lead, what
  // follows; not where a thing went: "where are the missiles heading?".)
  ['outcome', /^where (?:do|does|did|will|would|could|might|can|is|are) (?:(?:this|it|that|things|everything|all (?:of )?this|we) (?:go|goes|going|head|heads|heading|lead|leads|leading|end up|ending up)\b|(?:[a-z'-]+ ){1,4}?(?:go|goes|going|head|heads|heading|lead|leads|leading|end up|ending up)\b.*\b(?:if|should|once|from here|next)\b)/, ['where']],
  // ("What's the outcome if Trump ignores it?", "the best-case scenario if ...", "the likely result should he
  // hit back": what follows from a supposed deed, as "what happens if" asks.)
  ['outcome', /\bwhat if\b|^what(?:['\u2019]?s| is| are| would be| could be| might be)? (?:the )?(?:risks?|dangers?|downsides?|drawbacks?|fallout|costs?|catch|snag|big deal|problem|harm) (?:if|of|in)\b|^what(?:['\u2019]?s| is| are| would be| will be| could be| might be)? (?:the |an? )?(?:(?:most |more |very )?(?:likely|probable|possible|expected|realistic|best|worst|best[- ]case|worst[- ]case) )?(?:outcomes?|results?|scenarios?|upshot|effects?) (?:if|when|should|in case|of [a-z]+ing)\b|^what (?:would|will|could|might) (?:the |an? )?(?:(?:most )?(?:likely|probable|possible|best|worst) )?(?:outcomes?|results?|upshot|effects?) be (?:if|when|should)\b|\b(?:would|will|could|might|may|gonna) happen\b|\bhappens? (?:if|when)\b|^what(?:['\u2019]s| is)? (?:happens|happening) to\b|\bconsequences?\b|\bimplications?\b|^what (?:would|will|could|might|does|did|do) (?:it|this|that) mean (?:for|to)\b|\b(?:likely|expected|going|bound) to (?:happen|follow|come next|result|ensue)\b|\bwhat(?:['\u2019]s| is)? (?:most )?(?:likely|probable)\b(?! to\b)|\bwhat(?:'s| is| would| will| might| could)? (?:follow|come next|result|ensue)s?\b|(?<!^)\b(?:should|must|will|would|can|could|might) (?:we|i|you|they|people|the world) (?:expect|brace for|prepare for|anticipate|foresee)\b/, ['if', 'risk', 'danger', 'downside', 'drawback', 'fallout', 'cost', 'catch', 'snag', 'deal', 'problem', 'harm', 'happen', 'consequence', 'implication', 'mean', 'follow', 'come next', 'result', 'ensue', 'expect', 'brace', 'prepare', 'anticipate', 'foresee', 'likely', 'probable']],
  // "What might Iran say?" asks for a prediction, not a quote.
  // ("Can Trump say 'told you so'?" too; "could you tell me about ..." is a request.)
  // (Not what something might push someone to do: "what might his standing push him to do?" asks the deed
  // it demands, told as it is.)
  ['outcome', /(?!^(?:can|may|could) (?:i|we)\b)\b(?:might|will|could|would|may|can)\b(?! you\b)(?!.*\b(?:push|pushes|drive|drives|force|forces|compel|compels|pressure|pressures|require|requires|oblige|obliges|lead|leads|prompt|prompts|tempt|tempts|move|moves|get|gets|make) (?:[a-z'-]+ ){1,2}?to do\b).*\b(?:say|tell|claim|do|use|call)\b/],
  // ("Who is likely to claim ...?" too; not "what is Iran likely to do?", which asks what it does.)
  ['outcome', /\b(?:likely|expected) to (?:[a-z]+ ){0,2}(?:say|tell|claim)\b/, ['likely', 'expected']],
  // ("What might Iran tell its people about the casualty count?" asks what Iran might say: a count, a
  // number or a total named anywhere asks for a figure only when no prediction of words is asked first.)
  // (Not one opening as a yes or no does: "do the counts add up to the total?".)
  ['count', /^(?!(?:which|who|whose|whom|why|when|where|do|does|did|is|are|was|were|has|have|had)\b).*\b(?:number of|count(?! (?:as|for|on|against|toward|towards)\b)|the count on|total|(?:the|a) sum(?! up\b))\b/, ['number of', 'count', 'total', 'sum']],
  // ("On what platform did Trump post his response?": where words were put, a medium, however said.)
  ['where', MEDIUM_NOUN_ASKED, ['platform', 'medium', 'site', 'website', 'app', 'network']],
  // (Keywords closing on what is asked of them, "Trump remarks timing", "al-Asad base location": a time or a
  // place, whatever the words before it name; so does "what was the timing of ...".)
  ['when', /^(?!(?:what|which|who|whose|whom|how|why|where|when|is|was|were|are|did|does|do|will|would|can|could|has|have|had|should)\b)(?:[a-z'\u2019-]+ ){1,4}(?:timing|date|time|times|dates)\W*$|^(?:what|which)(?:'s| is| was| are| were| will be) the (?:exact |precise |likely )?timing\b/, ['timing', 'date', 'time']],
  ['where', /^(?!(?:what|which|who|whose|whom|how|why|where|when|is|was|were|are|did|does|do|will|would|can|could|has|have|had|should)\b)(?:[a-z'\u2019-]+ ){1,4}(?:location|whereabouts|venue)\W*$/, ['location', 'whereabouts', 'venue']],
  // ("What's behind Khamenei saying ...?", "how come Zarif said ...?", "what explains Trump saying ...?": a
  // reason for the words, asked before a word of saying can ask for them.)
  ['why', /^what(?:['\u2019]s|\s+(?:is|was|were|are|lay|lies))\s+(?:really\s+)?behind\b|^how come\b|^what (?:explains|accounts for)\b/, ['behind', 'come', 'explains', 'accounts']],
  // ("Zarif statement", "what were Khamenei's remarks?": the words. Not whether or when someone speaks: "did
  // Trump make a statement?", "Trump is due to make remarks".)
  ['quote', /^(?!(?:is|was|were|are|did|does|do|will|would|can|could|has|have|had|should|might|must|any)\b)(?!.*\b(?:make|makes|made|making|give|gives|gave|issue|issues|issued|due|scheduled|expected|going)\b).*\b(?:statements?|remarks?|comments?)\b/, ['statement', 'remark', 'comment']],
  // ("Zarif stance", "what is Khamenei's view?": a view of someone's, on nothing named, is what they say.)
  ['quote', /^(?!(?:is|was|were|are|did|does|do|will|would|can|could|has|have|had|should|might|must|any|who|whose|whom|where|when|why|how)\b)(?:[a-z'\u2019-]+ ){0,5}?(?:[a-z-]+(?:['\u2019]s?)?) (?:stance|view|views|opinion|opinions|standpoint|attitude)\W*$/, ['stance', 'view', 'opinion', 'standpoint', 'attitude']],
  // (Words asked exactly, "how precisely did Trump describe ...?", or asked back after the words' verb,
  // "Khamenei called military action on its own what, exactly?": the words themselves.)
  ['quote', /^how (?:precisely|exactly) (?:did|does|do|has|have|had) (?!you\b)(?:[a-z'\u2019-]+ ){1,4}?(?:describe|describes|described|put|phrase|phrased|word|worded|characteri[sz]e|refer to|call)\b|\b(?:call|calls|called|term|terms|termed|label|labels|labell?ed|dub|dubs|dubbed) (?:[a-z'\u2019-]+ ){1,6}?what\W*(?:exactly\W*)?$/, ['precisely', 'exactly', 'what']],
  // ("The embassy Iran is said to have attacked": a hedge, not words asked for.)
  // (Not a post held: "who holds the post of supreme leader?" asks of an office.)
  ['quote', /\b(?:say|says|said(?! to (?:have|be)\b)|saying|tweet|tweeted|tweets|write|wrote|(?<!\b(?:what|which|top|senior) |\b(?:hold|holds|held|holding|fill|fills|filled|occupy|occupies|occupied) (?:the |that |this |a )?)post(?! of\b)|posted|quote|words?|phrases?|wording|expression|adjective|announce|announced|declare|declared|stated(?! (?:justification|reason|reasons|aim|aims|goal|goals|purpose|motive|grounds|rationale|objective)\b)|told(?! (?:[a-z]+ )?to\b)|claim|claimed|warn|warned)\b|^what (?:did|does|do) (?!you\b).+ call\b|^how (?:did|does|do|has|have|had) (?!you\b)(?:[a-z'-]+ ){1,4}?(?:put|phrase|phrased|word|worded) (?:it|that|this)\b|^what (?:did|does|do|had|has) (?!you\b).+ (?:vow|vowed|promise|promised|pledge|pledged|threaten|threatened|swear|swore)\b/, ['say', 'said', 'tweet', 'writ', 'wrote', 'post', 'quot', 'word', 'phrase', 'expression', 'adjective', 'announce', 'declare', 'stated', 'told', 'claim', 'warn', 'call', 'vow', 'promise', 'pledge', 'threaten', 'swear', 'swore', 'put', 'phrase', 'word']],
  // ("What did Trump put on Twitter?", "what did the council share on Facebook?": the words posted.)
  ['quote', /^what (?:did|does|do|has|have|had) (?!you\b).+ (?:put|share|shared|stick|stuck) (?:out |up )?on (?:twitter|facebook|instagram|x|tiktok|social media|social)\b/, ['twitter', 'facebook', 'instagram', 'x', 'tiktok', 'social']],
  ['who', /\bwho\b|\bwhom\b|\bwhose\b|\bwhich (?:person|leader|official|minister|country|source|agency|authority|organi[sz]ation|outlet)\b/, ['who', 'whom', 'which']],
  ['where', /\bwhere\b|\bwhich base\b|\blocation\b|\blocated\b|\b(?:which|what) (?:part|region|area|section|sector|portion|zone|corner) of\b|\b(?:which|what) (?:part|region|area|sector|zone|corner|district|county|province|city|town|neighbou?rhood)s? (?:is|are|was|were) (?:[a-z0-9'-]+ ){1,6}?in\W*$|\bwhereabouts\b/, ['where', 'base', 'locat', 'part', 'region', 'area', 'section', 'sector', 'portion', 'zone', 'corner']],
  ['when', /\bwhen\b|\b(?:what|which) (?:(?:exact|precise|approximate|specific|local|rough) ){0,2}(?:time|day|date|year|month|hour)s?\b/, ['when', 'time', 'day', 'date', 'year', 'month', 'hour']],
  // ("Was his death the reason for the strikes?" asks yes or no.)
  ['why', /\bwhy\b|^(?!(?:is|was|were|are|did|does|do|will|would|can|could|has|have|had|should|might|must)\b).*\b(?:reasons?|motives?|justify|justifies|justified|justifying|justification)\b|\bon what (?:grounds|basis)\b|\bwhat for\b|\b(?:because of|due to|owing to) what\b|^what (?:(?:exactly|specifically|really|actually|originally|ultimately|first) )?(?:prompted|caused|triggered|motivated|provoked|drove|led to|made|set off|sparked|touched off|kicked off|brought on|brought about|precipitated)\b|^what (?:(?:might|could|would|will|may|can) )?(?:led|lead|drove|drive|pushed|push|forced|force|moved|move|inspired|inspire|make|get|compel|compelled|oblige|obliged|prompt|prompted|persuade|persuaded|convince|convinced) (?:[a-z'-]+ ){1,3}?(?:to|towards?|into)\b|^(?:what|which) (?:[a-z'-]+ ){1,2}(?:might|could|would|may|can) (?:push|drive|force|compel|oblige|prompt|pressure|persuade|lead|move) (?:[a-z'-]+ ){1,3}?(?:to|towards?|into)\b|^(?:what|which) (?:[a-z'-]+ )?(?:considerations?|factors?|pressures?|reasons?|things?|concerns?) (?:(?:might|could|would|will|may|can) )?(?:led|lead|drove|drive|pushed|push|forced|force|moved|move|make|compel|compelled|oblige|obliged|prompt|prompted|persuade|persuaded|convince|convinced|require|required) (?:[a-z'-]+ ){1,3}?(?:to|towards?|into)\b|\b(?:the|a|its|their|main|real|root) (?:causes?|motivations?|rationale|triggers?) (?:of|for|behind)\b|^how come\b|^what(?:['\u2019]s|\s+(?:is|was|were|are|lay|lies))\s+(?:really\s+)?behind\b|^what (?:explains|accounts for)\b|^what (?:was|were|is|are) .{1,60}\b(?:a |an |the )?(?:response|reaction|answer|reply|retaliation|revenge|payback) (?:to|for)\??$|^what (?:did|does|do) .{1,60}\b(?:respond|react|reply|retaliate) to\??$|^what (?:was|were|is|are) (?:[a-z'-]+ ){1,8}?(?:avenging|retaliating for|taking revenge for|getting revenge for|hitting back for|striking back for)\b|^what (?:did|does|do) (?!(?:[a-z'-]+ ){0,3}do to\b)(?:[a-z'-]+ ){1,3}(?:avenge|retaliate for|take revenge for|get revenge for)\b|^what (?:was|were|is|are) (?:[a-z'-]+ ){1,8}?(?:meant|intended|supposed|designed|aimed|a way|an attempt) to (?:avenge|retaliate for|take revenge for|get revenge for|pay back|punish)\b|^what (?:was|were|is|are|did|does|do|has|have|had) (?:[a-z'-]+ ){1,4}?(?:(?:get|gets|getting|got) back at|pay|pays|paying|paid|punish|punishes|punishing|punished|hit back at|hitting back at|strike back at|striking back at|struck back at|retaliate against|retaliating against) (?:[a-z'-]+ ){0,3}?(?:back )?for\W*$/, ['why', 'reason', 'motive', 'what', 'which', 'how come', 'cause', 'motivation', 'rationale', 'trigger', 'justif']],
  // "Any Brits hurt?": a yes-or-no question with its verb left out.
  ['yesno', /^(?:is|was|were|are|did|does|do|will|would|can|could|has|have|had|should|shall|might|must|any|anyone|anybody)\b/],
];

/** "What time", "which day", "what hours": the word that asks when, which is no time to match ("US time"). */
export const WHEN_WORD = /\b(?:what|which) (?:(exact|precise|approximate|specific|local) )?((?:time|day|date|year|month|hour)s?)\b/;
/** The question words: the first one in a question says what it asks. */
export const LEAD_WH = /\b(?:what|which|who|whose|whom|where|when|why|how)\b/;
/** Question words after the first start a clause ("what persona ... when it comes to Iran"): not the ask. */
export const LATER_WH = /\b(?:who|whose|whom|where|when|why|how)\b/g;

/**
 * Words in a question that ask for one type of fact; a trailing * takes any ending. Words, not regular
 * expressions: each expression costs its first compile in every run.
 */
export const TYPE_HINTS: ReadonlyArray<[FactType, readonly string[]]> = [
  ['threat', ['threat*', 'vow*', 'promis*']],
  // ("What happened at al-Asad?" asks what was done there, not where it is.)
  ['event', ['happened', 'occurred']],
  ['prediction', ['expect*', 'likely', 'future', 'coming', 'next', 'ahead', 'again', 'anymore', 'further', 'going', 'gonna', 'plan*', 'now']],
  ['casualties', ['casualt*', 'hurt', 'injur*', 'kill*', 'dead', 'die', 'died', 'wounded', 'loss', 'losses', 'lose', 'loses', 'lost', 'losing', 'death', 'deaths', 'fatalit*', 'toll', 'harm', 'harmed', 'surviv*', 'unharmed', 'unhurt', 'unscathed', 'uninjured', 'spared', 'burned', 'burnt', 'burns']],
];

/**
 * Words for the people a casualty figure counts ("were any British service members hurt?"): a fact
 * telling of casualties answers for them, whatever it calls them.
 */
export const CASUALTY_PEOPLE: ReadonlySet<string> = new Set(['people', 'person', 'persons', 'human', 'humans', 'personnel', 'troops', 'troop', 'soldiers', 'soldier', 'service', 'servicemen', 'servicemembers', 'members', 'member', 'staff', 'civilians', 'civilian', 'forces', 'military', 'anyone', 'anybody', 'nobody', 'lives']);

/** "Did Iran's strikes kill anyone?": the doer of a harm asked about, before its verb. */
export const CASUALTY_DOER = /^(?:did|do|does|will|would|could|can|have|has|had)\s+(.+?)\s+(?:kill|hurt|injure|wound|harm)\w*\s+(?:any|anyone|anybody|someone|somebody)\b/;
/** The event a casualty question names after its verb: "(hurt) in these Iran strikes (or nah)", "(casualties were there) in". */
export const CASUALTY_EVENT = /\b(?:casualt\w*|hurt|injur\w*|kill\w*|dead|die|died|wounded|harmed)(?:\s+(?:were|was|are|is)\s+there)?\s+(?:in|from|during|by|at|with)\s+(.+?)(?:\s+or\s+\w+)?\W*$/;

/** Informal words for a person ("what did the foreign minister guy say?"): they name no one the question is about. */
export const INFORMAL_PEOPLE: ReadonlySet<string> = new Set(['guy', 'guys', 'dude', 'dudes', 'fella', 'fellas', 'fellow', 'bloke', 'blokes', 'chap', 'chaps']);

/** Verbs that ask why after "what" ("what prompted the launches"): the question's form, not its content. */
export const WHY_VERBS: ReadonlySet<string> = new Set(['prompted', 'caused', 'triggered', 'motivated', 'provoked', 'drove', 'led', 'made', 'sparked', 'precipitated', 'set off', 'touch off', 'kick off', 'bring on', 'bring about', 'reason', 'motive', 'behind', 'explains', 'accounts', 'response', 'reaction', 'reply', 'respond', 'react', 'justify', 'justifies', 'justifying', 'justified', 'justification', 'excuse', 'grounds', 'basis', 'compel', 'compelled', 'oblige', 'obliged', 'prompt', 'persuade', 'persuaded', 'convince', 'convinced', 'consideration', 'considerations', 'factor', 'factors']);

/**
 * A question about who made or published the article itself ("which newspaper published this?", "who
 * wrote the article?"): a dataset of an article's facts holds none of that.
 */
export const ARTICLE_MADE = /\b(?:publish(?:ed|es)?|wrote|written|writes|authored|author|edited)\b[^?]*\b(?:this(?= ?\??$)|(?:this|the) (?:article|piece|story|report|explainer)\b)|\b(?:this|the) (?:article|piece|story|explainer)(?: was| is)? (?:published|written|authored|edited)\b|\b(?:author|publisher|writer) of (?:this|the (?:article|piece|story|explainer))\b/;

/**
 * A question asking someone's view of something ("what stance has Zarif taken on war?", "what is Iran's
 * position on escalation?", "Khamenei's view of the strikes"): the word for a view, and the verb of holding
 * it, say what form the answer takes (what they said or think), not what it is about. The view word stands
 * after "what" or "which" or after a possessive, and something follows it that the view is of.
 */
export const VIEW_ASKED = /(?:\b(?:what|which)(?:'s| is| was| are| were)?(?:\s+\w+){0,4}?|'s)\s+(stances?|positions?|views?|attitudes?|line|stand|opinions?|viewpoints?|standpoints?|posture|outlook|thinking|mood|feelings?|sentiment|mindset)\b.*?\b(?:on|about|regarding|toward|towards|concerning|over|of|to)\b/;
/** Verbs of holding a view ("what line has Tehran taken on ..."), left out beside a view asked. */
export const VIEW_VERBS: ReadonlySet<string> = new Set(['take', 'taken', 'takes', 'took', 'adopt', 'adopted', 'adopts', 'hold', 'holds', 'held', 'convey', 'conveyed', 'conveys', 'express', 'expressed', 'expresses', 'have', 'has', 'had', 'stake', 'staked', 'stated']);

/** Whether anyone or anything at all did or was something: "was anyone hurt", "any Brits killed?". */
// ("Any further", "any more", "any longer" say how much more, not whether there is any.)
export const EXISTENTIAL = /\b(?:anyone|anybody|someone|somebody|any(?! (?:further|farther|more|longer|less|better|worse)\b))\b/;

/** "Who is X?" asks what X is. */
export const WHO_IS = /\bwho(?:'s| (?:(?:even|really|actually|exactly) )?(?:is|was|are))\b/;

/** "Did Iran hit back?", "was it revenge?": a word asking whether a deed answered another. */
export const RETALIATION_WORD = /^(?:retaliat|aveng|reveng|respon|react|repl|answer|counter|hit back|strike back|struck back|fight back|fought back|pay back|payback|get back|get even|got even)/;
/** "What did Soleimani's killing lead to?", "what was the result of ...": what followed from a thing, named in group 1 or 2. */
export const EFFECT_ASKED = /^what (?:did|has|have|had|would|will|could|might|may) (?:the )?(.+?) (?:lead to|led to|cause|result in|trigger|spark|provoke|bring about|set off)\b|^what (?:was|were|has been|is|are) (?:the )?(?:results?|outcomes?|consequences?|effects?|upshot|fallout) of (?:the )?(.+?)\W*$/;
/** The words of EFFECT_ASKED that ask for what followed, not what from. */
export const EFFECT_WORDS: ReadonlySet<string> = new Set(['lead', 'led', 'cause', 'result', 'results', 'trigger', 'spark', 'provoke', 'bring', 'about', 'set', 'off', 'outcome', 'outcomes', 'consequence', 'consequences', 'effect', 'effects', 'upshot', 'fallout']);
/**
 * A cause given after a deed done for it: "in retaliation for any Iranian strike" (a reason word too); what
 * someone learnt before they acted, "voted to close it after hearing that the cost had risen" (the rise is why
 * they voted, not what the vote explains); what they blamed, ", blaming rising fuel costs".
 */
export const CAUSE_AFTER = /\b(?:in retaliation for|revenge for|in response to|answer to|lesson for|after (?:hearing|learning|being told|discovering|finding out|realising|realizing)(?: that)?|(?<=, )(?:blaming|citing))\b/;
// (And what a thing came of: "the cracks were caused by corrosion", "stemmed from", "the result of", "the
// extra cost came from the discovery of asbestos"; the thing to blame: "rotten beams were to blame"; what is
// blamed, for nothing named: "officials blame a falling birth rate", not "blamed Iran for the attack".)
// ("Since" of a time, "since November 2022", "since the start of the year", "since the 2017 fire", is none.)
// (A cause not yet known is told too: "the cause of the fire is under investigation" answers what caused it.)
const REASON_WORD = new RegExp(`\\b(?:because|since(?! (?:\\d|the \\d|(?:early |late |mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b|(?:last|then|the (?:start|beginning|end|turn|spring|summer|autumn|fall|winter|weekend|war|election|attack|strike)s?)\\b))|due to|for attacking|requires?|demands?|owing to|thanks to|blamed on|cause (?:of (?:the |this |that )?[a-z-]+(?: [a-z-]+)? )?(?:is|was|remains|remained|has not been|had not been) (?:still |yet )?(?:under investigation|being investigated|unknown|unclear|not (?:yet )?(?:known|clear|determined))|(?:caused|triggered|sparked|prompted|brought on|brought about) by|(?:stem|stems|stemmed|result|results|resulted|arise|arises|arose|arising) from|(?:cost|costs|rise|increase|overspend|overrun|delay|delays|damage|problem|problems|shortfall|deficit|fall|drop|loss|losses) (?:[a-z]+ ){0,2}(?:came|comes|come) from|(?:the|a) result of|(?<!\\bto )(?:blame|blames|blamed)\\b(?! on\\b)(?![^.;]*\\bfor\\b)|(?:is|are|was|were|be|been|being) (?:largely |partly |mainly |mostly |chiefly |probably |likely )?to blame(?! for\\b))\\b|${CAUSE_AFTER.source}`);
// (Or any deed done: "profit fell 38% as a price war in electric vehicles squeezed margins".)
const REASON_AS = /(?<!\b(?:such|well|long|soon|so|same|much|far) )\bas (?:(?:the|its|their|his|her|a|an) )?(?:(?:[a-z]+ ){0,2}(?:is|are|was|were|has|have|had|wants?|wanted|fears?|feared|needs?|needed)|(?!part of\b)(?:[a-z]+ ){1,6}(?:[a-z]{3,}ed|rose|fell|grew|sank|slid|bit|took|drove|hit))\b/;
/**
 * Words that mark a fact as giving a reason; "as" opening a clause ("as the regime is eager to ...") is one.
 * (The clause's pattern takes V8 two milliseconds to compile: it is tried only on a text with "as".)
 */
export const REASON_WORDS: Pick<RegExp, 'test'> = { test: (text) => REASON_WORD.test(text) || (/\bas\b/.test(text) && REASON_AS.test(text)) || (/\bto\b/.test(text) && PURPOSE_TOLD.test(text)) };
// ("The academy, which was closed in 2023 to save money": what a deed done was for; not what someone was
// told or expected to do, "were advised to keep windows closed"; nor where it went, "postponed from May to
// September".)
// (Or a deed done, active, to a verb of purpose: "had closed the south trail to protect nesting terns".)
const PURPOSE_TOLD = /\b(?:in order|so as) to [a-z]+|\b[a-z]{3,}ed (?!(?:to|from)\b)(?:[a-z0-9'-]+ ){1,5}to (?:protect|save|prevent|allow|help|ensure|avoid|keep|reduce|cut|stop|make way|meet|cover|pay for|fund|improve|support|free up|raise|create|limit|boost|deter|ease|speed up|mark|honou?r|celebrate|repair|fix|guard|shield|spare|preserve|safeguard)\b|\b(?:was|were|been|being|is|are) (?!(?:expected|supposed|scheduled|forced|asked|told|advised|allowed|required|urged|ordered|due|set|going|able|used|said|believed|thought|known|likely|about|keen|willing|ready|prepared|planned|designed)\b)[a-z]+ed(?: (?!(?:to|from)\b)[a-z0-9]+){0,4} to (?!(?:the|a|an|be|his|her|its|their|our|my|your|this|that|them|him|it|\d)\b)[a-z]{3,}\b/;
/** "How did Zarif justify the strikes?", "on what grounds": the grounds someone gave for a deed are asked. */
export const GROUNDS_ASKED = /\b(?:justif\w*|grounds|rationale|excuse)\b/;
/** Grounds a fact gives for a deed: "measures in self-defence". */
export const GROUNDS_TOLD = /\bself-defen[cs]e\b|\bin defen[cs]e of\b|\blegitimate\b|\blawful\b/;
/** A reason given for what someone did to another: punished (blamed, rewarded, thanked, avenged) them for something. */
export const REASON_FOR = /\b(?:punish|blame|reward|thank|avenge)(?:s|es|ed|d|ing)?(?: \w+){0,3} for\b/;
/** Words that mark a fact as giving a location. */
export const PLACE_WORDS = /\b(?:west|western|east|north|northeast|south|lies|sits|located|where)\b/;

/** "Which Iranian official said ...?": the words for a person who said it (no country said it for them). */
export const SAYER_PEOPLE: ReadonlySet<string> = new Set(['person', 'official', 'leader', 'minister', 'politician']);
/** "Who said ...?", "Which official tweeted ...?": the answer is a speaker, not the words. */
export const WHO_SAID = new RegExp(
  String.raw`\b(?:who|which (?:[a-z]+ )?(?:${[...SAYER_PEOPLE].join('|')}|country|side|government|source|sources|agency|body|authority|authorities|organi[sz]ation|outlet))\b.*\b(?:say|says|said|saying|claim|claims|claimed|tweet|tweeted|announce|announced|report|reported|stated|told|warn|warned|warns|predict|predicted|predicts|confirm|confirmed|confirms|describe|described|describes|call|called|calls|vow|vowed|vows|promise|promised|pledge|pledged|insist|insisted|admit|admitted|deny|denied|wrote|writes|written|posted|posts)\b|\b(?:who|whose|which [a-z]+(?:'s [a-z]+)?)\b.*\b(?:provided|provides|provide|gave|gives|give|supplied|supplies|furnished|furnishes|furnish|released|issued|published|compiled)\b.*\b(?:count|counts|figures?|numbers|tally|breakdown|split|data|information|details|estimates?)\b|\bwhose (?:figures|numbers|count|tally|breakdown|split|data|information|account)\b|^who (?:counted|tallied)\b|\baccording to whom?\b|\b(?:attributed|credited) to whom?\b|^who(?: is| was|'s)? .+ (?:attributed|credited) to\W*$|\b(?:what|who)(?: is|'s| was| are| were) the sources? (?:of|for|behind)\b|\b(?:according to|comes? from|came from|coming from|per) (?:which|what|whose) (?:[a-z]+ )?(?:sources?|agency|body|authority|authorities|organi[sz]ation|outlet|side|account)\b`,
);
/** "Who gave the figures?": the words of a source question naming figures, which a fact with none does not give. */
export const FIGURES_NOUN = /\b(?:count|counts|counted|figures?|numbers|tally|tallied|breakdown|split|estimates?)\b/;
/**
 * "What happened to Soleimani?", "what happened at the embassy?", "what did Soleimani have to do with this?":
 * what was done to someone or somewhere, or how they come into it, which no name alone answers.
 */
export const HAPPENED_TO = /\bwhat (?:has |had |just |really |exactly )?happen(?:ed|s)? (?:to|with|at|in)\b|\bwhat (?:did|does|do|has|had) (?:[a-z'-]+ ){1,5}?(?:have|got) to do with\b/;
/** "Is Iran done or are more attacks coming?": a yes-or-no question offering a second clause, which asks which. */
export const OR_CLAUSE = / or (?:is|are|was|were|will|would|does|do|did|has|have|can|could|should|might|is there|are there)\b/;
/** "Do the counts add up to the total?": whether parts make a whole is asked. */
export const ADDS_UP = /\b(?:add(?:s|ed)? up to|sum(?:s|med)? to|(?:make|makes) up the total|total(?:s|led)? (?:up to )?the)\b|\badd up\b.*\btotal\b/;
/** "How many bases were cited?": verbs telling that a thing was told of, not anything it underwent. */
export const TELLING_VERB = /^(?:cited|mentioned|named|listed|quoted|referenced|reported|stated|claimed|given)$/;
/** "Trump's threat covered how many targets?": verbs saying what a thing holds, not what happened to the things counted. */
export const HOLDING_VERB = /^(?:covered|covering|included|including|involved|involving|comprised|comprising|contained|containing|encompassed|encompassing|spanned|spanning)$/;
/** "Do the missiles counted at each base add up to the total?": verbs of counting, which say how figures are reckoned, not what happened. */
export const COUNTING_VERB = /^(?:count|counted|counting|tally|tallied|tallying|totall?ed|totall?ing|summed|numbered|added|adding|reckoned)$/;
/** "Expected to", "supposed to": verbs saying how sure what follows is, before "to". */
export const EXPECTED_TO = /^(?:expected|likely|unlikely|supposed|predicted|forecast|projected|set|due|poised|slated)$/;
/** "What had the US done to Soleimani?", "what does Khamenei want done": "done" asking what deed, not whether something has ended. */
export const DONE_ASKED = /^what (?:has|have|had|would|could|should|will|must) [a-z' -]{1,60}? (?:be )?done\b|\b(?:wants?|wanted|wanting|get|gets|got) (?:[a-z'-]+ ){0,4}?done\b/;
/** "What was the name of the Iranian operation?": the thing named, after "name of". */
export const NAME_OF_THING = /\bnames? of (?:the |his |her |its |their |this |that |a |an )?([a-z][a-z' -]{0,80}?)\W*$/;
/** "What day was the attack?", "which day of the week": a day is asked, which only a weekday, a date or a day named by its place ("yesterday") answers. */
export const DAY_ASKED = /\b(?:what|which) (?:day|date)\b|\bday of the week\b/;
/** A day in a text: a weekday, a date, a day named by its place. */
export const DAY_TOLD = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight)\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}\b|\b\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b\d{4}-\d{2}-\d{2}\b/;
/** "What will Trump say?", "what is he going to announce": words still to come are asked. */
export const FUTURE_SAYING = /\b(?:will|going to|gonna|about to|expected to|likely to|due to|set to|plan(?:s|ning)? to) (?:[a-z'-]+ ){0,3}?(?:say|tell|announce|tweet|declare|post|write|claim|argue|reveal|confirm)\b/;
/** "What will Iran tell its own public?": the one who will say them, before the saying verb. */
export const SAYER_TO_COME = /\b(?:will|would|could|might|may|can|going to|gonna|likely to|expected to|set to|plan(?:s|ning)? to)\s+((?:[a-z'-]+\s+){0,3}?[a-z'-]+)\s+(?:say|tell|announce|tweet|declare|post|write|claim|argue|reveal|confirm)\b/;
/** "Where did Trump post his reaction?": where words were put is asked, which a medium answers (not "where is the air base?"). */
export const MEDIUM_ASKED = /^where (?:did|does|do|has|have|had|will|would|was|were|is|are|can|could) (?:[a-z'-]+ ){0,4}?(?:post|posted|tweet|tweeted|publish|published|(?<!(?:['\u2019]s|the|a|its|their|his|her|our|your|my|fair|lion) )share|shared|write|wrote|written|announce|announced|air(?! (?:base|force|field|strip|port|defen[cs]e|strike|raid)s?\b)|aired|broadcast|shown|show|react|reacted|respond|responded|comment|commented|express|expressed|see|seeing|seen|watch|watching|watched|view|viewing|viewed|replay|replayed|replaying)\b/;
/**
 * A statement asked: a subject of a few words, then a verb that is finite (an auxiliary, "got", or a past
 * form with what it did after it, not "by": "total missile count fired by Iran?" names a figure), more
 * words, and a question mark; not closing on a preposition ("soleimani killed by?" asks who).
 */
export const DECLARATIVE_ASKED = /^(?!(?:is|was|are|were|has|have|had|did|does|do|will|would|can|could|should|any|anyone|anybody)\b)(?:[a-z0-9'\u2019-]+,?\s+){1,5}?(?:is|was|are|were|has|have|had|did|does|will|would|can|could|should|got|gets|(?!(?:need|indeed|speed|seed|feed|breed|bleed|greed|proceed|succeed|exceed)\b)[a-z]{2,}ed(?! by\b))\s+(?:[a-z0-9'\u2019,-]+\s+)*?[a-z0-9'\u2019-]+(?<!\b(?:by|from|to|at|in|on|with|for|about|of|into|against))\s*\?+\s*$/;
/** "How often will my bin be emptied?", "how many times a week": a frequency is asked. */
export const OFTEN_ASKED = /^(?:(?:and|so|but|ok|okay) )?how (?:often|frequently|regularly)\b|\bhow many times (?:a|an|per|each|every) (?:day|night|week|fortnight|month|year|hour)\b|\b(?:what|which) (?:frequency|intervals?)\b|\bat what intervals?\b/;
/** A frequency a text gives: "every three weeks", "every fortnight", "weekly", "three-weekly", "twice a day". */
export const FREQUENCY_TOLD = /\bevery (?:other |second |third |(?:\d+|two|three|four|five|six|ten|few|couple of) )?(?:days?|nights?|weeks?|fortnights?|months?|years?|hours?|minutes?|mornings?|evenings?|weekdays?|weekends?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:(?:two|three|four|six|2|3|4|6)-)?(?:daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually|hourly)\b|\b(?:once|twice|(?:\d+|two|three|four|five|six|several|many) times) (?:a|an|per|each|every) (?:day|night|week|fortnight|month|year|hour|minute)\b/i;
/** "How long has Khamenei been supreme leader?": a length of time asked (not "how long until"). */
export const HOW_LONG = /^how long\b(?! (?:until|till|before|ago)\b)/;
/** "When was it meant to open?", "supposed to", "due to": a time planned, asked. */
export const PLAN_ASKED = /\b(?:meant|supposed|due|scheduled|planned|slated|intended|expected) to\b/;
/** A length a text gives of a thing ("a crack about 30 centimetres long", "a length of 2 km", "the 48-metre vessel", "the line runs for 4 miles", "1.8 kilometres of new walls"): "how long is the crack?" asks it. */
export const LENGTH_TOLD = /\b(?:(?:milli|centi|kilo)?(?:metres?|meters?)|km|cm|mm|miles?|feet|foot|ft|inches|yards?) (?:long|in length)\b|\b(?:runs?|running|stretch(?:es|ing)?|extends?|extending|covers?|covering)(?: for)? (?:about |around |some |nearly |almost |just over |just under )?\d+(?:\.\d+)? (?:(?:kilo)?(?:metres?|meters?)|km|miles?)\b|\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred)-(?:(?:kilo)?(?:metre|meter)|mile|foot|yard)(?!-)\b|\b(?:a|its|the) length of (?:about |around |some |nearly |almost |over |more than |up to )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\b|\b\d+(?:\.\d+)? (?:(?:kilo)?(?:metres?|meters?)|km|miles?) of (?:new |the )?[a-z]+|\b(?:a|an) [a-z]+ of (?:about |around |some |nearly |almost |just over |just under |up to )?(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty) (?:(?:kilo)?(?:metres?|meters?)|km|miles?)\b/;
/**
 * "How long is the crack?": a length of a thing may answer, where "how long did it last?" asks a time (and
 * so does "how long was the bridge closed?", a verb's -ed or -ing after the thing). So does "how long will the
 * path be?", what the thing is to be; not "how long will the closure last?". (A verb of a relative clause is
 * the thing's: "how long was the bit of wall that collapsed?" asks its length; so is a word in -ing or -ed after
 * a determiner, "how long is the existing line?".)
 */
export const HOW_LONG_IS = /^how long (?:(?:is|was|are|were)\b(?!.*\b(?<!\b(?:that|which|who|the|a|an|its|their|this) )[a-z]{3,}(?:ed|ing)\b)|(?:will|would|could|might|should|is going to) (?:[a-z'\u2019-]+ ){1,5}be\W*$)/;
/** A length of time a text gives ("for two years", "since 1989", "three days", "a five-week trial"; not "a 52-year-old"). */
export const DURATION_TOLD = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|several|many|few|some)(?: | ?-(?=[a-z]+\b(?!-old\b)))(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b|\bsince\b|\bfor (?:years|months|weeks|days|decades|hours)\b/;
/**
 * "How long has Khamenei been supreme leader?" - "since 1989": a "since" gives a length of time only to a
 * question of how long something has been so; "how long is the strike?" asks how long it lasts.
 */
export const SINCE_ANSWERS = /\b(?:has|have|had|hasn't|haven't|been)\b/;
/** The lengths of time a text gives, its "since" only where one answers (see SINCE_ANSWERS). */
export function durationsIn(text: string, sinceAnswers: boolean): RegExpExecArray[] {
  // (Not a rate: "150,000 trips a year", "£2,500 a week", "twice a day" say how often or how much in a time.)
  const rate = (m: RegExpExecArray): boolean => /^an? /i.test(m[0]) && /(?:\d|\b(?:once|twice|times))\S*(?:\s+[a-z'\u2019-]+){0,3}\s+$/i.test(text.slice(Math.max(0, m.index - 60), m.index));
  const told = [...text.matchAll(new RegExp(DURATION_TOLD.source, 'g'))].filter((m) => (sinceAnswers || m[0] !== 'since') && !rate(m));
  // ("How long will the park stay closed?" - "until Tuesday": how long, by when it ends; not how long
  // something has been so.)
  // ("How long will the lane be closed?" - "between June and December": how long, by when it starts and ends.)
  const spans = /\b(?:between|from)\b/.test(text) ? [...text.matchAll(SPAN_TOLD)] : [];
  const until = sinceAnswers || !/\b(?:until|till)\b/.test(text) ? [] : [...text.matchAll(UNTIL_TOLD)];
  return until.length || spans.length ? [...told, ...until, ...spans].sort((x, y) => x.index - y.index) : told;
}
// A time or day of a span's ends: "June", "4 May", "Monday", "2027", "June 2026".
const SPAN_END = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:19|20)\\d\\d)(?: (?:19|20)\\d\\d)?';
/** "Between June and December", "from Monday to Friday": a span told by its ends, which says how long. */
export const SPAN_TOLD = new RegExp(`\\b(?:between ${SPAN_END} and|from ${SPAN_END} (?:to|until|till)) ${SPAN_END}\\b`, 'g');
/** "Until Tuesday", "till the end of May": when something goes on to, from which how long it lasts is told. */
export const UNTIL_TOLD = /\b(?:until|till) (?:at least |the end of |(?:early|mid|late)[- ])?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|next [a-z]+|the (?:weekend|spring|summer|autumn|winter|new year)|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}(?: [a-z]+)?|(?:19|20)\d\d)\b/g;
/** "What did X say ...?", "Did X say ...?": X, whose words are wanted ("did Trump sign off his tweet" has none). */
export const SPEAKER_CUE =
  /^(?:(?:what|how|when|why|where) )?(?:did|does|do|has|have|had|will|would|could|might|can) (?:the )?((?:(?!(?:his|her|its|their|my|your|our|the|a|an) )\S+ ){0,3}?(?!(?:his|her|its|their|my|your|our|the|a|an)\b)\S+) (?:say|said|says|saying|tweet|tweeted|post|posted|write|wrote|claim|claimed|announce|announced|declare|declared|warn|warned|tell|told|report|reported|stated)\b/;
/** "Who is X?", "What is X?": X's identity, with X after the cue. */
export const IDENTITY = /^(?:who|what)(?: is|'s| are| was| were) (?:the |a |an )?(.+?)\??$/;
/** "What is likely to happen?": the word saying how sure an outcome asked for is. */
export const HAPPEN_HEDGE = /\b(likely|expected|going|bound) to (?:happen|follow|come next|result|ensue)\b/;
/** "If Trump decides to strike back": a verb of choosing before the deed chosen, in a condition. */
export const CHOSEN_DEED = /\bif (?:\S+ ){1,3}?(decides?|chooses?|opts?|elects?|picks?) to [a-z]/;
/** "When is Trump expected to speak?": the word saying how sure the time asked for is, before the deed. */
export const WHEN_HEDGE = /\b(likely|expected|supposed|bound) to [a-z]/;
/** Words for how something is put ("how has it been described / characterised / portrayed?"). */
export const DESCRIBING_WORD = /^(?:describ|characteri[sz]|portray|depict)/;
/** "Sum up", "sum things up": a phrasal verb of how something is put, whose verb DESCRIBING_WORD cannot tell from a sum. */
export const SUMMING_UP = /\bsum(?:s|med|ming)? (?:(?:it|this|that|things|them|him|her|everything|(?:the|his|her|its|their) [a-z]+(?: [a-z]+)?) )?up\b/;
/** Words asking where, beside "where" itself: "which part of Iraq is it situated in?". */
/** Words for a part of a place ("which part of Iraq", "a sector of Iraq"): where in it is asked. (The intent cue and PART_OF_WHOLE spell them in their patterns.) */
export const PLACE_PARTS: readonly string[] = ['part', 'region', 'area', 'section', 'sector', 'portion', 'zone', 'corner'];
/** Words an answer gives a place within another by ("western Iraq", "the north of Iran", "central Iraq"), besides a direction. */
export const WITHIN_WORDS: ReadonlySet<string> = new Set([...PLACE_PARTS, 'central', 'centre', 'center', 'middle']);
export const WHERE_WORDS: ReadonlySet<string> = new Set([...PLACE_PARTS, 'location', 'located', 'situated', 'whereabouts', 'somewhere', 'anywhere', 'sit', 'sits', 'sitting', 'platform', 'medium', 'site', 'website', 'app', 'network']);
/**
 * "Where in Iran were the missiles launched from?", "where exactly inside Iran", "which part of Iraq ...": a place within a named one is
 * asked for; the name is the first group.
 */
export const WHERE_WITHIN = /\bwhere(?:abouts)?(?: exactly| precisely)? (?:in|inside|within) (?:the )?([a-z'-]+(?: [a-z'-]+)?)|\b(?:which|what) (?:part|region|area|section|sector|portion|zone|corner|province|city|town) of (?:the )?([a-z'-]+(?: [a-z'-]+)?)/;
/**
 * "How many missiles actually hit their targets?", "did they reach their target?": whether a strike found
 * its mark is asked, which a text saying what was fired at what does not tell (see ACCURACY_TOLD).
 */
export const ACCURACY_ASKED = /\b(?:actually|successfully|really) (?:hit|hits|land|landed|struck|strike|reach|reached)\b(?! back\b)|\b(?:hit|hits|struck|strike|reached|reach|find|found) (?:their|its) (?:intended )?(?:targets?|marks?)\b|\bon target\b/;
/** A text telling whether a strike found its mark: hit, struck, missed, intercepted (not "hit back"). */
export const ACCURACY_TOLD = /\b(?:hit|hits|struck|landed|missed|intercepted|reached)\b(?! back)|\bon target\b|\baccura/;
/** "Which part of the country": the whole a where-question's part is of, when it names no place. */
export const PART_OF_WHOLE = /\b(?:part|region|area|section|sector|portion|zone|corner|side) of (?:the |that |this )?(country|nation)\b/;
/** Words asking for someone's role ("Khamenei's title", "Zarif's job"): with a name, who that is. */
export const ROLE_WORDS: ReadonlySet<string> = new Set(['title', 'role', 'job', 'position', 'rank', 'office']);
/** The verb a role is asked with ("what role does he play", "what position does she hold"). */
export const ROLE_VERB = /^(?:play|plays|played|playing|hold|holds|held|holding|have|has|had|occupy|occupies|occupied|occupying|fill|fills|filled)$/;
/** "What is the name of X?", "whats the full name of X", "foreign minister name": X's name is wanted. */
/** "What did Iran call the operation?": the thing named, whose name is asked for. */
export const CALLED_THING = /^what (?:did|do|does) .+ (?:call|name) (?:the |its |their |his |her )?([a-z]+)\W*$/;
/** "What was the Iranian operation called?", "what is the airbase in western Iraq called", "what will the café be called?": the thing named, up to a preposition. */
export const CALLED_PASSIVE = /^what(?:'s|\u2019s|s| is| was| are| were| will| would| could| might| should) (?:the |its |their |his |her |this |that )?([a-z][a-z -]{0,80}?) (?:(?:going to|gonna) )?(?:be )?(?:called|named)\W*$/;
/** Where the thing named ends: a preposition ("the airbase in western Iraq"). */
export const CALLED_QUALIFIER = / (?:in|at|on|of|near|from|by) .*$/;
export const NAME_OF = new RegExp(`\\bwhat(?:'s|\\u2019s|s| is| was)? (?:the |his |her |its )?(?:full |real )?names? of\\b|^(?:(?:give|tell) (?:me|us) )?(?:the )?(?:full |real )?names? of\\b|^what(?:'s|\\u2019s|s| is| was) .+ (?:called|named)\\W*$|^what (?:will|would|could|might|should|is|are) .+ (?:going to |gonna )?be (?:called|named)\\W*$|^[^?]*\\bnames?\\W*$|${CALLED_THING.source}`);
/** A stored short answer giving a purpose ("To retaliate for ..."): it answers why. */
export const PURPOSE_ANSWER = /^to\s/i;
/** A comparative adjective ("bigger", "smaller", "larger", "more", "fewer"). */
export const COMPARATIVE = /^(?:\w+er|more|less|fewer)$/;
/** Words that ask which of two is more or less. */
export const MORE_WORDS: ReadonlySet<string> = new Set(['more', 'most', 'bulk', 'majority', 'main', 'primary', 'principal', 'harder', 'hardest', 'heavier', 'heaviest', 'worse', 'worst', 'bigger', 'biggest', 'larger', 'largest', 'greater', 'higher', 'big', 'large', 'outnumber', 'outnumbered', 'outnumbers', 'exceed', 'exceeded', 'exceeds']);
/** The last word of a party's name ("Green Alliance", "Valdorian Front"): a place's word before it names the party, no place. */
export const PARTY_NOUNS: readonly string[] = ['party', 'alliance', 'front', 'union', 'movement', 'coalition', 'league', 'bloc', 'congress'];
/** "Which is the bigger number: ...?": nouns for a figure, which a comparison weighs by value, no thing of a kind. */
export const FIGURE_NOUNS: ReadonlySet<string> = new Set(['number', 'figure', 'amount', 'total', 'count', 'quantity', 'share', 'tally', 'sum']);
export const LESS_WORDS: ReadonlySet<string> = new Set(['fewer', 'fewest', 'minority', 'less', 'least', 'smaller', 'smallest', 'lower', 'small']);
/** "How many more ... than", "how many fewer", "by how many did ... outnumber", "the difference between": a difference of two figures. */
// ("A minus B", "the gap in missiles": a difference of figures too.)
export const DIFFERENCE = /\bhow many (?:times )?(?:more|fewer|less)\b.*\bthan\b|\bby how (?:many|much)\b|\b(?:difference|gap) between\b|\bminus\b|\b(?:difference|gap) in (?:the )?(?:(?:number|count|total) of )?[a-z]+s\b/;
/** "How many times more ... than", "how many times as many": the ratio of two figures, not their difference. */
export const RATIO_ASKED = /\bhow many times\b/;
/** Words naming a difference itself ("the difference between ..."): what is worked out, not a word to find. */
export const DIFFERENCE_WORDS: ReadonlySet<string> = new Set(['difference', 'gap', 'minus']);
/** Words weighing two things apart ("differ", "contrast", "versus"): how the question asks, no words a fact holds. */
export const WEIGHED_APART: ReadonlySet<string> = new Set(['differ', 'differs', 'differed', 'differing', 'different', 'difference', 'differences', 'contrast', 'contrasts', 'contrasted', 'contrasting', 'compare', 'compares', 'compared', 'comparison', 'versus', 'vs', 'unlike']);
/** Words for what someone said, as a thing weighed ("Zarif's message", "their tone"). */
export const SAID_FORMS: ReadonlySet<string> = new Set(['message', 'messages', 'messaging', 'line', 'lines', 'stance', 'stances', 'tone', 'tones', 'position', 'positions', 'view', 'views', 'response', 'responses', 'reaction', 'reactions', 'remark', 'remarks', 'statement', 'statements', 'words', 'rhetoric', 'comment', 'comments', 'signal', 'signals', 'said', 'say', 'says', 'saying', 'sayings']);
/** Nouns of wanting, before "for" ("appetite for war", "no stomach for a fight"): they ask what is wanted. */
export const WANTING_FOR: ReadonlySet<string> = new Set(['appetite', 'stomach', 'hunger', 'thirst', 'taste', 'desire', 'craving', 'yearning', 'enthusiasm', 'eagerness', 'keenness', 'zeal']);
/**
 * "How does the US military compare with Iran's?", "how do they stack up", "size up X next to Y": a
 * comparison asked in words, no figures; a fact stating one ("the stronger US military") answers it.
 */
export const COMPARISON_ASKED = /\bhow (?:does|do|did|would|will|could|might|can) (?:[a-z'-]+ ){1,6}?(?:compare|stack up|measure up|match up)\b|\b(?:size|sizes|sized|sizing) up\b.* (?:next to|against|with|beside|alongside)\b/;
/** The words of asking a comparison, which no fact need hold. */
export const COMPARING_WORDS: ReadonlySet<string> = new Set(['compare', 'compares', 'compared', 'stack', 'measure', 'match', 'size', 'sizes', 'sized', 'sizing', 'next']);
/** A fact stating a comparison: a comparative ("stronger", "the smaller of") or "more ... than". */
export const COMPARISON_TOLD = /\b(?:stronger|weaker|bigger|smaller|larger|greater|lesser|superior|inferior|mightier|better|worse|more powerful|less powerful|[a-z]+er than|more [a-z]+ than|less [a-z]+ than)\b/i;
/** Nouns of a tie, before "between" ("the link between the strikes and his death"): the two things asked of. */
export const RELATION_NOUNS: ReadonlySet<string> = new Set(['link', 'links', 'connection', 'connections', 'relationship', 'relation', 'relations', 'tie', 'ties', 'correlation', 'association']);
/** Where a difference names what the count is weighed against: after "than", "exceed", "outnumber", "and". */
export const WEIGHED_AGAINST: ReadonlySet<string> = new Set(['than', 'exceed', 'exceeded', 'exceeds', 'outnumber', 'outnumbered', 'outnumbers', 'and']);
/**
 * "How does the number of targets compare with the number of missiles?", "targets vs missiles", "which
 * number is bigger: the missiles or the targets?": two figures set against each other, whose difference answers.
 */
// (A pattern of its own, not one made at load: the CLI's bundle keeps a module-level call it cannot prove
// pure, and with it every cue.)
export const FIGURES_WEIGHED = /\bcompare[sd]?\b|\bcomparison\b|\bvs\.?\b|\bversus\b|\bstacks? up\b|\b(?:which|what) (?:number|figure|count|total) is (?:the )?(?:not )?(?:bigger|larger|greater|higher|smaller|lower)\b|\b(?:which|what)(?:'s| is| was) (?:the )?(?:not )?(?:bigger|larger|greater|higher|smaller|lower) (?:number|figure|count|total)\b/;
/** Where figures set against each other name the second: after "with", "against", "vs", "or", "than" (and "to" after "compared"). */
export const WEIGHED_WITH: ReadonlySet<string> = new Set([...WEIGHED_AGAINST, 'with', 'against', 'vs', 'versus', 'or']);
/** Comparatives of more strength or size ("stronger", "superior"): which way a comparison of two sides goes. */
export const GREATER_WORDS: ReadonlySet<string> = new Set(['stronger', 'mightier', 'superior', 'bigger', 'larger', 'greater', 'tougher', 'better', 'powerful']);
/** Comparatives of less strength or size ("weaker", "inferior"). */
export const LESSER_WORDS: ReadonlySet<string> = new Set(['weaker', 'inferior', 'smaller', 'lesser', 'worse', 'feebler', 'powerless']);
/** "More ... than": a yes-or-no question that compares. */
export const THAN = /\b(?:more|fewer|less|bigger|smaller|larger)\b.*\bthan\b/;
/** "Will the wall be fixed by the end of this year?", "... by 2027", "... in 2026", "... next year": the year a question asks a deed to come by or in (group 1 the preposition; group 2 or 4 "this" or "next"; group 3 a year). */
export const YEAR_BY_ASKED = /\b(by|before|in|during)\s+(?:the\s+(?:end|close)\s+of\s+)?(?:(this|next)\s+year|((?:19|20)\d\d))\b|\b(this|next)\s+year\b/;
/** "Would not be complete until late 2026", "due to open in spring 2027": the year a fact says a deed comes in (group 1). */
export const YEAR_DUE_TOLD = /\b(?:until|till|in|by|due|before)\s+(?:(?:late|early|mid|the\s+(?:end|start|middle)\s+of|spring|summer|autumn|fall|winter)\s+)?((?:19|20)\d\d)\b/g;
/** Words quoted, in double quotes or in single ones set off by spaces (global). */
export const QUOTED_SPAN = /["\u201c][^"\u201c\u201d]+["\u201d]|(?<=^|\s)['\u2018][^'\u2018\u2019]+['\u2019](?=\s|[?.!,;:]|$)/g;
/** "More seals last year than in 2020": a comparative of amount, what is weighed before "than" and the other side after it. */
export const AMOUNT_WEIGHED = /\b(more|fewer|less|greater|higher|lower|bigger|smaller|larger)\b(.*?)\bthan\b(.+)$/;
/** The comparatives of AMOUNT_WEIGHED that say more. */
export const MORE_AMOUNT: ReadonlySet<string> = new Set(['more', 'greater', 'higher', 'bigger', 'larger']);
/** "Compared with al-Asad's western location": what something is set against, to the end of its clause. */
export const REFERENCE = /\b(?:compared (?:with|to)|relative to|as opposed to)\b[^,;?]*/;
/** Nouns saying there is none of something ("the lack of US deaths"): before "of", they say "no". */
export const ABSENCE_WORDS: ReadonlySet<string> = new Set(['lack', 'absence', 'dearth']);
/** "Is there footage of ...", "are there any reports": the thing asked to exist. */
export const THERE_IS = /^(?:(?:is|are|was|were) there|will there be) (?:any |an? |some )?(?:(?:serious|major|minor|significant|real|big|actual|confirmed|reported|severe|heavy|further|other|new|more)\s+)?([a-z]+)/;
/** A tag closing a question ("is Iran done or what", "... or not?"): it asks nothing more. */
export const CLOSING_TAG = /[\s,]*\bor (?:what|not|nah|no|nope|something|whatever)\s*[?.!]*\s*$/;
/** "..., right?", "..., yeah?": a closing check after a comma, which asks nothing more. */
export const CLOSING_CHECK = /,\s*(?:right|yeah|yes|correct|true|no|huh|eh|innit|is that right|am i right|isn'?t it|aren'?t they|didn'?t it|didn'?t they)\s*[?.!]*\s*$/;
/** Words asking for the choices someone has ("what are Trump's options", "what must he decide"). */
export const CHOICE_WORDS: ReadonlySet<string> = new Set(['option', 'options', 'choice', 'choices', 'alternative', 'alternatives', 'dilemma', 'decide', 'decision', 'choose', 'path', 'paths', 'courses']);
/** "What should Trump do?", "what's he supposed to do now": what someone is bound to do, which a fact laying out their choice answers. */
export const OBLIGED_DEED = /^what(?:['\u2019]s|s| is| are)?\b.*\b(?:should|must|ought to|have to|has to|need to|needs to|supposed to|meant to|gotta|got to)\b.*\bdo\b/;
/** The words of OBLIGED_DEED that say someone is bound, no thing a fact must name ("supposed", "meant"). */
export const OBLIGED_WORDS: ReadonlySet<string> = new Set(['supposed', 'meant', 'ought', 'gotta']);
/** A fact laying out a choice: "has to decide between ... and ...", "choose whether", "either ... or", "decide if ... or". */
export const CHOICE_STATED =
  /\b(?:decide|decides|deciding|choose|chooses|choosing|pick|picks|picking|choice|choices|options?|alternatives?)\s+(?:\w+\s+){0,2}?(?:between|whether)\b|\beither\b[^.;]*\bor\b|\b(?:decide|decides|deciding|choose|chooses|choosing)\s+if\b[^.;]*\bor\b/;
/** "How many hit each base", "per base", "each of the bases": a figure for every one of a kind. */
export const EACH_OF = /\b(?:each|every|per)\s+(?:one\s+)?(?:of\s+the\s+(?:two\s+)?)?([a-z]+)/;
/** Words that ask for a sum. */
export const TOTAL = /\b(?:total|in all|altogether|add(?:ed)? up|combined|all together|overall|(?:the|a) sum(?! up\b)|(?:you|we|i) add)\b/;
/**
 * Words that make a statement one of what may happen, not of what is ("should Trump pick retaliation, ...").
 * ("Military action could not avenge him" says it cannot: no hedge.)
 */
export const HEDGE = /\b(?:if|unless|should|may|might|could(?! not\b)|would|whether)\b/;
/** A question asking yes or no by its first word ("did Trump say ...?"). */
export const YES_OR_NO_QUESTION = /^(?:is|was|were|are|did|does|do|will|would|can|could|has|have|had|should|might|must)\b/;
/**
 * "It's up to Trump now?", "there were no deaths?": a statement typed as a question asks whether it is so,
 * as "is it ...?", "were there ...?" do: its pronoun and verb.
 */
export const STATED_AS_QUESTION = /^(it|that|this|there|they|he|she)(?:'s|\u2019s| (is|was|are|were))\b(?=[^?.!]*\?\s*$)/;
/**
 * Verbs of mind and of saying that a statement typed as a question puts of someone ("Khamenei thinks the
 * missiles were enough?"): asked as "does Khamenei think ...?" (or "did", of the past form).
 */
export const STATED_VERBS: ReadonlySet<string> = new Set(['think', 'want', 'say', 'believe', 'feel', 'know', 'plan', 'expect', 'claim', 'admit', 'agree', 'deny', 'fear', 'hope', 'intend', 'need', 'mean', 'see', 'consider', 'reckon']);
/** A place's name that says where it is, and where: "US embassy in Baghdad" (the place, capitalised, closing it). */
export const PLACE_IN_NAME = /\s(?:in|at) ([A-Z][\w-]*(?: [A-Z][\w-]*)*)$/;
/**
 * A verb that says where something is, asking the place it lies in as "in" does: "which country hosts the
 * bases?" is "which country are the bases in?".
 */
export const LOCATED_VERB = /\b(?:host(?:s|ed|ing)?|hous(?:e|es|ed|ing)|home to|locat(?:ed|e)|situated|sits|lies)\b/;
/** "Who did the US kill?": who something was done to, by the one named after the auxiliary. */
// ("Which figure did the US kill?": a person asked by a noun for one, as "whom" asks.)
export const OBJECT_ASKED = /\b(?:who(?:m)?|(?:which|what) (?:[a-z-]+ )?(?:figure|person|individual|man|woman)) (?:did|does|do|has|have|had|will|would) (?!not\b)/;
/**
 * "Whose killing set off the strikes?", "who was killed by the US?": the one killed is asked, not the killer
 * (not "who was killed in the strikes?", which a casualty report answers).
 */
export const VICTIM_ASKED = /^(?:whose (?:killing|death|assassination|murder|slaying)|who (?:was|were|got|had been|has been) (?:killed|assassinated|murdered|slain) by)\b/;
/** A fact's words telling of a killing or a death, for the one killed (see VICTIM_ASKED). */
export const KILLING_TOLD = /\b(?:kill|kills|killed|killing|death|died|dead|assassinat\w*|murder\w*|slain)\b/;
/**
 * "In the missile strikes", "from Iran's strikes", "in the Iranian missile barrage": the event a question of
 * harm places it in, the attack itself (the possessor is its doer); group 1 is the event's own words.
 */
export const IN_THE_EVENT = /\b(?:in|during|from|by)\s+(?:the|this|that|these|those|its|their|(?:the\s+)?[a-z]+'s|(?:the\s+)?[a-z]+s')\s+((?:[a-z-]+\s+){0,3}?(?:strikes?|attacks?|barrage|bombardment|raids?|bombing|assault|retaliation|salvo))\b/;
/** Negations typed without their apostrophe ("why wont iran attack"). */
export const UNMARKED_NEGATION = /\b(?:dont|didnt|doesnt|wont|cant|isnt|wasnt|werent|arent|wouldnt|shouldnt|couldnt|hasnt|havent)\b/;
/** "Whose call is it?", "whose court is the ball in?", "who gets to make the next move?", "who decides?", "who will have to decide?": who decides what happens. */
export const DECIDER_ASKED =
  /\bwhose (?:call|move|decision|choice|turn|court)\b|\bwho (?:gets to |has to |must |will |is going to |is to |(?:will|would|'ll) (?:have|need|get) to |needs to )?(?:decides?|chooses?|calls? the shots|makes? the (?:next )?(?:call|move|decision))\b|\bin whose court\b|\bwho(?:['\u2019]s| is| has| gets)? (?:holding|holds?|got|has|have) (?:all )?the (?:cards|aces|reins|whip hand|upper hand|final say|last word)\b|\bwho(?:['\u2019]s| is) (?:calling|making) the (?:shots|calls?|decisions?)\b/;
/** A fact telling who decides: "it is up to Trump", "Trump has to decide", "the ball is in his court". */
export const DECIDER_TOLD = /\bup to\b|\b(?:decide|decides|deciding|choose|chooses|choosing|choice|decision)\b|\bcourt\b|\b(?:final|last|ultimate) say\b/;
/** Words of a question asking who decides that say only that: "call", "move", "turn", the ball in whose "court". */
export const DECIDING_WORDS: ReadonlySet<string> = new Set(['call', 'court', 'ball', 'move', 'decision', 'choice', 'turn', 'decide', 'decides', 'choose', 'chooses', 'shots', 'make', 'makes', 'gets', 'calling', 'making', 'hold', 'holds', 'holding', 'cards', 'aces', 'reins', 'whip', 'upper', 'hand', 'final', 'say', 'last', 'word']);
/**
 * "What were Trump's opening words?", "the first three words of the tweet", "how did his tweet start": the
 * first words of a quote (a place word before a word for words, or a verb of starting; not "his first
 * tweet", nor "end up").
 */
export const QUOTE_START = /\b(?:opening|first|starting|beginning)\s+(?:[a-z]+\s+)?(?:words?|lines?|sentences?|phrases?|things?|bits?|part)\b|\b(?:open|opened|opens|start|started|starts|begin|began|begins)\b(?!\s+up)/;
/** "What was the last line of the tweet?", "how did his tweet end": its last words. */
// (Not a thing said to be over: "having called its measures concluded, what does Iran say ...?")
export const QUOTE_END = /\b(?:closing|last|final|ending|concluding)\s+(?:[a-z]+\s+)?(?:words?|lines?|sentences?|phrases?|things?|bits?|part)\b|(?<!\b(?:measures|attacks?|strikes?|action|retaliation|operations?|it|is|was|are|were|been|be)\s+)\b(?:end|ended|ends|close|closed|closes|finish|finished|finishes|conclude|concluded|concludes)\b(?!\s+up)/;
/** Words that say someone would rather not ("why is Trump reluctant to strike?"): a "not" unsaid. */
export const RELUCTANCE = /\b(?:reluctant|reluctance|unwilling|unwillingness|hesitant|hesitate|hesitates|hesitating|loath|loth|averse|disinclined|wary of|(?:scared|afraid|fearful|frightened|terrified) of)\b/;
/** "Why does the author doubt Trump really wants to escalate?": a want doubted, asked why, asks why not. */
export const WANT_DOUBTED = /\b(?:doubts?|doubted|doubtful|sceptical|skeptical)\b(?: (?:that|whether|if))?(?: [a-z'-]+){1,3}? (?:really |actually |truly |even )?(?:wants?|wanted|wishes|seeks?|intends?)\b/;
/** Words that say something is kept from happening ("eager to avoid a war"): a reason for a "not". */
export const AVOIDANCE = /\b(?:avoid|refrain|stay out|hold back|steer clear|stay clear|keep clear|stay away|keep away|keep out|shun|evade|eschew|dodge|sidestep)/;
/**
 * "Is Trump against a war?", "does the public oppose one?": a stance against something, which asks whether it
 * is not wanted. (Not a deed against something: "is Iran's attack against the US over?".)
 */
export const OPPOSING =
  /\b(?:oppos(?:e|es|ed|ing)|object(?:s|ed|ing)? to|(?:is|are|was|were|be|been|am|stand|stands|stood|remain|remains)\s+(?:(?!(?:attacks?|strikes?|actions?|war|campaign|measures|retaliation|aggression|efforts?|fired|fire|launched|used)\b)[a-z'\u2019-]+\s+){0,4}?against)\b/;
/** "Were all the missiles fired at the same base?", "at a single base": whether all went to one thing of a kind (the kind). */
export const ONE_OF_KIND = /\b(?:the same|a single|one single|only one|just one)\s+([a-z]+)\b/;
/** The words of ONE_OF_KIND that say only "one": no thing a fact must name. */
export const ONE_OF_KIND_WORDS: ReadonlySet<string> = new Set(['same', 'single', 'one', 'only', 'just']);
/** Words saying harm did not come ("did the troops escape injury?", "did everyone survive?", "were they safe?"): a "no" to harm unsaid. */
export const UNHARMED = /\b(?:escape[ds]?|escaping|spared|survive[ds]?|surviving|unharmed|unhurt|unscathed|uninjured|safe|safely|alive|intact)\b/;
/** Words without one of which NAME_OF cannot match. */
export const NAMING_CUE_WORDS: readonly string[] = ['name', 'names', 'called', 'named', 'call'];
/** The verbs of WHO_SAID: in a question asking who said something, they say only that it was said. */
export const WHO_SAID_VERBS: ReadonlySet<string> = new Set(
  'say says said saying claim claims claimed tweet tweeted announce announced report reported stated told warn warned warns predict predicted predicts confirm confirmed confirms describe described describes call called calls vow vowed vows promise promised pledge pledged insist insisted admit admitted deny denied wrote writes written posted posts'.split(' '),
);
/** The verbs of WHO_SAID asking who gave figures ("who supplied the tally"): they say only that the figures were given. */
export const SOURCE_VERBS: ReadonlySet<string> = new Set('provided provides provide gave gives give supplied supplies furnished furnishes furnish released issued published compiled'.split(' '));
/** Words without one of which WHO_SAID cannot match. */
export const WHO_SAID_WORDS: readonly string[] = ['who', 'whose', 'which', 'whom', 'source', 'sources'];
/** Words without one of which neither CONTINUATION nor ENDED_ASKED can match. */
export const GOES_ON_WORDS: ReadonlySet<string> = new Set(['more', 'again', 'further', 'another', 'continue', 'continues', 'continued', 'continuing', 'keep', 'keeps', 'still', 'resume', 'resumes', 'resumed', 'anymore', 'done', 'finished', 'ended', 'concluded', 'completed', 'stopped', 'ceased', 'halted', 'over', 'stop', 'stops', 'cease', 'ceases', 'halt', 'halts', 'up', 'abandon', 'abandons', 'abandoned', 'quit', 'quits', 'drop', 'drops', 'dropped']);
/** Question words that, after a question's opening verb, open a clause of time or place. */
export const CLAUSE_WH: ReadonlySet<string> = new Set(['when', 'where']);
/** The question words that ask for a reason, a time or a place, though the question says "said". */
export const PLACE_TIME_REASON: ReadonlyMap<string, Intent> = new Map([
  ['why', 'why'],
  ['when', 'when'],
  ['where', 'where'],
]);
/** Words without one of which SAID_ABOUT cannot match. */
export const SAID_ABOUT_WORDS: readonly string[] = ['about', 'regarding', 'concerning'];
/** "What did X say about Y": Y, the topic of the words asked for. */
export const SAID_ABOUT = /\b(?:say|said|says|tweet|tweeted|think|thinks|thought|write|wrote|claim|claimed)\b.*?\b(?:about|regarding|concerning)\b(.+)$/;
/** A denial of anyone at all: "nobody", "no one", "none". */
export const NOBODY = /\b(?:nobody|no one|none|no-one)\b(?! else\b)/;
/** Words that say no. */
/** "Has no choice but to retaliate", "can't help but": only one way left, which says no "not". */
export const NO_CHOICE_BUT = /\b(?:(?:no|little) (?:other )?(?:choice|option|alternative|way)|nothing else|no one else) (?:but|than|except)\b|\bcan(?:not|n't|t)? help but\b/g;
export const NEGATION = /\b(?:no|not|never|none|nobody|nothing|neither|nor|without|cannot)\b|n't\b|\bno one\b/;
/**
 * Words that say something has stopped, which a yes-or-no answer reads as a no: "Is the attack over?" asks
 * whether there will be no more, so "no further attacks" answers yes. "Over" counts only closing a
 * question's clause ("over and over for days" is not an end).
 */
export const ENDED = /\b(?:done|finished|ended|ending|ends|concluded|completed|stopped|stops|ceased|ceases|halted|halts)\b/;
// (And said as people say it: "wrapped up", "wound up"; and asked of what is to come: "will Iran stop ...?".)
// (A plan or a practice let go is ended too: "will Iran drop covert action?", "give up", "abandon"; not
// "drop bombs".)
export const ENDED_ASKED = new RegExp(`${ENDED.source}|\\b(?:stop|stops|cease|ceases|halt|halts|abandons?|abandoned|quits?|(?:give|gives|gave|giving) up|drop(?:s|ped)? (?!(?:[a-z]+ )?bombs?\\b)(?=[a-z]))\\b|\\b(?:wrap(?:ped)?|wind|wound) up\\b|\\bover\\b(?=\\s*(?:$|[?,.!]|or\\b|yet\\b|now\\b))`);
/** "What time were the missiles launched?": the hour or the part of the day is asked. */
// (An adjective or two between, "what local time", "what exact local time", asks it too; "what time frame"
// asks a span.)
export const CLOCK_ASKED = /\bwhat (?:[a-z]+ ){0,2}time\b(?! (?:frame|period|span|scale|line)|s\b| of (?:the )?(?:year|month|season|week)\b)/;
/** What makes a time phrase no time, after it: "into the night sky" is where the missiles rose. */
export const NOT_A_TIME_AFTER = /^\s+sky\b/;
/** "At what time of day ...?": the part of the day is asked, which "into the night sky" tells. */
export const DAY_PART_ASKED = /\btime of (?:the )?day\b/;
/**
 * A time in a fact: what answers "when" (a month after "in" too: "expected to take place in September"; a
 * span from now, "within two weeks", "will be published in 30 days", not one a past deed took: "fell in 48
 * hours").
 */
// (A holiday or season after a word of when: "after the Easter holidays", "by the summer".)
// (A season or a part of a year with its year: "until spring 2026", "for late 2028".)
// (Hours of the clock with the "between" opening their range: "between 10pm and 8am", which "10pm and 8am"
// alone does not say.)
export const TIME_PHRASE =
  /\b(?:(?:in|since|by|until|till|from|before|after|during|for) )?(?:(?:early|mid|late) (?:spring |summer |autumn |fall |winter )?|(?:spring|summer|autumn|fall|winter) (?:of )?)(?:1[89]|20)\d\d\b|\b(?:(?:into|during|at|in|over) the |(?:the )?(?:last|next|this|that|on|by|early|late|previous|following) |(?:shortly |just |soon )?(?:before|after) )?(?<!-)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|morning|afternoon|evening|night|tonight|today|yesterday|tomorrow|midnight|midday|noon)(?: (?:morning|afternoon|evening|night))?(?:,? \d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|november|december))?(?:,? (?:us|uk|local|gmt|utc) time)?\b(?!['\u2019]s (?:worth|supply|rain|rainfall|pay|salary|wages))|\b(?:in|since|by|until|till|from|before|after|during) (?:(?:early|mid|late) )?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?(?:1[89]|20)\d\d\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december),? (?:1[89]|20)\d\d\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}\b|\b\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:early|mid|late)-(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bmid (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:by|in|until|till|before|after|from|at|around) the (?:start|beginning|middle|end) of (?:the )?(?:january|february|march|april|may|june|july|august|september|october|november|december|week|month|year|summer|winter|spring|autumn|next (?:week|month|year))\b|\b(?:in|since|until|till|during) (?:both |either )?(?:(?:early|mid|late) )?(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:,? (?:and|or) (?:january|february|march|april|may|june|july|august|september|october|november|december))?\b|\b(?:by|from|before|after|last|next|this|early|late) (?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:by|before|after) may\b(?=\s*(?:[^\w\s]|$))|\b\d{4}-\d{2}-\d{2}\b|\bdays? (?:ago|before|after|later)\b|\b(?:in|over) the (?:coming|next) (?:days?|weeks?|months?)\b|\b(?:within|inside of|(?<=\b(?:will|would|shall|due|expected|set|going|planned|plans?|likely|could|should|might)\b[^.;,]{0,40})in) (?:the next )?(?:(?:about|around|roughly|some|just|another|only|approximately) )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety|a few|several) (?:days?|weeks?|months?|years?|hours?)\b|\b(?:between )?\d{1,2}(?:[.:]\d{2})?\s?(?:am\b|pm\b|a\.m\.|p\.m\.)(?: (?:to|until|till|and) \d{1,2}(?:[.:]\d{2})?\s?(?:am\b|pm\b|a\.m\.|p\.m\.))?|\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\. \d{1,2}\b|\b(?:in|on|by|after|before) the \d{1,3}(?:st|nd|rd|th) minute\b|\bon \d{1,3} minutes\b|\b(?:at|before|after) half[- ]?time\b|\bin (?:stoppage|injury|extra) time\b|\b(?:before|after|during|over|by|until|till|from|since|at|in|for|this|next|last) (?:the )?(?:easter|christmas|half[- ]term|summer|winter|spring|autumn|new year|whitsun|halloween|ramadan|diwali|hanukkah|passover|thanksgiving)(?: (?:holidays?|break|term|recess|period|weekend|season))?\b/;

/** The words of time TIME_PHRASE is built on: a question without one (or a figure) holds no time phrase. */
export const TIME_WORDS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday week weekend month year morning afternoon evening night tonight today yesterday tomorrow midnight midday noon day days weeks months january february march april may june july august september october november december'.split(' '),
);

/** Words that ask for the form of an answer, not its content ("the exact words", "word for word"). */
export const ANSWER_FORM_WORDS: ReadonlySet<string> = new Set(['word', 'words', 'exact', 'exactly', 'precise', 'precisely', 'verbatim', 'line', 'lines', 'phrasing', 'text', 'full', 'whole', 'entire', 'complete', 'quote', 'quoted', 'phrase', 'phrases', 'wording', 'expression', 'adjective', 'term', 'terms', 'use', 'used', 'post', 'posted', 'online', 'announce', 'announced', 'declare', 'declared', 'stated', 'told', 'quotes', 'quotation', 'quotations']);

/** What comes before the thing counted: "how many X", "the number of X". */
export const COUNT_CUE = /\bhow many\b|\bhow much\b|\bnumber of\b|\bcount of\b|\btotal(?: number of)?\b/;
/** Nouns for a post someone holds ("Iran's president", "Iraq's prime minister"): whose post it is matters. */
export const POST_NOUNS: ReadonlySet<string> = new Set(['president', 'minister', 'leader', 'king', 'queen', 'chancellor', 'premier', 'commander', 'general', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'ambassador', 'envoy', 'governor', 'mayor', 'head', 'chair', 'chairman', 'chairwoman', 'chairperson', 'ceo', 'director', 'manager', 'coach', 'captain', 'editor', 'treasurer', 'founder', 'referee', 'umpire', 'headteacher', 'principal', 'commissioner', 'superintendent', 'sheriff', 'judge', 'magistrate', 'coroner']);
/** A role someone is titled or described with, as "who is the X?" asks for its holder: a post, or a job. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([...POST_NOUNS, 'executive', 'officer', 'analyst', 'economist', 'professor']);
/** A post by its letters, as readers write it: "who is the CEO?" asks for the chief executive (officer). */
export const POST_ACRONYMS: Readonly<Record<string, string>> = { ceo: 'chief executive officer', cfo: 'chief financial officer', coo: 'chief operating officer', cto: 'chief technology officer' };
/** "Iran's president", "Iraq's prime minister": an owner and up to three words after it. */
export const POSSESSIVE = /\b([a-z]+)['\u2019]s((?: [a-z]+){1,3})/g;
/** "How old": a figure in years is asked for. */
export const HOW_OLD = new RegExp(`\\bhow old\\b|${AGE_ASKED.source}`);
/** A figure that is a share already ("34.2 percent"): no share of another whole is worked out from it. */
export const SHARE_UNIT = /^(?:percent|per cent|percentage points?|%)$/;
/** "What percentage", "what share": a share, in percent. */
export const SHARE_ASKED = /\b(?:what|which) (?:percentage|percent|share|proportion|fraction)\b|^what(?:['\u2019]s| is| was| were) [a-z-]+(?:['\u2019]s|['\u2019]) (?:percentage|share|proportion|fraction) of\b/;
/** The thing a share is asked of ("what share of the 22 missiles": missiles). */
export const SHARE_OF = /\b(?:percentage|percent|share|proportion|fraction) of (?:all )?(?:the |those |these )?(?:\d+ )?([a-z]+s)\b/;
/** The unit an age is counted in. */
export const AGE_UNIT = 'years';
/** An age told in words or with a unit other than years: "about a year old", "six months old", "aged 10 weeks". */
export const AGE_IN_WORDS = /\b(?:(?:about|around|roughly|nearly|almost|just over|just under|only|barely|some) )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|\d+) (?:years?|months?|weeks?|days?) old\b|\baged (?:about |around )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d+) (?:months?|weeks?|days?)\b/;
/** "How far apart are the bases?": a distance, in any of its units. */
export const HOW_FAR = /\bhow (?:far|deep|tall|wide|thick)\b|\b(?:what|which) distance\b/;
/** "How heavy is it?", "how much does it weigh?", "what is its weight?": a mass, in any of its units. */
export const HOW_HEAVY = /\bhow heavy\b|\bweigh(?:s|ed|t)?\b/;
/** The units a mass is given in (not "pounds", a sum of money as often as a mass). */
export const MASS_UNITS: readonly string[] = ['kilograms', 'kilogrammes', 'kg', 'grams', 'grammes', 'g', 'tonnes', 'tons', 'lb', 'lbs', 'ounces', 'oz'];
/** The units a distance (or a depth, a height, a width) is given in. */
export const DISTANCE_UNITS: readonly string[] = ['metres', 'meters', 'feet', 'yards', 'miles', 'km', 'kilometers', 'kilometres'];
/** A question opening with "how". */
export const HOW_OPENS = /^how\b/;
/**
 * After an opening condition, a question for what follows ("what happens", "what should we expect", "what's
 * the likely result for the conflict").
 */
export const OUTCOME_ASKED =
  /^(?:(?:and |so )?then what\b|what (?:happens|will happen|would happen|then|comes next|follows|(?:should|can|could|would|will|might|do) (?:we|i|you|they|people) (?:expect|see|brace for|prepare for|anticipate|foresee)|(?:does|do|will|would|might|could) (?:[a-z]+ ){1,3}look like|(?:does|do|will|would|might|could) (?:that|this|it) mean)\b|what(?:['\u2019]?s| is| are| would be| will be| could be| might be)? (?:the |an? )?(?:(?:most |more |very )?(?:likely|probable|possible|expected|realistic) )?(?:outcomes?|results?|upshot|effects?|consequences?|fallout)\b)/;
/**
 * What follows a name in a fact saying what someone is: "is Iran's foreign minister", "holds the title of",
 * "serves as"; not "was killed" (a participle says what happened to them).
 */
export const ROLE_STATED = /^(?:(?:is|was) (?![a-z]+(?:ed|en)\b)|holds\b|held\b|serves as\b)/;
/** "The smaller base", "the big one": a description that may name one thing. */
export const DESCRIBED = /\bthe ([a-z]+) (?:[a-z]+ed )?(one|[a-z]+)\b/g;
/** Questions whose closing description is what they ask: "which is the smaller one?", "is Irbil the smaller base?". */
export const DESCRIPTION_ASKED = /^(?:which|who|what|is|are|was|were)\b/;
/** The same asked later in the question: "of the two, which base was the smaller one?". */
export const DESCRIPTION_ASKED_AFTER = /\b(?:which|who|what)\b(?:\s+[a-z]+)?\s+(?:is|was|are|were)\s+$/;

/** The ways to say that a post is an owner's ("iran president", "president of iran"), as folded words. */
export function postPhrases(owner: string, post: string): string[] {
  return [`${owner} ${post}`, `${post} of ${owner}`];
}
/** What comes before the thing asked about: "what X", "which X". */
export const FOCUS_CUE = /^(?:what|which)\b/;
/**
 * "What type of missiles", "what's the range of", "what date was": the thing asked for, named right after
 * "what"; the answer has to say it. ("Which base ...?" names a class of the answer, not a word it holds.)
 */
/** "What's Zarif's age?": whose thing (one word) is asked for, closing the question, and the thing. */
export const POSSESSED_ASKED = /^what(?:'s|\u2019s|s| is| was| are| were| about) (?:the )?([a-z][a-z -]{0,40}?)['\u2019]s? ([a-z]+)\W*$/;
export const ATTRIBUTE_CUE =
  /^what(?:'s|s| is| was| are| were)?(?: the| a| an)?(?: (?:estimated|expected|projected|reported|approximate|likely|total|overall|exact|actual|real|final))? ([a-z]+) (?:of|between|did|does|do|was|is|were|are|will|would|has|had|can|could)\b/;
/**
 * "What kind of missiles were used?", "which sort of action": the thing whose kind is asked for. The answer
 * has to say which kind; a word for the kind ("type") need not be in it.
 */
export const SORT_OF = /^(?:what|which)(?:'s|s| is| was| are| were)?(?: the| a| an)? (?:kind|sort|form)s? of (?:the |a |an )?([a-z]+)\b/;
/**
 * "By a drone or an airstrike?": the two alternatives a question offers, at its end ("from Iran or from inside
 * Iraq": a preposition may come again). "Or not", "or nah", "or what" offer none: they ask yes or no.
 */
export const ALTERNATIVES = /\b([a-z][\w'-]*) or (?:(?:from|in|at|by|on|to|inside|within|outside) )*(?:an? |the )?(?!(?:not|no|nah|nope|naw|what|whatever|something|anything)\b)([a-z][\w'-]*)(?: (?:of|from|than|in|at|to) [^,;?]+)?\s*\??\s*$/;
/** "How many US bases are in Iraq?", "how many missiles does Iran have": how many there are, not how many something was done to. */
export const STOCK_ASKED = /^how many [a-z' -]{1,60}? (?:are|is) (?:there )?(?:in|at|on|inside|stationed|based|deployed|kept)\b|^how many [a-z' -]{1,60}? (?:does|do) [a-z' -]{1,60}? (?:have|own|possess|hold|keep|house|host)\b/;
/**
 * A figure told as how many there are: "there are 5,000 troops", "Iraq hosts two bases", "has 17", "its 42,000
 * books", "his 12 workers", "the nest contained three eggs", "had gathered 2,650 signatures", "Screen One, with 186
 * seats", "the theatre seats 1,100"; a capacity before its noun, "a 28-bed unit", "a temporary 450-seat venue"; a
 * rate kept up in the present, "runs 16 journeys a day"; a count of what is somewhere now, "Two patients remain in
 * isolation rooms", "5,000 troops are in Iraq".
 */
export const STOCK_TOLD =
  /\b(?:an?|[Tt]he) (?:[a-z]+ )?\d[\d,]*-[a-z]+\b|\b[a-z]{2,}[^s\W]s (?:(?:about|around|some|up to|nearly|only|just) )?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty) [a-z]+ (?:a|an|per|each|every) (?:day|week|month|year|hour|night|weekday|weekend)\b|\b(?:\d[\d,]*|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:-[a-z]+)?|[Hh]undreds|[Tt]housands|[Dd]ozens) (?:[a-z]+ ){1,2}(?:remain|remains|are|is|stay|stays|live|lives|sit|sits|lie|lies|stand|stands) (?:still )?(?:in|at|on|inside|within)\b|\b(?:there (?:are|is|were|was)|(?:has|have|had) (?:now |already )?(?:gathered|collected|amassed|attracted|received|drawn|won|reached|signed up)|(?<=,\s?)with|has|have|had|owns?|possess(?:es)?|holds?|held|houses?|housed|hosts?|hosted|keeps?|kept|stations?|numbers?|contain(?:s|ed)?|employ(?:s|ed)?|seats?|accommodates?|sleeps|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|(?<!\bof )[A-Za-z]+['\u2019]s) (?:(?:about|some|around|nearly|almost|over|more than|at least|just|only|barely|roughly|fewer than|less than|under) )?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens|several|many)\b/;
/** "Did Iran or Iraq fire the missiles?": two subjects offered right after the question's verb. */
export const SUBJECT_ALTERNATIVES = /^(?:did|does|do|has|have|had|will|would|could|can|is|was|were|are) (?:the )?([a-z][\w'-]*) or (?:the )?([a-z][\w'-]*) [a-z]/;
/** An auxiliary verb: what follows it in a question is its subject ("how many did Tehran launch"). */
export const AUXILIARY = /\b(?:did|does|do|has|have|had|will|would|could|can|is|was|were|are)/;
/** An "if" clause in a question: to a comma, "then", or the end. */
export const CONDITION = /\bif\b(.*?)(?:,|\bthen\b|$)/;
/** "Under what circumstances ...?", "in which case ...?", "more shooting if?": the condition asked (its noun, if one). */
export const CONDITION_ASKED = /\b(?:under|in|on) (?:what|which) (circumstances?|conditions?|case|cases|terms)\b|\bwhat (?:would it take|would have to happen|has to happen|needs to happen)\b|\bif\W*$/;
/** "Which X ...", "which Iranian X": the word or two after "which" ("which part of" names no kind). */
export const WHICH_KIND = /\bwhich ([a-z0-9]+)(?: ([a-z]+))?(?: ([a-z]+))?/;
/** "What military unit did ...?": the noun before the verb is the kind of thing asked for. */
export const WHAT_KIND = /^what (?:[a-z]+ )?([a-z]+) (?:did|does|do|was|were|is|are|has|had|have)\b/;
/** "Which X?", "from which X?": one of several named things is wanted. (Also after a terse statement and a
 * dash or a colon: "embassy attacked - which city?".) */
export const WHICH_CUE = /(?:^|\s-\s|:\s|^(?:besides|apart from|aside from|other than|except for|except|beyond|on top of|in addition to)\s[^,;?]+[,;]\s)(?:(from|in|at|to|on|of|into|for|by|with|near) )?which\b/;
/** A question that weighs alternatives: "which ...", "X or Y". */
export const CHOICE_CUE = /^which\b|\bor\b/;
/** A name for a role ends in a common noun written in lower case ("supreme leader", "US president"). */
export const ROLE_NAME = /(?:^|[\s-])[a-z][\w'\u2019]*$/;
/** A preposition of place or origin and the word after it, "the" aside ("from iranian", "at british"). */
export const PREPOSITION_NAME = /\b(from|at|in|into|inside|against)\s+(?:the\s+)?([a-z][\w'-]*)/g;
/** A place named after a preposition in a fact: "bases in Iraq", "at al-Asad" (case kept); not a month or a day, "in November". */
export const PLACE_AFTER = /\b(?:in|at|near|inside|outside|from)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]/;
/** A short answer that gives a place: "In western Iraq", "On pro-government television". */
export const PLACE_ANSWER = /^(?:in|on|at|near|inside|outside)\s/i;
/**
 * What comes before a place's name where a text says where something is: a preposition and a direction
 * ("in", "in western", "in the west of", "near northeast"). A pattern's source, put before the name.
 */
export const WHERE_BEFORE_NAME = String.raw`\b(?:in|near|inside|outside) (?:(?:the )?(?:(?:north|south)-?(?:east|west)|north|south|east|west|central)(?:ern)?(?: part)?(?: of)? )?(?:the )?`;
/** An answer that already says yes or no. */
export const YES_OR_NO = /^(?:yes|no)\b/i;

/**
 * A relative clause: what it says is about the noun before it ("a tough man who tolerates no defiance"). It
 * ends at its clause's end, or where a modal opens the main clause's verb: "anyone who does not want to
 * transfer | can get a full refund".
 */
export const RELATIVE_CLAUSE = /\b(?:who|whom|which)\s+[a-z'\u2019-]+(?:(?!\s(?:can|could|will|would|shall|should|may|might|must)\b)[^,;.])*/g;
/**
 * Words asking whether something goes on ("more attacks", "again", "keep hitting"). (Not "more" making a
 * comparative of an adjective, "the more powerful American forces", "more dangerous": a thing compared.)
 */
export const CONTINUATION = /\b(?:(?<!\b(?:the|a|an) )more(?! than\b)(?! [a-z]{3,}(?:ful|ous|ive|ible|able|ical|ic|ent|ant|less|ish)\b)|again|further|another|continue[sd]?|continuing|keep|keeps|(?<!\b(?:can|could|might|may)(?:\s+\S+){0,3}\s+)still|resume[sd]?|anymore)\b/;
/**
 * "Will Iran keep hitting the US?", "continue attacking": a verb of going on before what goes on. It asks
 * whether the deed goes on (as "again" does); the deed is what the question is about. (Not before a verb
 * that names no deed, "keep doing", "keep going": there the going on is all it asks.)
 */
export const ASPECT_VERB = /\b(keeps?|kept|continu(?:e[sd]?|ing)|resum(?:e[sd]?|ing)) (?!(?:doing|going|getting|making|having|trying)\b)[a-z]+ing\b/g;
/** A yes-or-no question about order ("... before the US killed Soleimani?"). */
export const ORDER_ASKED = /\b(before|after)\b/;
/** "Did the killing come before or after the strikes?": which of the two orders, not whether one. */
export const EITHER_ORDER = /\b(?:before or after|after or before)\b/;
/** Words saying "before then" by themselves ("had Trump threatened beforehand?"): no word to find; the past tense asks it already. */
export const BEFORE_THEN: ReadonlySet<string> = new Set(['beforehand', 'previously']);
/** A fact telling that it came after something: an answer to it. */
export const LATER_TOLD = /\b(?:answer to|in response to|retaliat\w*|revenge for|after|since|then)\b/;
/** A fact telling that it came before: "had vowed", "the previous week". */
export const EARLIER_TOLD = /\bhad (?:been )?[a-z]+(?:ed|en|wn|ld|ng)\b|\b(?:previous|earlier|before|already)\b/;
/** "What did Trump post after the strikes?": what came after something is asked (not "go after", to target). */
export const AFTER_ASKED = /\b(?:(?<!\b(?:go|goes|going|gone|went|come|comes|coming|came|look|looks|looking|looked|named|chase|chases|chasing|chased|run|runs|running|ran|take|takes|taking|took|taken) )after|following|in the wake of|since)\b/;
/** "How many missiles did Iran fire last week?": a time before the article's asked, which a fact must tell. */
export const EARLIER_ASKED = /\b(?:last (?:week|month|year)|the (?:previous|prior) (?:week|month|year)|the week before|a (?:week|month|year) (?:ago|earlier|before))\b/;
/**
 * "What did POTUS post about the strikes?": words put online asked for, by the verb of putting them there
 * (after its subject: "what rank or post did he hold?" asks of an office).
 */
export const POSTED_ASKED = /\b(?:did|does|do|has|have|had|will|would|could|might)(?: [a-z'-]+){1,4}? (?:post|tweet)\b|\b(?:posted|tweeted|posting|tweeting)\b/;
/** "What did Trump say in his speech?", "on TV": words asked as spoken, in a speech, an interview or on air. */
export const SPOKEN_ASKED = /\b(?:in|during|at) (?:his|her|their|its|the|a|an) (?:[a-z]+ )?(?:speech|address|interview|press conference|news conference|briefing)\b|\bon (?:tv|television|(?:the )?radio|air|camera)\b/;
/** A fact telling of words put online: a tweet, a post, social media. */
export const POSTED_TOLD = /\b(?:tweet|tweets|tweeted|twitter|posted|online|social media|facebook|instagram)\b/;
/** A text told as of a time before the one it is read at: "the previous week", "earlier", "last month". */
export const EARLIER_TIME = /\b(?:the previous|last (?:week|month|year)|the week before|earlier|beforehand|previously)\b/;
/** "Where did Iran fire from?": an origin is asked for. */
export const WHERE_FROM = /\bwhere\b.*\bfrom\b\W*$/;
/** "Which country are the targeted US bases in?": the thing whose place is asked for; its last word is its head. */
export const PLACED_THING = /^(?:which|what) (?:country|nation|city|town|region|province|place|state) (?:is|are|was|were) (?:the |a |an |these |those )?((?:[a-z'-]+ ){0,3}[a-z'-]+) (?:in|located in|situated in|based in)\W*$/;
/** Words opening the topic of a question: "what could Trump claim about the embassy attack if ...". */
export const ABOUT_TOPIC = /\b(?:about|regarding|concerning)\b/;
/** "Why does Khamenei want more than military action?": more than a thing is asked for, which it alone not being enough explains. */
export const MORE_THAN_THING = /\b(?:more than|beyond|besides|on top of) (?:just |only |merely |mere |simply )?(?:a |an |the )?(?![0-9])[a-z]/;
/** A fact saying from where ("from Iranian soil"; case kept). */
export const ORIGIN = /\bfrom\s+(?:the\s+)?(?:[A-Z]|[a-z]+\s+soil\b|[a-z]+\s+territory\b)/;
/** The origin phrase itself: "from" and what follows, up to the next preposition or clause. */
export const ORIGIN_PHRASE = /\bfrom\s+[^,.;]+?(?=\s+(?:at|to|in|on|into|toward|towards|against|for)\b|[,.;]|$)/;
/** The words that ask for a name ("what is the name of ...", "what is X called"), not what it is about. */
export const NAMING_WORDS: ReadonlySet<string> = new Set(['name', 'names', 'called', 'named', 'call']);
/** Auxiliaries that put who did it after them ("did Iran kill ..."). */
export const AGENT_AUXILIARY: ReadonlySet<string> = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'didnt', 'doesnt', 'dont', 'hasnt', 'havent', 'hadnt', 'would', 'wouldnt', 'will', 'wont', 'could', 'couldnt', 'should', 'shouldnt', 'might', 'can', 'cant']);
/** Words between a doer and its verb ("Trump had threatened", "Iran would have fired"). */
export const AGENT_SKIPPED: ReadonlySet<string> = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'be', 'been', 'would', 'will', 'could', 'may', 'might', 'to', 'also', 'already', 'just', 'do', 'does', 'did', 'not', 'never']);
/** A clause saying when a yes-or-no question's event would be ("had Trump threatened Iran before it launched the missiles?"). */
export const TIME_CLAUSE = /\b(?:before|after|until|since|while|once|(?<!\b(?:the|in|for|over) )following)\b(.*?)(?:,|$)/;
/** "Did Trump freak out when the missiles hit?": a yes-or-no question's clause saying when (not what is said or known of when: "did Trump say when ..."). */
export const WHEN_CLAUSE = /(?<!\b(?:say|says|said|tell|tells|told|know|knows|knew|ask|asks|asked|announce|announced|reveal|revealed|explain|explained|mention|mentioned|specify|specified|indicate|indicated|decide|decided|confirm|confirmed) )\bwhen\b(.*?)(?:,|$)/;
/** The same clause opening any question, up to its question word ("before the strike what did Iran promise"). */
export const LEADING_TIME_CLAUSE = /^(?:before|after|until|since|while|once)\b(.*?)(?:,|(?=\b(?:what|who|whom|whose|where|when|why|how|which|did|does|do|is|was|were|will|would)\b))/;
/** A condition that opens a question, up to its comma or dash ("if trump ignores it, ...", "suppose X - what ..."). */
export const LEADING_CONDITION = /^(?:if|suppose|supposing|assuming|unless)\b[^,;:]*?(?:[,;:]| [-\u2013\u2014] )\s*/;
/**
 * A clause setting the scene before the question proper, up to its comma ("given how much mightier the US
 * military is, what ...", "considering what Trump threatened, did ..."): what it says is no part of what is
 * asked, though its words tell what the question is about.
 */
export const SCENE_CLAUSE = /^(?:given|considering|seeing|knowing|in light of|despite|regardless of|with)\b[^,;:?]*[,;:]\s*(?=(?:what|which|who|whom|whose|where|when|why|how|is|are|was|were|do|does|did|will|would|can|could|should|has|have|had)\b)/;
/**
 * "When Trump tweeted, were casualties still being counted?": a "when" clause with no verb of asking after
 * it, closed by a comma, sets a time; the question proper follows it.
 */
export const WHEN_SCENE = /^when(?:ever)?\s+(?!(?:did|does|do|is|are|was|were|will|would|can|could|should|has|have|had|exactly|precisely)\b)[^,;:?]*[,;:]\s*(?=(?:what|which|who|whom|whose|where|why|how|is|are|was|were|do|does|did|will|would|can|could|should|has|have|had)\b)/;
/** "What does Khamenei want besides military action?": what is set aside, to the end of its clause. */
export const SET_ASIDE = /\b(?:besides|apart from|aside from|other than|except for|except|beyond|on top of|in addition to)\s+([^,;?]+)/;
/** The words SET_ASIDE opens with (a test holds the two alike, and WHICH_CUE's opening aside): only a question holding one runs it. */
export const SET_ASIDE_WORDS: readonly string[] = ['besides', 'apart from', 'aside from', 'other than', 'except', 'beyond', 'on top of', 'in addition to'];
/** A question that opens with a condition, comma or not. */
export const CONDITION_OPENS = /^(?:if|suppose|supposing|assuming|unless)\b/;
/**
 * Where the question proper begins after a condition with no comma ("if trump hits back | are we gonna see
 * more fighting"). Tried only after CONDITION_OPENS: it takes a millisecond to compile.
 */
export const QUESTION_PROPER = /\s(?:(?:is|are|was|were|will|would|can|could|should|do|does|did) (?:we|they|there|it|things|you|he|she|i|that|this)|what (?:happens|will happen|would happen|then))\b/;
/** Endings that make a word of direction from another ("west" - "western", "westward"): WordNet does not relate them. */
export const DIRECTION_SUFFIXES: readonly string[] = ['ern', 'erly', 'ward', 'wards'];
/** A word of direction, plain or with one of those endings ("west", "western", "northeasterly"). */
export const DIRECTION_WORD = new RegExp(`^((?:north|south)?(?:east|west)|north|south)(${DIRECTION_SUFFIXES.join('|')})?$`);
/** A compass point written short ("NE iraq"): its word. */
export const COMPASS_SHORT: Readonly<Record<string, string>> = { ne: 'northeast', nw: 'northwest', se: 'southeast', sw: 'southwest' };
/** "northeast", "southwestern": two directions in one word. */
export const COMPOUND_DIRECTION = new RegExp(`^(north|south)(east|west)(?:${DIRECTION_SUFFIXES.join('|')})?$`);
/** Prefixes that are English words too ("con", "pro"): a word they start is no compound ("confirm"). */
export const PREFIXES: ReadonlySet<string> = new Set(['con', 'com', 'pro', 'pre', 'dis', 'mis', 'sub', 'non', 'out', 'per', 'inter', 'over', 'under', 'anti', 'semi', 'counter']);

/** Verbs right after "which" (and "way", "which way he goes"): it asks which one, of no kind named. */
export const WHICH_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'did', 'does', 'do', 'got', 'gets', 'lies', 'sits', 'took', 'received', 'will', 'would', 'could', 'should', 'way', 'ways']);
/** A clause of its own after the question's ("... relieved that no Americans died"): cut before WHY_NOT reads it. */
export const SUBORDINATE_CLAUSE = /\b(?:that|though|although|when|if|since|because|after|before|while|even though)\b.*$/;
/** "Why might Trump not retaliate?": a why-question asking why something is not done, by a "not" in its own clause. */
export const WHY_NOT = /^why\b[^,;]*?(?:\b(?:not|never)\b|n't\b)/;
/** "It will be humbling for Iran if ...": a claim that holds if something is so. */
export const CONDITIONAL_CLAIM = /\b(?:will|would|could|may|might)\b[^,;.]*?\bif\b/;
/** Verbs of saying in a fact's text, in any tense ("described", "predicted", "hinted"). */
export const SAYING_VERBS_IN_TEXT = /\b(?:call|describ|argu|label|insist|suggest|hint|note|stress|admit|predict|warn|post|wr[io]t|announc|declar|stat|report|confirm|deni|signal|indicat|vow|pledg|promis|threat)[a-z]*\b/i;
/** "Had warned that ...": a verb of saying and the clause of what was said. */
export const REPORTED_CLAUSE = new RegExp(`${SAYING_VERBS_IN_TEXT.source}\\s+that\\b`, 'i');
/** "..., according to Iraq's military": whose report a fact is, no part of what it tells (for removing it). */
export const REPORTED_BY = /,?\s*\baccording to [^,.;]+/gi;
/** "The smaller of the two": one of a pair told of. */
export const OF_THE_TWO = /\b(?:of|between) the two\b/i;
/** A question asking what happened: "how" or "what" and a past auxiliary, no condition after it. */
export const PAST_WH = /^(?:how|what) (?:did|has|have|had)\b(?!.*\b(?:if|unless|when)\b)/;
/** The words that open a condition, as opposed to a modal that hedges a whole clause. */
export const CONDITION_WORDS: ReadonlySet<string> = new Set(['if', 'unless', 'whether']);
/** "Had threatened to strike": a verb whose "to" clause tells what was threatened, vowed or planned, not done. */
export const GOVERNED = /\b(threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?|promis(?:e|es|ed|ing)|plan(?:s|ned|ning)?|want(?:s|ed|ing)?|intend(?:s|ed|ing)?|warn(?:s|ed|ing)?)\s+to\b/;
/** Words saying where in a quote ("opening", "last", "ended"), not what it is about. */
export const QUOTE_PLACE_WORDS: ReadonlySet<string> = new Set(['opening', 'first', 'starting', 'beginning', 'closing', 'last', 'final', 'ending', 'concluding', 'open', 'opened', 'opens', 'start', 'started', 'starts', 'begin', 'began', 'begins', 'end', 'ended', 'ends', 'close', 'closed', 'closes', 'finish', 'finished', 'finishes', 'conclude', 'concluded', 'concludes', 'line', 'lines', 'sentence', 'sentences', 'bit', 'part']);
/**
 * "What term does the writer use for ...?", "what phrase does the article use to describe ...?": the
 * article's own words are asked for, not someone's it quotes.
 */
export const ARTICLE_WORDING =
  /\b(?:the|this) (?:article|piece|story|author|writer|journalist|reporter)\b[^?]*?\b(?:use|uses|used|using|call|calls|called|describe|describes|described|put|puts)\b/;
/**
 * "What does the writer liken the revenge to?", "what image does the article use for ...?": words asking for
 * the article's figure of speech, what it likens a thing to; the thing likened is what it is about.
 */
export const LIKENING_NOUNS: ReadonlySet<string> = new Set(['image', 'imagery', 'metaphor', 'analogy', 'simile']);
/** Its verbs (see LIKENED_TO_ASKED). */
export const LIKENING_VERBS: ReadonlySet<string> = new Set(['liken', 'likens', 'likened', 'compare', 'compares', 'compared', 'equate', 'equates', 'equated']);
/** A likening noun as the thing asked for: "what image does the article use for ...?" (not "Trump's image"). */
export const LIKENING_NOUN_ASKED = new RegExp(`\\b(?:what|which)(?: kind of| sort of)? (?:${[...LIKENING_NOUNS].join('|')})\\b`);
/**
 * A verb of likening asked with its "to" last, its object the thing asked for: "what does the article
 * compare it to?" (not "US forces compared with Iran's", a comparison).
 */
export const LIKENED_TO_ASKED = new RegExp(`\\b(?:${[...LIKENING_VERBS].join('|')})\\b[^?]*\\bto\\W*$`);
/** A text likening a thing to another: "little more than a fireworks display", "like a", "akin to". */
export const LIKENING = /\b(?:(?:little|nothing|no) more than|(?:amount|amounts|amounted|amounting) to|akin to|tantamount to|the equivalent of|(?:resembl|reminiscent)\w*|as if|as though|(?:looks?|looked|seems?|seemed|sounds?|sounded) like)\b/;
/**
 * Nouns for what someone says or signals ("what message is Iran sending?"): a fact telling what someone
 * said, signalled or will say answers for the thing, whatever it calls it.
 */
export const SAYING_NOUNS: ReadonlySet<string> = new Set(['message', 'messages', 'messaging', 'signal', 'signals', 'statement', 'statements', 'warning', 'warnings', 'stance', 'line', 'argument', 'arguments', 'remark', 'remarks', 'comment', 'comments', 'announcement', 'pronouncement', 'rhetoric', 'narrative', 'spin', 'word', 'prediction', 'predictions', 'forecast', 'forecasts', 'label', 'labels', 'vow', 'vows', 'pledge', 'pledges', 'promise', 'promises']);
/** Words for the article and its writer, in a question asking for its words. */
/** A question about the article itself, its date, title or author, which no fact tells. */
export const ABOUT_THE_ARTICLE = /\b(?:article|piece|story|explainer)(?:'s)?\b.*\b(?:date|dated|published|publish|written|write|wrote|title|titled|headline|author|authors|appear|appeared|released|come out|came out|run|ran|posted)\b|\b(?:date|title|headline|author|publication|wrote|written|published)\b.*\b(?:article|piece|story|explainer)\b/;
/** Words naming the article or its writer ("the piece", "the author"): where the answer is, not what it is about. */
export const STORY_NOUNS: ReadonlySet<string> = new Set(['article', 'piece', 'story', 'explainer', 'author', 'writer', 'journalist']);
export const ARTICLE_NOUNS: ReadonlySet<string> = new Set(['article', 'piece', 'story', 'author', 'writer', 'journalist', 'reporter', 'use', 'uses', 'used', 'using']);

/** Words a casualty report says harm with ("no deaths have been reported", "no one was killed"). */
export const REPORTED_HARM_WORDS: readonly string[] = ['killed', 'deaths', 'dead', 'injured', 'hurt', 'wounded', 'casualties'];
/** A year, as a question may name one ("in 2015"). */
export const YEAR_WORD = /^(?:1[89]|20)\d\d$/;
/** A word of death, as a question asks of harm ("how many people died?"). */
export const DEATH_WORD = /^(?:kill|killed|die|died|dead|death|deaths|fatalities|fatal)$/;
/** A word of injury, as a question asks of harm ("how many were hurt?"). */
export const INJURY_WORD = /^(?:injured|injure|injuries|injury|hurt|wounded|wound)$/;
/** A figure's unit telling of harm: "people killed or injured", "UK casualties". */
export const HARM_UNIT = /\b(?:killed|injured|hurt|wounded|casualties|dead|died|die|deaths|fatalities)\b/i;
/** What a deed gains, then the deed "by" doing it: "Iran can confuse the information war by telling its people ..." (the deed, to the clause's end). */
export const GAINED_BY_DOING = /\b(?:can|could|may|might|would|will) [a-z]+\b[^,;]* by ([a-z-]+ing\b[^,;.]*)/;
/** A yes or no asking whether something is already complete ("has the damage been fully counted yet?", "was the casualty count already known?"). */
export const COMPLETION_ASKED = /\b(?:already|fully|yet|settled|final|finalised|finalized|complete|completed|finished)\b/;
/** A question asking what was still going on ("what was still being worked out?", "what was under way?"). */
export const ONGOING_ASKED = /\bstill being\b|\b(?:under way|underway|in progress|ongoing|going on|taking place)\b/;
/** A past participle's ending ("counted", "known", "taken"): a verb of a doing, read loosely. */
export const PARTICIPLE_ENDING = /(?:ed|en|wn)$/;
/** A fact telling that something was still going on ("still being assessed", "taking place now"). */
export const ONGOING_TOLD = /\bstill (?:being|under way|underway|in progress|going on|taking place)\b|\b(?:taking place|under way|underway|in progress|ongoing) now\b|\bnow (?:under way|underway|in progress|taking place)\b/;
/** A text telling that something goes on as it did ("running as normal", "unaffected"). */
export const AS_BEFORE = /\b(?:as (?:normal|usual|before|planned|scheduled)|unaffected|uninterrupted)\b/;
/** "What would it mean for Trump ...?": what something would be for someone, an outcome of it for them. */
export const MEANT_FOR = /\bmean (?:for|to)\b/;
/** A judgement of what something would be ("would be a climb-down"). */
export const WOULD_BE = /\b(?:would|could|might) be\b/;
/** Words setting up a supposition or asking what follows it ("suppose ... - what does the week look like?", "the consequences", "the fallout", "what would it mean for", "what's likely if"): the answer's form, no word a fact must hold. */
export const OUTCOME_FORM_WORDS: ReadonlySet<string> = new Set(['downside', 'downsides', 'drawback', 'drawbacks', 'risk', 'risks', 'danger', 'dangers', 'catch', 'snag', 'problem', 'harm', 'big', 'deal', 'suppose', 'supposing', 'assuming', 'imagine', 'look', 'like', 'likely', 'probable', 'consequence', 'consequences', 'implication', 'implications', 'mean', 'outcome', 'outcomes', 'aftermath', 'fallout', 'scenario', 'scenarios', 'upshot', 'result', 'results', 'best', 'worst', 'case']);

/** General words for something done ("what covert activity", "what step", "what kind of action"): the answer's form, a deed, which a fact telling one answers whatever it calls it. */
export const DEED_FORM_WORDS: ReadonlySet<string> = new Set(['activity', 'activities', 'action', 'actions', 'step', 'steps', 'move', 'moves', 'deed', 'deeds', 'undertaking', 'undertakings']);

/** Prepositions of place: an entity after one is where something is or happens, no doer of it. (Not "from":
 * "missiles launched from Iran" tells who launched them; not "to": "according to".) */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'into', 'onto', 'toward', 'towards', 'near', 'against', 'inside', 'outside', 'across', 'over']);


/** A yes-or-no question about what happened, by its opening verb ("did Trump respond?", "was anyone hurt?"). */
export const PAST_ASKED = /^(?:did|was|were|has|have|had)\b(?!.*\b(?:scheduled|due|set|planned|expected|slated|supposed|going)\b)/;
/** "How was Soleimani killed?", "how did Iran respond": the way something is done (not "how many", "how far"). */
export const HOW_DONE = /^how (?:(?:exactly|precisely|really|actually|specifically) )?(?:was|were|did|do|does|is|are|has|have|had)\b/;
/** "How was Soleimani killed?": the participle closing a passive how-question. */
export const HOW_PASSIVE = /^how (?:(?:exactly|precisely|really|actually|specifically) )?(?:was|were|is|are|has been|have been|had been) .+? (\w+(?:ed|en))\W*$/;
/** Words telling by what means or in what manner something was done ("with a drone", "using", "by air"). */
export const MANNER_TOLD = /\b(?:with|using|via|through|by (?:a|an|air|drone|land|sea|means)|\w+ly)\b/;
/** The words of a question asking what was said ("say", "remarks"; not vowed, called or described: their words answer alone). */
export const SAYING_ASKED: ReadonlySet<string> = new Set(['say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'statement', 'statements', 'remark', 'remarks', 'comment', 'comments']);
/** A saying that only may happen ("Trump could say ...", "might call them"): no one has said it yet. */
export const HEDGED_SAYING = /\b(?:could|may|might|can)\s+(?:\w+\s+)?(?:say|claim|call|argue|tell|point|describe|brand|paint)\b/;
/** Words telling of what is still to come ("is scheduled to speak"; not "will", which a clause of its own may hold: "but will defend itself"). */
export const FUTURE_TOLD = /\b(?:scheduled to|due to|expected to|set to|is to|are to|going to|about to)\b/;
/** A question asking of what is to come ("when will ...", "the next attack"). */
// The side of a vote asked ("which parties voted against?", "who voted for it?") and told.
/** "Which figure did the US kill?", "what figure was assassinated?": a figure done to as people are is a person. */
export const PERSON_FIGURE = /^(?:which|what) (?:[a-z-]+ )?figure (?:(?:did|does|do|had|has|have|was|were|is|are|got|get) )(?!(?:the )?(?:not )?(?:higher|lower|bigger|larger|greater|smaller|more|fewer|less)\b)(?:[a-z'.-]+ ){0,5}?(?:kill|kills|killed|assassinat\w*|murder\w*|execut\w*|arrest\w*|elect\w*|appoint\w*|sack\w*|target\w*|eliminat\w*|slain|slay)\b/;
/** Words asking of those against ("how many voted against?", "how many MPs opposed it?"). */
export const AGAINST_ASKED = /\b(?:against|oppose|opposes|opposed|opposing|voted no|no votes|nays)\b/;
const FOR_ASKED = /\b(?:voted for|vote for|votes for|voting for|(?:were|was|are|is) for (?:the|it|this)|in favou?r|support|supports|supported|backed|back (?:the|it|this)|voted yes|ayes)\b/;
/** A text telling of those against (a vote, a plan). */
export const AGAINST_TOLD = /\b(?:against|opposed|opposing)\b/;
/** A text telling of those for (a vote, a plan). */
export const FOR_TOLD = /\b(?:in favou?r|for the bill|for it|vot(?:e|es|ed|ing) for|supported|supporting|backed|backing|approved|approving)\b/;
/** The side of a vote a question asks of: those against, those for, or neither. */
export function sideAsked(folded: string): 'against' | 'for' | undefined {
  // (Of a vote or a measure: "does the public support a war?" asks no side of one.)
  if (!VOTED_ON.test(folded)) return undefined;
  return AGAINST_ASKED.test(folded) ? 'against' : FOR_ASKED.test(folded) ? 'for' : undefined;
}
// Words of a vote, or of a measure voted on or taken ("did the MP back the closure?").
const VOTED_ON = /\b(?:vot(?:e|es|ed|ing)|bill|law|motion|measure|amendment|ballot|referendum|proposals?|resolution|legislation|deal|plans?|closures?|cuts|scheme|policy)\b/;
/** Whether a text tells only the other side of a vote than the one asked ("voting in favour" to "who voted against?"). */
export function otherSideTold(side: 'against' | 'for', text: string): boolean {
  return side === 'against' ? FOR_TOLD.test(text) && !AGAINST_TOLD.test(text) : AGAINST_TOLD.test(text) && !FOR_TOLD.test(text);
}
/** Words asking when something was said, told or made known ("when was the breach announced?"). */
export const SAYING_TIME_ASKED = /\b(?:say|says|said|announce|announced|report|reported|disclose|disclosed|reveal|revealed|confirm|confirmed|tell|told|admit|admitted|statement|news|public|publicly)\b/;
/**
 * Whether a time a text gives is when something was said ("said on Tuesday that hackers had stolen ..."):
 * the saying's time, not the time of what was said.
 */
export function saidAt(text: string, at: number): boolean {
  return /\b(?:said|says|told|announced|reported|confirmed|added|stated|warned|disclosed|revealed|admitted)\s+(?:late\s+|early\s+)?$/i.test(text.slice(Math.max(0, at - 40), at));
}
/** A chief officer's initials ("CEO", "CFO"), which the data may write with "officer" left unsaid ("chief executive"). */
export const CHIEF_OFFICER = /^c[a-z]o$/;
export const FUTURE_ASKED = /\b(?:will|going to|gonna|next|upcoming|coming)\b/;
/** A time gone by, as a fact gives it ("the previous week"). */
export const PAST_TIME = /\b(?:previous|last|ago|earlier|yesterday)\b/;
/** The weekdays a text names, each (global: read with match). */
export const DAY_NAMED = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g;
/** A word that is a weekday. */
export const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** "What did Iran not do?", "what does Iran not plan" (with "n't" read as " not"): what someone does not do. */
export const WHAT_NOT = /^what (?:did|does|do|has|have|had|is|was|are|were|will|would)(?:nt| not)? [^?]*\b(?:not|nt)\b/;
/** "What did Zarif say Iran is not looking for?" (with "n't" read as " not"): words said that deny something. */
export const SAID_NOT = /^what (?:did|does|do|has|have|had|will|would) [^?]*?\b(?:say|said|tell|told|claim|claimed|insist|insisted|state|stated)\b [^?]*\bnot\b/;
/** "Were there ...", "is there ...": whether something was at all. */
export const THERE_OPENS = /^(?:were|was|is|are|have|has|had) there\b/;
/** "What will Trump do?", "what's Iran going to do next": the one whose deed to come is asked for. */
export const FUTURE_DEED_ASKED =
  /^what(?: (?:will|would|might|could|should|can|may) (?:the |its |their )?([a-z' -]{2,40}?)|(?:'s|s| is| are) (?:the |its |their )?([a-z' -]{2,40}?) (?:going to|gonna|planning to|about to|(?:expected|set|due|poised|slated|scheduled|bound|supposed|meant) to)) (?:do|be doing)\b/;
/** "What's on Trump's schedule?", "what is next on the council's agenda": the one whose plans to come are asked for. */
export const PLANS_ASKED = /^what(?:'s|s| is| was) (?:next |coming up )?on (?:the )?([a-z' -]{2,40}?)(?:'s|s'|') (?:schedule|agenda|calendar|diary|plate|to-do list)\b/;
/** A fact's opening condition ("If Trump overlooks the strikes, ...", "Should Trump pick retaliation, ..."). */
export const OPENING_CONDITION = /^(?:if|should|unless|once|were|had)\b[^,;]*[,;]\s*/i;
/** A condition of the plan the article is about, in a participle alone: "If approved, ...", "Once completed, ...". */
export const PLAN_CONDITION = /^(?:if|once|unless) (?:[a-z]+ly )?[a-z]+(?:ed|en)\s*,/i;

/** Units of a sum of money. */
export const MONEY_UNIT = /\b(?:euros?|dollars?|pounds?|pence|cents?|yen|yuan|rupees?|francs?)\b/;
/** Units of a sum or a measure, which "how much X" asks for whatever X is ("50 million euros" of aid). */
export const MEASURE_UNIT = new RegExp(`${MONEY_UNIT.source}|\\b(?:percent|(?:milli|centi|kilo)?(?:metres?|meters?|grams?|litres?|liters?)|miles?|feet|foot|inches|tonnes?|tons?|gallons?|acres?|hectares?)\\b`);

/** "Did the missiles kill Americans?": a harm verb, then up to three words of whom it harmed. */
export const HARM_THEN = /\b(?:kill|kills|killed|hurt|hurts|injure|injured|injures|wound|wounded|wounds|harm|harmed|harms)\s+((?:[a-z]+\s+){0,2}[a-z]+)/;
/** "Were people killed?", "did soldiers die?": the ones harmed, before the verb of a question asking it. */
export const HARMED_BEFORE = /^(?:were|was|are|is|have|has|had|did)\s+(?:been\s+)?((?:[a-z]+\s+){1,3}?)(?:been\s+)?(?:killed|hurt|injured|wounded|harmed|die|died|dead)\b/;
/** A verb of harm, by its stem ("hurt", "harmed", "injuring"): any harm answers a harm asked. */
export const HARM_VERB = /^(?:kill|hurt|harm|injur|wound)/;
/** Words before a number that make it a determiner's ("the two bases", "both"), no figure given. */
export const DETERMINED: ReadonlySet<string> = new Set(['the', 'these', 'those', 'both', 'its', 'their', 'of']);
/** A preposition of place or medium and the word after it ("on tiktok", "from kerman"). */
export const PREPOSITION_WORD = /\b(?:on|in|at|from|via|into|onto|with)\s+([a-z]+)\b/g;
/** Whether a question has such a preposition before a word (run before PREPOSITION_WORD's global scan). */
export const PREPOSITION_ONE = /\b(?:on|in|at|from|via|into|onto|with)\s+[a-z]/;
/**
 * Post nouns that name a rank or a part many hold, or one the article gives by another name ("supreme
 * leader"), rather than one office.
 */
export const RANKS: ReadonlySet<string> = new Set(['general', 'commander', 'chief', 'head', 'leader']);
/** Words ranking a post ("Iran's top cleric", "its chief diplomat"): they say how high, not whose. */
export const RANK_WORDS: ReadonlySet<string> = new Set(['top', 'chief', 'senior', 'head', 'leading', 'main', 'principal', 'highest', 'lead']);
/**
 * Words weighing the thing after them ("what big decision", "the key question", "the main worry"): they
 * say how much it matters, not what it is. (Not the comparative or superlative: "which base took the
 * biggest share?" compares.)
 */
export const WEIGHT_WORDS: ReadonlySet<string> = new Set(['big', 'key', 'major', 'important', 'crucial', 'critical', 'central', 'primary', 'significant', 'huge', 'vital', 'essential', 'serious', 'main', 'chief']);
/**
 * Words saying how much of what follows, or how it looked ("pretty chill", "a real war", "seemed calm"):
 * light as WEIGHT_WORDS are, before a word that says what it is.
 */
export const DEGREE_WORDS: ReadonlySet<string> = new Set(['pretty', 'quite', 'rather', 'fairly', 'really', 'super', 'kinda', 'sorta', 'real', 'actual', 'genuine', 'proper', 'totally', 'extremely', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'sound', 'sounds', 'sounded']);
/** Where a negation's clause ends: a stop, or a word turning to something else ("... nor war but will defend itself"). */
export const CLAUSE_TURN = /[,.;:]|\b(?:but|yet|though|although|however|whereas|while)\b/;

/**
 * "Who was responsible for X", "who is to blame for X", "who was behind X", "who caused X": X, up to a
 * preposition or the end ("the embassy attack", "the attack on the embassy").
 */
export const RESPONSIBLE_FOR = /^(?:who|which (?:country|nation|state|side|government|power))(?: (?:was|were|is|are)|'s)? (?:(?:held )?responsible for|to blame for|behind|caused) (?:the |a |an |this |that )?(?:[a-z-]+['\u2019]s? )?((?:[a-z-]+ ){0,2}?[a-z]+)(?= (?:on|in|at|of|against|for|that|which|by)\b|\W*$)/;
/** Words for a death, whose doer "who was responsible for X" asks: a killing. */
export const DEATH_NOUNS: ReadonlySet<string> = new Set(['death', 'deaths', 'killing', 'killings', 'assassination', 'murder']);
/** "How could Trump characterise ...", "what did Zarif call the strikes": how someone puts something is asked (their words, group 1). */
export const DESCRIBER_ASKED = /^(?:how|what) (?:could|would|might|will|can|may|did|does|do|has|have|had|should) (.{2,40}?) (?:describe|characteri[sz]e|call|label|portray|depict|term|dub|brand)\b/;
/** "Why might (would, could, should, must, will) X ...": a reason asked of X, before any verb of theirs. */
export const WHY_MODAL = /\bwhy (?:might|would|could|should|must|will|may)\b/;
/**
 * "Why does Iran ...?", "how come Iran doesn't ...?": a reason asked of the one named right after. (Not
 * after a form of "be", which may open a passive: "why were American bases targeted by Iran?")
 */
export const WHY_OF = /\b(?:why (?:does|do|did|can|doesn['\u2019]?t|don['\u2019]?t|didn['\u2019]?t|can['\u2019]?t|won['\u2019]?t|wouldn['\u2019]?t)|how come)\b/;
/** "... by a drone (strike)": the means or doer of a passive asked about, one or two words after "by". */
export const BY_MEANS = /\bby (?:an? |the |some )?([a-z-]+(?: [a-z-]+)?)\s*\??$/;
/** "... drone strike or something else?": one thing offered against anything else. */
export const OR_ELSE = /\b(?:an? |the )?([a-z-]+(?: [a-z-]+)?) or (?:something|anything|some other|another|other|otherwise|whatever)\b/;
/** "Which 52 sites", "what were the 52 targets", "list the 52 targets": a number of things, each asked for. */
export const MEMBERS_ASKED = /\b(?:which|what (?:are|were) the|list(?: all)?(?: of)? the|name(?: all)?(?: of)? the|(?:which|what)\b[a-z ]*?\bamong the)\s+([0-9]+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty-two)\s+(?:[a-z]+\s+)?([a-z]+s)\b(?<!\b(?:does|was|has|is|this|us))/;
/** The words of those questions that ask who did it, not what was done. */
export const BLAME_WORDS: ReadonlySet<string> = new Set(['responsible', 'blame', 'behind', 'caused', 'held']);
/** A number written with its ending ("8th", "1980s") or a time ("10pm"): no name. */
export const ORDINAL_OR_TIME = /^\d+(?:st|nd|rd|th|s|am|pm|k|m)$/;
/** A claim denied by what it is of ("no British soldiers were harmed", "none of them died"), or a wish against it ("would rather not"). */
export const DENIED_CLAIM = /\b(?:no|none|nobody|no one|nothing|(?:would|had|'d) (?:rather|sooner) not|prefers? not)\b/;
/** A stored answer's own verdict: "No, ..." (not "No one was killed"). */
export const STORED_VERDICT = /^(?:Yes|No)(?=[,.])/i;
/**
 * "The average American", "your ordinary American", "ordinary Americans": one who stands for their people, or
 * those who do (group 1 the determiner, if any, 2 the adjective, 3 the noun).
 */
export const TYPICAL_MEMBER = /\b(?:(the|an?|your) )?(average|typical|ordinary|everyday|regular|normal|common) ([a-z]+)\b/gi;
/** "Push Washington to", "compel the US into", "pressure on Trump to": what moves one to a deed (group 1 the pushing). */
export const PUSHED_TO = /\b(?<!\b(?:what|which) )(push|pushes|pushed|pushing|force|forces|forced|forcing|compel|compels|compelled|compelling|drive|drives|drove|driving|prompt|prompts|prompted|prompting|oblige|obliges|obliged|move|moves|moved|lead|leads|led|tempt|tempts|tempted|pressure on|pressures on|pressure|pressures|pressured) (?:the )?(?:[a-z'-]+ ){1,3}?(?:to|towards?|into)\b/g;
/** "Trump's early post", "Zarif's latest statement": a saying of someone's (group 1 whose), of whatever kind. */
export const POSSESSED_SAYING = /^(.+?)['\u2019]s? (?:[a-z-]+ )?(?:posts?|tweets?|statements?|remarks?|comments?|messages?|words|speech|address|letter|announcement)$/;

/** A question asking by how much one led or won ("by how many votes", "what was the margin", "ahead"). */
export const MARGIN_ASKED = /\b(?:by how (?:many|much)|margin|ahead|lead|led|beat|won by|lost by|win by)\b/;
/**
 * A question naming a margin as such ("by how many votes did she win?", "what was the margin?"). Not the
 * doer of a passive ("al-Asad was targeted by how many missiles?" counts the missiles), unless its verb is
 * one of winning, losing or changing ("was beaten by how many goals?", "was cut by how much?").
 */
export const MARGIN_NAMED = /\b(?:(?<!\b(?:is|are|was|were|be|been|being|get|gets|got) (?:[a-z]+ly )?(?!(?:beaten|defeated|outvoted|outnumbered|outscored|won|lost|passed|carried|approved|rejected|led|trailed|cut|raised|reduced|increased|decreased|lowered|extended|shortened|delayed|exceeded|missed|overtaken|ahead|behind|up|down|over|under)\b)[a-z]+ )by how (?:many|much)|margin)\b/;

/**
 * "How much will the project cost?", "how much did the butcher lose?": a sum of money asked of the one that
 * pays, spends or loses it, or of what is priced: the words between say which, up to the last verb of a sum
 * ("how much are the paid staff paid?" prices "the paid staff").
 */
export const SUM_ASKED = /^(?:by )?how much (?:did|does|do|will|would|could|might|should|can|is|are|was|were|has|have|had) ((?:[a-z0-9'\u2019-]+ ){1,6})(cost|costing|pay|paid|spend|spent|charge|charged|lose|lost|losing|gain|gained|earn|earned|owe|owed|save|saved|worth|insured|valued|sell|sold|fetch|fetched|buy|bought|fined|raise|raised|offer|offered|bid)\b/;
/** "How much did the shares rise?", "by how much has revenue grown?": by how much something changed. */
// (Not past a clause of time, "how much is still missing after the fare rise?", nor a change named as a
// noun before what it does, "how much will the fare rise raise?".)
export const CHANGE_ASKED = /^(?:by )?how much (?:did|has|have|had|will|would|could|does|do|is|are|was|were) (?:(?!(?:after|before|since|until|following) )[a-z0-9'-]+ ){1,6}?(?:rise|risen|rising|fall|fallen|falling|grow|grown|growing|drop|dropped|increase|increased|decrease|decreased|jump|jumped|climb|climbed|slump|slumped|gain|gained|lose|lost|decline|declined|shrink|shrunk|surge|surged|slide|slid|sink|sunk|soar|soared|slip|slipped|tumble|tumbled|plunge|plunged|plummet|plummeted|dip|dipped|go (?:up|down)|going (?:up|down)|gone (?:up|down)|went (?:up|down))\b(?! (?:rais|bring|generat|earn|mak|cost|sav|yield|add|cover|fund|pay|leav|mean)\w*)|\b(?:up|down|rose|risen|rise|rises|fell|fallen|fall|falls|increased|decreased|grew|grown|dropped|jumped|climbed|gone up|gone down|went up|went down) by how much\b/;
/** A change told with its size: "rose 9.4%", "fell by 12%", "jumped 38%", "up 3p". */
// (Or a change made to a thing by a sum: "to raise public transport fares by an average of 15%".)
export const CHANGE_TOLD = /\b(?:(?:rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|hik(?:e|es|ed|ing)|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|increas(?:e|es|ed|ing))(?: [a-z'-]+){1,5} by(?: an average of| an? average)?|rose|risen|rises|rising|fell|fallen|falls|falling|grew|grown|grows|jumped|jumps|climbed|climbs|dropped|drops|increased|increases|decreased|decreases|gained|gains|lost|loses|declined|declines|shrank|shrunk|shrinks|surged|surges|slid|slides|sank|sunk|sinks|soared|soars|slumped|slumps|slipped|slips|tumbled|tumbles|plunged|plunges|plummeted|plummets|dipped|dips|went (?:up|down)|up|down|(?<=\b(?:will|would|could|might|may|can|to|should) )(?:rise|fall|grow|jump|climb|drop|increase|decrease|gain|decline|shrink|surge|soar|slump|plunge|go (?:up|down)))(?: by)? (?:about |around |some |nearly |almost |more than |over |up to |as much as |at least )?([\u00a3$\u20ac]?\d[\d,]*(?:\.\d+)?)/g;
/** A word of a change asked ("rise", "grow", "go up"): no word of the thing changed. */
export const CHANGE_VERB = /^(?:rise|risen|rising|rose|fall|fallen|falling|fell|grow|grown|growing|grew|drop|dropped|increase|increased|decrease|decreased|jump|jumped|climb|climbed|slump|slumped|gain|gained|lose|lost|decline|declined|shrink|shrunk|surge|surged|slide|slid|sink|sunk|soar|soared|slip|slipped|tumble|tumbled|plunge|plunged|plummet|plummeted|dip|dipped|go|gone|up|down)$/;

/**
 * "Is the hole deeper than it is wide?", "is it longer than its width?": one measure of a thing weighed
 * against another of its measures; the comparative's measure first, then the other's.
 */
export const DIMENSION_WEIGHED = /\b(deeper|shallower|wider|narrower|longer|shorter|higher|lower|taller|thicker|thinner|broader)\b than (?:it is |it's |they are |its |their |the )?(deep|wide|long|high|tall|thick|broad|depth|width|length|height|thickness|breadth)\b/;
/** A measure told with its figure and unit: "four metres wide", "3m deep". */
export const DIMENSION_TOLD = /\b(\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?) ?([a-z]+) (deep|wide|long|high|tall|thick|broad)\b/g;
/** The measure each word of DIMENSION_WEIGHED names, and whether it says more of it. */
export const DIMENSION_OF: Readonly<Record<string, { measure: string; more: boolean }>> = {
  deeper: { measure: 'deep', more: true }, shallower: { measure: 'deep', more: false }, deep: { measure: 'deep', more: true }, depth: { measure: 'deep', more: true },
  wider: { measure: 'wide', more: true }, narrower: { measure: 'wide', more: false }, wide: { measure: 'wide', more: true }, width: { measure: 'wide', more: true },
  broader: { measure: 'broad', more: true }, broad: { measure: 'broad', more: true }, breadth: { measure: 'broad', more: true },
  longer: { measure: 'long', more: true }, shorter: { measure: 'long', more: false }, long: { measure: 'long', more: true }, length: { measure: 'long', more: true },
  higher: { measure: 'high', more: true }, lower: { measure: 'high', more: false }, high: { measure: 'high', more: true }, height: { measure: 'high', more: true },
  taller: { measure: 'tall', more: true }, tall: { measure: 'tall', more: true },
  thicker: { measure: 'thick', more: true }, thinner: { measure: 'thick', more: false }, thick: { measure: 'thick', more: true }, thickness: { measure: 'thick', more: true },
};

/** Nouns for a person that say nothing of who they are ("the guy", "that woman"), as no post or role does. */
export const PLAIN_PERSON_NOUNS: ReadonlySet<string> = new Set(['guy', 'man', 'woman', 'person', 'fellow', 'bloke', 'lady', 'chap', 'dude', 'gentleman', 'individual', 'somebody', 'someone', 'boy', 'girl']);

/** "What's the downside if ...?", "the risk of ...", "what's the big deal if ...?": what a course costs is asked. */
export const DOWNSIDE_ASKED = /\b(?:risks?|dangers?|downsides?|drawbacks?|costs?|catch|snag|big deal|problem|harm)\b/;
/** A cost told ("a bit of a climb-down", "a political retreat", "humbling", "more shooting"). */
export const COST_TOLD = /\b(?:costs?|costly|retreat|climb-?down|humbl[a-z]*|humiliat[a-z]*|embarrass[a-z]*|damag[a-z]*|risk[a-z]*|danger[a-z]*|lose|loses|losing|lost|loss|weak[a-z]*|harm[a-z]*|worse|price|shooting|war|violence|fighting)\b/;

/** A time of day: a clock's, or a part of the day ("10am", "noon", "Wednesday morning", "overnight"). */
export const TIME_OF_DAY = /\d\s*(?:am|pm|a\.m|p\.m)\b|\d[:.]\d\d|o ?clock|\b(?:noon|midday|midnight|morning|mornings|afternoon|afternoons|evening|evenings|night|nights|overnight|dawn|dusk|daybreak|nightfall|sunrise|sunset|tonight)\b/i;
/** A dimension asked ("how deep is the pool?"). */
export const DIMENSION_ASKED = /\bhow (deep|tall|wide|thick)\b/;
/** The words telling each dimension DIMENSION_ASKED reads. */
export const DIMENSION_WORDS: Readonly<Record<string, string>> = { deep: 'deep|depth|depths', tall: 'tall|high|height|heights', wide: 'wide|width|widths|across|broad', thick: 'thick|thickness' };
/** Units of a length of time ("paid over five years"). */
export const SPAN_UNIT = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century)$/;
/** Words before a time that make it a rate, "two mornings a week", "twice a year", "£18,000 a year": no time when. */
export const RATE_BEFORE = /(?:\b(?:once|twice|thrice)|\b[a-z]{3,}s|\d)\s+(?:a|an|per)\s+$/i;
/** A year asked ("what year did it open?", "in which year"): a time with no year ("17 March") tells it not. */
export const YEAR_ASKED = /\b(?:what|which) years?\b/;
/** A year told: "in 1998", "last year". */
export const YEAR_TOLD = /\b(?:1[0-9]{3}|20[0-9]{2})\b|\b(?:last|this|next|that|previous|following) year\b/i;
