import { describe, expect, it } from 'vitest';
import { suggestClusters, type Suggestion } from '../../src/lib/server/suggestions/index.ts';
import { MORE_WORKSHOP_CARDS, WORKSHOP_CARDS, topicOf } from '../helpers/workshop-cards.ts';

function groupOf(suggestions: Suggestion[], cardId: string): Suggestion | undefined {
	return suggestions.find((suggestion) => suggestion.cardIds.includes(cardId));
}

function expectTogether(suggestions: Suggestion[], cardIds: string[]): Suggestion {
	const group = groupOf(suggestions, cardIds[0]!);
	expect(group, `${cardIds[0]} is in no group`).toBeDefined();
	expect(group!.cardIds).toEqual(expect.arrayContaining(cardIds));
	return group!;
}

/** Pairwise agreement with the topics a person would choose (the fixture's id prefixes). */
function agreement(cards: { id: string }[], suggestions: Suggestion[]) {
	let together = 0;
	let rightlyTogether = 0;
	let sameTopic = 0;
	for (const [i, a] of cards.entries()) {
		const groupOfA = groupOf(suggestions, a.id);
		for (const b of cards.slice(i + 1)) {
			const grouped = groupOfA !== undefined && groupOfA === groupOf(suggestions, b.id);
			const same = topicOf(a.id) === topicOf(b.id);
			if (grouped) together++;
			if (same) sameTopic++;
			if (grouped && same) rightlyTogether++;
		}
	}
	return { precision: rightlyTogether / together, recall: rightlyTogether / sameTopic };
}

describe('suggestions for a STARTER workshop wall', () => {
	const suggestions = suggestClusters(WORKSHOP_CARDS);

	it('puts Kita, Kinderbetreuung and Betreuungsplatz cards together under "Kinderbetreuung"', () => {
		const group = expectTogether(suggestions, ['k1', 'k2', 'k3', 'k4']);
		expect(group.title).toBe('Kinderbetreuung');
	});

	it('puts Sprachkurs, Deutschförderung and Fachsprache cards together under "Sprache"', () => {
		const group = expectTogether(suggestions, ['s1', 's2', 's3', 's5']);
		expect(group.title).toBe('Sprache');
	});

	it('puts Ausländerbehörde, Formulare and Anträge together', () => {
		expectTogether(suggestions, ['b1', 'b2', 'b3', 'b4']);
	});

	it('keeps childcare and language apart and lets no group swallow the wall', () => {
		expect(groupOf(suggestions, 'k2')).not.toBe(groupOf(suggestions, 's3'));
		expect(suggestions.length).toBeGreaterThanOrEqual(6);
		for (const suggestion of suggestions) {
			expect(suggestion.cardIds.length).toBeGreaterThanOrEqual(2);
			expect(suggestion.cardIds.length).toBeLessThanOrEqual(Math.floor(WORKSHOP_CARDS.length * 0.3));
		}
	});

	it('groups cards filed under Sonstiges or a wrong category by their text', () => {
		expect(groupOf(suggestions, 'k4')).toBe(groupOf(suggestions, 'k2'));
		expect(groupOf(suggestions, 's5')).toBe(groupOf(suggestions, 's2'));
		expect(groupOf(suggestions, 'a4')).toBe(groupOf(suggestions, 'a1'));
		expect(groupOf(suggestions, 'b6')).toBe(groupOf(suggestions, 'b1'));
	});

	it('groups cards by shared words that no lexicon knows', () => {
		const laptops = [
			{ id: 'x1', text: 'Laptops für den Onlineunterricht fehlen', category: 'Sonstiges' },
			{ id: 'x2', text: 'Ohne Laptop keine Teilnahme am Onlineunterricht', category: 'Sonstiges' },
			{ id: 'x3', text: 'Gebrauchte Laptops spenden lassen', category: 'Sonstiges' }
		];
		const group = expectTogether(suggestClusters([...WORKSHOP_CARDS, ...laptops]), ['x1', 'x2', 'x3']);
		expect(group.cardIds).toHaveLength(3);
		expect(group.title).toBe('Laptops');
	});

	it('suggests every card at most once, with a title and a score between 0 and 1, best first', () => {
		const ids = suggestions.flatMap((suggestion) => suggestion.cardIds);
		expect(new Set(ids).size).toBe(ids.length);
		for (const suggestion of suggestions) {
			expect(suggestion.title).toMatch(/^\p{Lu}/u);
			expect(suggestion.score).toBeGreaterThan(0);
			expect(suggestion.score).toBeLessThanOrEqual(1);
			expect(suggestion.targetClusterId).toBeUndefined();
		}
		const scores = suggestions.map((suggestion) => suggestion.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});

	it('mostly agrees with how people would sort the cards, also for wording it was not tuned on', () => {
		const cards = [...WORKSHOP_CARDS, ...MORE_WORKSHOP_CARDS];
		const { precision, recall } = agreement(cards, suggestClusters(cards));
		expect(precision).toBeGreaterThanOrEqual(0.75);
		expect(recall).toBeGreaterThanOrEqual(0.7);
	});
});

describe('determinism', () => {
	const normalise = (suggestions: Suggestion[]) =>
		suggestions.map((suggestion) => ({ ...suggestion, cardIds: [...suggestion.cardIds].sort() }));

	it('gives the same suggestions on every run', () => {
		expect(suggestClusters(WORKSHOP_CARDS)).toEqual(suggestClusters(WORKSHOP_CARDS));
	});

	it('gives the same groups whatever order the cards come in, listing cards in the given order', () => {
		const shuffled = [...WORKSHOP_CARDS.slice(17).reverse(), ...WORKSHOP_CARDS.slice(0, 17)];
		const fromShuffled = suggestClusters(shuffled);
		expect(normalise(fromShuffled)).toEqual(normalise(suggestClusters(WORKSHOP_CARDS)));
		const position = new Map(shuffled.map((card, i) => [card.id, i]));
		for (const suggestion of fromShuffled) {
			const positions = suggestion.cardIds.map((id) => position.get(id)!);
			expect(positions).toEqual([...positions].sort((a, b) => a - b));
		}
	});
});

describe('unusual input', () => {
	it('suggests nothing for no cards or a single card', () => {
		expect(suggestClusters([])).toEqual([]);
		expect(suggestClusters([WORKSHOP_CARDS[0]!])).toEqual([]);
	});

	it('counts a card id given twice once', () => {
		const card = { id: 'x', text: 'Kita-Platz fehlt', category: 'Kinderbetreuung' };
		expect(suggestClusters([card, card])).toEqual([]);
		expect(suggestClusters([card, card, { ...card, id: 'y' }])[0]!.cardIds).toEqual(['x', 'y']);
	});

	it('survives hostile text and never groups cards with nothing to compare', () => {
		const hostile = [
			{ id: 'long', text: 'Kinderbetreuung '.repeat(20_000), category: 'Kinderbetreuung' },
			{ id: 'emoji', text: '🙂🙂🙂 👩‍👧 🏳️‍🌈', category: 'Sprache' },
			{ id: 'emoji2', text: '🙂🙂🙂', category: 'Sprache' },
			{ id: 'stop', text: 'und oder aber das ist so', category: 'Sprache' },
			{ id: 'stop2', text: 'Das ist es, und zwar sehr!', category: 'Sprache' },
			{ id: 'rtl', text: 'نحتاج إلى دورات لغة \u202Eالمانية\u202C', category: '' },
			{ id: 'rtl2', text: 'دورات لغة في المساء', category: 'Sonstiges' },
			{ id: 'control', text: 'Kita\u0000\u200B-Platz\uFEFF \uD800 fehlt\n\t', category: '' },
			{ id: 'hyphens', text: '--- - – — -Kita- ---', category: 'Sonstiges' },
			{ id: 'digits', text: '3 12 2024 1.000', category: 'Sonstiges' }
		];
		const suggestions = suggestClusters([...hostile, ...WORKSHOP_CARDS]);
		const suggested = suggestions.flatMap((suggestion) => suggestion.cardIds);
		for (const id of ['emoji', 'emoji2', 'stop', 'stop2', 'digits']) expect(suggested).not.toContain(id);
		expect(groupOf(suggestions, 'long')).toBe(groupOf(suggestions, 'k2'));
	});
});

describe('existing clusters', () => {
	const text = (id: string) => WORKSHOP_CARDS.find((card) => card.id === id)!.text;
	const onWall = ['k1', 'k2', 's1', 's2', 's3'];
	const existingClusters = [
		{ id: 'cluster-kita', title: 'Kita', cardTexts: [text('k1'), text('k2')] },
		{ id: 'cluster-deutsch', title: 'Deutsch lernen', cardTexts: [text('s1'), text('s2'), text('s3')] },
		{ id: 'cluster-empty', title: 'Thema 3', cardTexts: [] }
	];
	const unsorted = WORKSHOP_CARDS.filter((card) => !onWall.includes(card.id));
	const suggestions = suggestClusters(unsorted, { existingClusters });

	it('suggests adding unsorted cards to the cluster they clearly belong to', () => {
		const kita = suggestions.find((suggestion) => suggestion.targetClusterId === 'cluster-kita');
		expect(kita).toMatchObject({ title: 'Kita' });
		expect(kita!.cardIds).toEqual(expect.arrayContaining(['k3', 'k4']));
		const deutsch = suggestions.find((suggestion) => suggestion.targetClusterId === 'cluster-deutsch');
		expect(deutsch!.cardIds).toEqual(expect.arrayContaining(['s4', 's5']));
	});

	it('still proposes new groups for cards that fit no existing cluster', () => {
		const behoerden = expectTogether(suggestions, ['b1', 'b2']);
		expect(behoerden.targetClusterId).toBeUndefined();
		expect(suggestions.some((suggestion) => suggestion.targetClusterId === 'cluster-empty')).toBe(false);
	});

	it('targets a cluster by its title alone, even for a single card', () => {
		const result = suggestClusters([{ id: 'x', text: 'Kita fehlt', category: 'Sonstiges' }], {
			existingClusters: [{ id: 'c', title: 'Kinderbetreuung', cardTexts: [] }]
		});
		expect(result).toEqual([
			{ title: 'Kinderbetreuung', cardIds: ['x'], score: expect.any(Number), targetClusterId: 'c' }
		]);
	});
});
