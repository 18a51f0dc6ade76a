// Word lists the rules read. Verbs are matched on wink-nlp's lemma, so "said", "says" and
// "saying" share one entry.
import { projectFile } from '../project-files.ts';
import { readFileSync } from 'node:fs';

/** Verbs that introduce what a source said, wrote, reported or thinks (PolNeAR counts beliefs). */
export const CUE_LEMMAS = new Set([
  'say',
  'tell',
  'add',
  'note',
  'state',
  'explain',
  'argue',
  'claim',
  'report',
  'detail',
  'write',
  'announce',
  'insist',
  'warn',
  'believe',
  'think',
  'suggest',
  'acknowledge',
  'deny',
  'reject',
  'dismiss',
  'rubbish',
  'confirm',
  'tweet',
  'declare',
  'reply',
  'predict',
  'estimate',
  'recall',
  'admit',
  'emphasize',
  'stress',
  'concede',
  'contend',
  'maintain',
  'allege',
  'charge',
  'indicate',
  'reveal',
  'promise',
  'vow',
  'urge',
  'accuse',
  'ask',
  'expect',
  'hope',
  'fear',
  'want',
  'feel',
  'agree',
  'complain',
  'assert',
  'observe',
  'caution',
  'testify',
  'respond',
  'counter',
  'boast',
  'mention',
  'disclose',
  'pledge',
  'speculate',
  'conclude',
  'know',
  'learn',
  'show',
  'find',
  'question',
  'propose',
  'describe',
  'worry',
  'blame',
  'criticize',
  'praise',
  'demand',
  'call',
  'announce',
  'point',
  'suggest',
  'tout',
  'refute',
  'continue',
  'cite',
  'defend',
  'endorse',
  'support',
  'oppose',
  'back',
  'blast',
  'attack',
  'denounce',
  'mock',
  'reiterate',
  'express',
  'post',
  'insist',
  'decry',
  'slam',
  'lament',
  'acknowledge',
  'push',
  'contradict',
  'dispute',
  'rebut',
  'rebuff',
  'debunk',
  // labelling verbs: "branded the reports “lies”"
  'brand',
  'label',
  'term',
]);

/**
 * Verbs that PolNeAR's annotators marked as cues often enough in its train split (mined by
 * bench/polnear-cues.ts; "discussed", "declined", "referring to", "portrayed"). They report an
 * act or an attitude more often than an assertion, so the finder marks them (`assertive:
 * false`) and the draft makes no statement of them; each is read as a weak cue.
 */
const mined = JSON.parse(
  readFileSync(projectFile('server', 'extract', 'polnear-cues.json'), 'utf8'),
) as {
  lemmas: Record<string, number>;
  particles: Record<string, number>;
  phrases?: Record<string, number>;
  adjectives?: Record<string, number>;
};
export const MINED_CUES: ReadonlySet<string> = new Set(
  Object.keys(mined.lemmas).filter((l) => !CUE_LEMMAS.has(l)),
);
/** "lemma word" pairs whose word PolNeAR's cues take after the verb ("talk about", "point to"), mined the same way. */
export const CUE_PARTICLES: ReadonlySet<string> = new Set(Object.keys(mined.particles ?? {}));
/** "verb word" pairs that are a cue together though the verb alone is not ("focus on", "weigh in"), mined the same way. */
export const CUE_PHRASES: ReadonlySet<string> = new Set(Object.keys(mined.phrases ?? {}));
/** "adjective word" pairs after a form of "be" that PolNeAR marks as cues ("critical of", "eager to"), mined the same way. */
export const ADJECTIVE_CUES: ReadonlySet<string> = new Set(Object.keys(mined.adjectives ?? {}));

/** Cues whose subject usually is a person, used when the verb could also be ordinary action. */
export const WEAK_CUES = new Set([
  'show',
  'find',
  'call',
  'point',
  'question',
  'learn',
  'know',
  'feel',
  'want',
  'describe',
  'agree',
  'blame',
  'criticize',
  'praise',
  'demand',
  'ask',
  'propose',
  'cite',
  'defend',
  'endorse',
  'support',
  'oppose',
  'back',
  'blast',
  'attack',
  'denounce',
  'mock',
  'express',
  'post',
  'slam',
  'decry',
  'lament',
  'brand',
  'label',
  'term',
]);

export const SPEECH_TELL = new Set(['tell', 'inform', 'assure', 'warn', 'remind']);

export const DENIAL_LEMMAS = new Set([
  'deny',
  'reject',
  'dismiss',
  'rubbish',
  'refute',
  'rebut',
  'rebuff',
  'debunk',
]);
export const CONFIRM_LEMMAS = new Set(['confirm']);

/**
 * "No truth" in all its measures ("zero truth", "not a shred of truth", "not one iota of truth"),
 * said of something ("no truth to/in the reports", "had no truth"), not a "truth serum".
 */
export const NO_TRUTH = String.raw`(?:no|zero|not\s+(?:a|an|one)\s+(?:shred|grain|ounce|iota|scintilla|word|bit)\s+of)\s+truth(?=[”"’]?(?:\s*$|\s*[,.;:!)]|\s+(?:to|in|behind|about|whatsoever|at\s+all|that|on|for)\b))`;
/**
 * The falsity family: every form of the words that call something untrue, as adjectives
 * ("false", "flat wrong", "not correct") and as nouns ("a lie", "fakery", "the height of
 * falsification", "propaganda", "a smear"). One home, so that a label, a verdict and a quoted
 * reply all know the same words.
 */
export const FALSE_ADJECTIVE = String.raw`(?:false|untrue|fake|fabricated|made[- ]up(?!\s+of\b)|bogus|baseless|groundless|unfounded|unsubstantiated|erroneous|inaccurate|incorrect|wrong|misleading|mendacious|spurious|fictitious|ridiculous|absurd|preposterous|ludicrous|nonsensical|not\s+(?:true|accurate|correct|right|the\s+case))`;
export const FALSE_NOUN = String.raw`(?:fakes|fake news|fakery|fabrications?|falsifications?|falsehoods?|lies|a lie|hoax(?:es)?|fiction|fantasy|nonsense|rubbish|garbage|propaganda|smears?|disinformation|misinformation|${NO_TRUTH}|no basis in (?:truth|fact|reality)|without (?:any )?(?:basis|foundation))`;
/** After a falsity word, a noun it grades rather than calls false ("a rubbish piece of reporting"). */
export const NOT_GRADING = String.raw`(?!\s+(?:piece|bit|sort|kind|article|story|report|reporting|journalism)\b)`;
/** Words of degree between a linking verb and a falsity word: "is just flat wrong", "dead wrong". */
const DEGREE = String.raw`(?:(?:completely|totally|simply|entirely|categorically|absolutely|patently|flatly|utterly|just|flat|dead|plain|all|so|100 ?(?:percent|%))\s+)*`;

/** Contents that reject the claim being answered ("it's not going to happen"). */
export const DENIAL_CONTENT = new RegExp(
  String.raw`\b(?:not going to happen|(?:won[’']t|will not|would not|wouldn[’']t) happen|never happen|(?:isn|aren|wasn|weren)[’']t\s+${DEGREE}(?:true|accurate|correct|the case)|(?:is|was|are|were|[’']s)\s+[“"‘']?${DEGREE}[“"‘']?(?:${FALSE_ADJECTIVE}|out of the (?:question|equation)|off the table)|fake news|${NO_TRUTH}|categorically false|100 ?(?:percent|%) (?:false|wrong))\b`,
  'i',
);

/**
 * Words that make what follows someone else's content within the clause: "any information
 * suggesting the games will not happen", "rumours that the merger won't happen". An event said
 * not to happen there is what that content says, not the speaker's verdict. (A falsity word is
 * the sentence's own predicate even after such words: "news claiming P is false".)
 */
const EMBEDDING = new RegExp(
  String.raw`\b(?:suggest(?:s|ed|ing)?|indicat(?:es|ed|ing)|impl(?:ies|ied|ying)|show(?:s|ed|ing)|saying|claiming|(?:information|evidence|indications?|signs?|word|reports?|news|rumou?rs?|speculation|fears?|concerns?|suggestions?)\s+that)\b[^,;:.!?]*$`,
  'i',
);

/** Whether the words reject the claim answered in their own voice (DENIAL_CONTENT, not embedded). */
export function deniesOutright(words: string): boolean {
  const m = DENIAL_CONTENT.exec(words);
  return !!m && !(/happen$/i.test(m[0]) && EMBEDDING.test(words.slice(0, m.index)));
}

/** A verdict on what is answered, said in a few words: "This is the worst made-up news", "It is all lies", "the height of fakery". */
export const VERDICT = new RegExp(
  String.raw`\b(?:is|was|are|were|[’']s)\s+[“"‘']?(?:all|just|simply|pure|total|complete|utter|absolute|a|an|the|of course)\s+(?:[\w-]+\s+){0,3}?(?:made[- ]up(?!\s+of\b)|fabricat\w*|${FALSE_NOUN})\b`,
  'i',
);

/** Verbs that label something ("called the report false", "described it as inaccurate"). */
export const CALL_LEMMAS = new Set([
  'call',
  'describe',
  'label',
  'brand',
  'term',
  'dismiss',
  'denounce',
]);
/** Labels that reject what they are applied to. */
export const DENIAL_WORDS = new RegExp(String.raw`\b(?:${FALSE_ADJECTIVE}|${FALSE_NOUN})\b`, 'i');

/** Replies that are not denials: a non-answer says nothing about the claim. */
export const NEVER_DENIAL =
  /\b(declined to (comment|confirm|discuss)|did(n't| not) (immediately )?respond|would neither confirm nor deny|neither confirmed nor denied|no comment|could not be reached|did(n't| not) return)\b/i;

/**
 * Whoever speaks for a body or a person, unnamed: "a rep for the hospital", "reps for the label",
 * "a representative of Acme", "her publicist" (a name beside one makes it a person).
 */
export const SPEAKER_HEADS = [
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokesmen',
  'spokeswomen',
  'spokespeople',
  'spokespersons',
  'rep',
  'reps',
  'representative',
  'representatives',
  'publicist',
  'publicists',
];

/** Heads of noun phrases that describe an unnamed source. */
export const ANON_HEADS = new Set([
  'official',
  'officials',
  'source',
  'sources',
  'people',
  'person',
  'operative',
  'operatives',
  'aide',
  'aides',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'insider',
  'insiders',
  'diplomat',
  'diplomats',
  ...SPEAKER_HEADS,
  'staffer',
  'staffers',
  'employee',
  'employees',
  'member',
  'members',
  'analyst',
  'analysts',
  'officer',
  'officers',
  'agent',
  'agents',
  'lawmaker',
  'lawmakers',
  'executive',
  'executives',
  'witness',
  'witnesses',
  'resident',
  'residents',
  'expert',
  'experts',
  // people close to someone, unnamed: "a Trump administration ally", "a longtime confidant"
  'ally',
  'allies',
  'confidant',
  'confidants',
  // people by the part they had in what happened, unnamed: "one attendee", "two bankers",
  // "BlackBerry execs", "a participant in the talks"
  'attendee',
  'attendees',
  'participant',
  'participants',
  'negotiator',
  'negotiators',
  'investigator',
  'investigators',
  'banker',
  'bankers',
  'exec',
  'execs',
  'associate',
  'associates',
  'colleague',
  'colleagues',
  'worker',
  'workers',
  'manager',
  'managers',
  // the rest of the people in question: "Others say …", "two others told CNN"
  'others',
]);

export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
};

/** The exchange codes that end a Reuters instrument code ("META.O", "207940.KS", "BARC.L"). */
export const RIC_EXCHANGES =
  'O|N|KS|KQ|L|T|HK|SS|SZ|PA|DE|AS|MI|TO|AX|BO|NS|F|MC|SW|ST|CO|OL|HE|I|J|SI|TW';

/** Well-known outlets by name and domain, so "NBC News" is an Outlet, not a person. */
export const OUTLETS: { name: string; domain: string; aliases?: string[] }[] = [
  { name: 'NBC News', domain: 'nbcnews.com', aliases: ['NBC'] },
  {
    name: 'The New York Times',
    domain: 'nytimes.com',
    aliases: ['New York Times', 'the Times', 'NYT'],
  },
  { name: 'Latin Times', domain: 'latintimes.com' },
  {
    name: 'The Washington Post',
    domain: 'washingtonpost.com',
    aliases: ['Washington Post', 'the Post'],
  },
  {
    name: 'The Wall Street Journal',
    domain: 'wsj.com',
    aliases: ['Wall Street Journal', 'WSJ', 'the Journal'],
  },
  { name: 'Reuters', domain: 'reuters.com' },
  { name: 'Associated Press', domain: 'apnews.com', aliases: ['The Associated Press', 'AP'] },
  { name: 'CNN', domain: 'cnn.com' },
  { name: 'Fox News', domain: 'foxnews.com', aliases: ['Fox'] },
  { name: 'CBS News', domain: 'cbsnews.com', aliases: ['CBS'] },
  { name: 'MSNBC', domain: 'msnbc.com' },
  { name: 'CNBC', domain: 'cnbc.com' },
  { name: 'ABC News', domain: 'abcnews.go.com', aliases: ['ABC'] },
  { name: 'NPR', domain: 'npr.org' },
  { name: 'Politico', domain: 'politico.com' },
  { name: 'Axios', domain: 'axios.com' },
  { name: 'Bloomberg', domain: 'bloomberg.com', aliases: ['Bloomberg News'] },
  // the graph's name for it (ANNOTATION.md: an outlet goes by its full name), whatever the text
  // calls it
  { name: 'BBC News', domain: 'bbc.co.uk', aliases: ['BBC', 'bbc.com'] },
  { name: 'The Guardian', domain: 'theguardian.com', aliases: ['Guardian'] },
  { name: 'Financial Times', domain: 'ft.com', aliases: ['FT'] },
  { name: 'USA Today', domain: 'usatoday.com' },
  { name: 'Breitbart', domain: 'breitbart.com', aliases: ['Breitbart News'] },
  { name: 'HuffPost', domain: 'huffpost.com', aliases: ['Huffington Post', 'The Huffington Post'] },
  { name: 'Al Jazeera', domain: 'aljazeera.com' },
  { name: 'El Universal', domain: 'eluniversal.com.mx' },
  { name: 'Milenio', domain: 'milenio.com' },
  { name: 'Reforma', domain: 'reforma.com' },
  { name: 'The Hill', domain: 'thehill.com' },
  { name: 'Newsweek', domain: 'newsweek.com' },
  { name: 'Time', domain: 'time.com', aliases: ['Time magazine'] },
  // the name ends in its exclamation mark, which a sentence splitter reads as an end
  { name: 'E! Online', domain: 'eonline.com', aliases: ['E! News'] },
  // the world and national news agencies, by the initialisms copy credits them with
  {
    name: 'Agence France-Presse',
    domain: 'afp.com',
    aliases: ['AFP', 'Agence France Presse'],
  },
  {
    name: 'dpa',
    domain: 'dpa.com',
    aliases: ['DPA', 'Deutsche Presse-Agentur', 'Deutsche Presse Agentur'],
  },
  { name: 'Press Trust of India', domain: 'ptinews.com', aliases: ['PTI'] },
  { name: 'Asian News International', domain: 'aninews.in', aliases: ['ANI'] },
  { name: 'IANS', domain: 'ianslive.in', aliases: ['Indo-Asian News Service'] },
  { name: 'Kyodo News', domain: 'kyodonews.net', aliases: ['Kyodo'] },
  { name: 'Jiji Press', domain: 'jiji.com', aliases: ['Jiji'] },
  { name: 'Yonhap News Agency', domain: 'yna.co.kr', aliases: ['Yonhap'] },
  { name: 'Xinhua News Agency', domain: 'xinhuanet.com', aliases: ['Xinhua'] },
  { name: 'TASS', domain: 'tass.com', aliases: ['ITAR-TASS'] },
  { name: 'RIA Novosti', domain: 'ria.ru', aliases: ['RIA'] },
  { name: 'Interfax', domain: 'interfax.ru' },
  { name: 'Anadolu Agency', domain: 'aa.com.tr', aliases: ['Anadolu'] },
  { name: 'EFE', domain: 'efe.com' },
  { name: 'ANSA', domain: 'ansa.it' },
  { name: 'Agenzia Nova', domain: 'agenzianova.com' },
  { name: 'South China Morning Post', domain: 'scmp.com', aliases: ['SCMP'] },
  { name: 'Los Angeles Times', domain: 'latimes.com', aliases: ['The Los Angeles Times'] },
];

/** The words of a title that say what the holder is ("minister", "spokesman", "ceo"). */
export const ROLE_WORDS =
  /^(spokes(man|woman|person)|secretary|president|minister|representative|director|chairman|chairwoman|ceo|editor|ambassador|governor|senator|mayor|chief|commander|premier|chancellor|adviser|advisor)$/i;

/** What a public body's name says it does ("Foreign", "Health", "Supreme", "Central"). */
export const PORTFOLIO =
  /^(?:Foreign|Defen[cs]e|Health|Finance|Interior|Home|Justice|Commerce|Trade|Economy|Economic|Education|Energy|Environment|Agriculture|Transport|Labou?r|Industry|Information|Culture|Emergency|Emergencies|Security|Intelligence|State|Supreme|Constitutional|High|Central|National|Federal|Presidential|Armed|Public|Prosecutor(?:-General)?|General|Affairs|Internal|External|Treasury|Tax|Revenue|Immigration)$/;

/** Words that name a minister's portfolio, beside PORTFOLIO's names of public bodies. */
export const TITLE_PORTFOLIO =
  /^(?:Broadcasting|Science|Technology|Human|Services|Housing|Urban|Rural|Regional|Local|Development|Communications?|Media|Sports?|Tourism|Veterans|Social|Welfare|Works?|Pensions|Planning|Fisheries|Mines|Mining|Water|Petroleum|Natural|Gas|Oil|Power|Railways|Aviation|Civil|Heritage|Arts|Women|Children|Youth|Famil(?:y|ies)|Employment|Infrastructure|Climate|Digital|Innovation|Research|Higher|Budget|Food|Resources|Lands?|Forest(?:s|ry)|Commonwealth|Business|Enterprise|Investment|Industries|Skills|Equalit(?:y|ies)|Communities|Relations|Overseas|Consumer|Cooperation|Integration|Migration|Citizenship|Sciences?|Trade|Rights|International)$/;

/** A word of a minister's portfolio, of either list. */
export const portfolioWord = (w: string) => PORTFOLIO.test(w) || TITLE_PORTFOLIO.test(w);

/**
 * Given names that are also words of another kind ("Rob", "Hope", "Will", "Grant"), which the
 * tagger reads as verbs, auxiliaries or nouns even before a surname.
 */
export const GIVEN_NAME_WORDS = new Set(
  'Rob Don Hope Will Mark Bill Grant Sue Pat Art Guy Ray Dawn Faith Joy Rose Chuck Rich Frank Jack Drew Chase Dean Chip Max Cliff Wade Lance Sandy Penny Holly Hunter Grace Pierce Glen Doug Dale Reed Rod Nick Pete Sam Ken Matt Jay Gene Hank Bob Ted Tim Carol Harry Jimmy Bobby Terry Jerry'.split(
    ' ',
  ),
);

export const GOVERNMENT_WORDS =
  /\b(administration|government|ministry|department|white house|pentagon|kremlin|congress|senate|state department|embassy)\b/i;
export const ORGANIZATION_WORDS =
  /\b(party|committee|campaign|inc|corp|company|university|foundation|institute|council|association|union|group|agency|commission|bureau|center|police|army|court|cartel)\b/i;

/**
 * What a publication publishes, singular and plural ("the report", "a Politico story", "its
 * investigation", "two op-eds"): the one family the patterns that ask "is this a report?" share.
 */
export const PUBLISHED_NOUN = String.raw`(?:reports?|stor(?:y|ies)|articles?|pieces?|columns?|accounts?|items?|scoops?|dispatch(?:es)?|broadcasts?|op-eds?|editorials?|investigations?)`;
/**
 * A people's or a country's adjective, by its ending ("Italian", "Korean", "Chinese", "British",
 * "Israeli", "French", "Arabic") or one of the few that end otherwise: one list for every
 * pattern that must tell a describing word from a name.
 */
export const DEMONYM_WORD = String.raw`(?:[A-Z][a-z]+(?:an|ese|ish|ic|i|ch)|Swiss|Greek|Thai|Arab)`;
/** A token that is a people's or a country's adjective. */
export const DEMONYM_TOKEN = new RegExp(`^${DEMONYM_WORD}$`);
/** A token that is one of PUBLISHED_NOUN's words. */
export const PUBLISHED_WORD = new RegExp(`^${PUBLISHED_NOUN}$`);
/**
 * The Sunday editions named "<title> on Sunday": "The Mail on Sunday", "The Independent on
 * Sunday" (with "the") and "Scotland on Sunday", "Wales on Sunday" (without).
 */
export const SUNDAY_TITLES = 'Mail|Independent|Sun|Express';
export const SUNDAY_PLACE_TITLES = 'Scotland|Wales';
/** "the Mail", "The Independent": a name with a Sunday edition of its own. */
export const SUNDAY_AT_END = new RegExp(`\\b(?:${SUNDAY_TITLES})$`);
/** What is said to be so, singular and plural ("the claims", "rumours", "speculation"). */
export const HEARSAY_NOUN = String.raw`(?:claims?|allegations?|accusations?|assertions?|suggestions?|rumou?rs?|speculation)`;

/**
 * Lower-case words inside a name: a person's ("Fernandez de Cossio", "von der Leyen", "bin
 * Salman") or a paper's ("Corriere della Sera", "Folha de S.Paulo", "Jornal do Brasil").
 */
export const PARTICLES =
  'de|da|del|della|dello|delle|degli|dei|di|du|des|do|dos|das|der|den|ter|van|von|bin|ibn|al|el|la|le';
export const PARTICLE = new RegExp(`^(?:${PARTICLES})$`);
