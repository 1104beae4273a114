import { describe, expect, it } from 'vitest';
import { LIST_PAGE_SIZE, listPage, matchesSearch } from '../../src/lib/board/angebote-list.ts';

const angebot = (title: string, more: Partial<{ provider: string; place: string; categories: string[]; description: string }> = {}) => ({
	title,
	provider: more.provider ?? 'VHS',
	place: more.place ?? '',
	categories: more.categories ?? [],
	description: more.description ?? ''
});

describe('searching the Angebote list', () => {
	const cafe = angebot('Sprachcafé', { provider: 'Caritas', place: 'Nordstadt', categories: ['Sprache', 'Freizeit'], description: 'Jeden Dienstag' });

	it('finds an Angebot by any word of title, Träger, Ort, Thema or description, case and spaces aside', () => {
		for (const search of ['sprachcafé', 'CARITAS', 'nordstadt', 'freizeit', 'dienstag', '  caritas   nord ', '']) expect(matchesSearch(cafe, search), search).toBe(true);
	});

	it('needs every word of the search', () => {
		expect(matchesSearch(cafe, 'caritas wohnen')).toBe(false);
		expect(matchesSearch(cafe, 'Sprachcafe')).toBe(false);
	});
});

describe('a page of the Angebote list', () => {
	const many = Array.from({ length: 120 }, (_, i) => angebot(`Kurs ${i + 1}`, { provider: i % 2 ? 'VHS' : 'AWO' }));

	it('shows the first page unless told otherwise', () => {
		const first = listPage(many, '', null);
		expect(first).toMatchObject({ matching: 120, page: 1, pages: 3 });
		expect(first.shown.map((a) => a.title)).toEqual(many.slice(0, LIST_PAGE_SIZE).map((a) => a.title));
	});

	it('shows what is left on the last page', () => {
		expect(listPage(many, '', '3').shown.map((a) => a.title)).toEqual(many.slice(100).map((a) => a.title));
	});

	it('takes a page out of range or not a number to the nearest page', () => {
		expect(listPage(many, '', '9').page).toBe(3);
		expect(listPage(many, '', '0').page).toBe(1);
		expect(listPage(many, '', '-2').page).toBe(1);
		expect(listPage(many, '', 'zwei').page).toBe(1);
	});

	it('pages the search result, and counts it', () => {
		const awo = listPage(many, 'awo', '2');
		expect(awo).toMatchObject({ matching: 60, page: 2, pages: 2 });
		expect(awo.shown.map((a) => a.title)).toEqual(['Kurs 101', 'Kurs 103', 'Kurs 105', 'Kurs 107', 'Kurs 109', 'Kurs 111', 'Kurs 113', 'Kurs 115', 'Kurs 117', 'Kurs 119']);
	});

	it('is one empty page when nothing matches', () => {
		expect(listPage(many, 'wohnen', '4')).toEqual({ shown: [], matching: 0, page: 1, pages: 1 });
	});
});
