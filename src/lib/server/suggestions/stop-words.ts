import { stopwords as snowballGerman } from '@orama/stopwords/german';
import { foldGerman } from './tokenize.ts';

// Snowball's German list covers function words only; cards are short notes, so the filler of
// wishes and complaints ("fehlt", "zu viele", "besser erklären") would otherwise tie unrelated cards.
const CARD_FILLER = [
	'dass', 'viel', 'viele', 'vielen', 'wenig', 'wenige', 'weniger', 'mehr', 'sehr', 'oft', 'immer', 'nie',
	'kaum', 'gibt', 'geben', 'fehlt', 'fehlen', 'fehlend', 'fehlende', 'fehlenden', 'fehlender', 'bzw', 'ggf',
	'usw', 'evtl', 'inkl', 'etc', 'ca', 'sowie', 'bitte', 'gut', 'gute', 'besser', 'leider', 'ganz', 'mal',
	'neue', 'neuen', 'mehrere', 'lang', 'lange', 'langen', 'dauert', 'dauern', 'schwer', 'schwierig',
	'problem', 'probleme', 'brauchen', 'braucht', 'wichtig', 'möglich', 'unmöglich', 'machen', 'macht',
	'anbieten', 'ermöglichen', 'schaffen', 'verbessern', 'unterstützen', 'bekannt', 'bekannter',
	'erklären', 'erklärt', 'niemand', 'jeder', 'keine', 'kein', 'trotz', 'wegen', 'bereits', 'selten',
	'neben', 'danach', 'erst', 'ersten', 'wer', 'wofür', 'reicht', 'reichen'
];

// Words every card of a STARTER workshop could carry: they name the target group, not a topic.
const TARGET_GROUP = [
	'geflüchtete', 'geflüchteten', 'geflüchteter', 'flüchtling', 'flüchtlinge', 'flüchtlingen', 'junge',
	'jungen', 'junger', 'jugendliche', 'jugendlichen', 'erwachsene', 'erwachsenen', 'menschen', 'mensch',
	'personen', 'leute', 'zielgruppe', 'teilnehmende', 'teilnehmenden', 'migranten', 'zugewanderte'
];

const STOP_WORDS: ReadonlySet<string> = new Set(
	[...snowballGerman, ...CARD_FILLER, ...TARGET_GROUP].flatMap((word) => [word, foldGerman(word)])
);

export function isStopWord(lower: string): boolean {
	return STOP_WORDS.has(lower);
}
