import { describe, expect, it } from 'vitest';
import { categoryPictogram } from '../../src/lib/board/category-pictograms.ts';
import { STARTER_TEMPLATE } from '../../src/lib/board/templates.ts';

describe('categoryPictogram', () => {
	it('gives every STARTER category a pictogram of its own, none the fallback', () => {
		const pictograms = STARTER_TEMPLATE.categories.map(categoryPictogram);
		expect(Object.fromEntries(STARTER_TEMPLATE.categories.map((category, i) => [category, pictograms[i]]))).toEqual({
			Sprache: 'speech',
			Kinderbetreuung: 'child',
			'Bürokratie & Behörden': 'office',
			Kompetenzfeststellung: 'skills',
			Praxiserfahrung: 'practice',
			'Schule & Ausbildung': 'education',
			Wohnen: 'housing',
			Gesundheit: 'health',
			Aufenthaltsrecht: 'residence',
			Sonstiges: 'other'
		});
		expect(new Set(pictograms).size).toBe(STARTER_TEMPLATE.categories.length);
	});

	it('knows a category renamed a little for one workshop: case, spaces, umlauts typed as "ue", other word forms', () => {
		expect(
			['  sprache ', 'SPRACHKURSE', 'Kita', 'Buerokratie', 'Ämter', 'Anerkennung von Abschlüssen', 'Praktikum', 'Ausbildung', 'Wohnungssuche', 'Gesundheit & Pflege', 'Aufenthalt', 'Sonstige', 'Weiteres'].map(
				categoryPictogram
			)
		).toEqual(['speech', 'speech', 'child', 'office', 'office', 'skills', 'practice', 'education', 'housing', 'health', 'residence', 'other', 'other']);
	});

	it('gives a category of the workshop’s own the generic pictogram, not the dots of "Sonstiges"', () => {
		expect(['Mobilität', 'Freizeit & Sport', 'Ehrenamt', ''].map(categoryPictogram)).toEqual(['generic', 'generic', 'generic', 'generic']);
	});
});
