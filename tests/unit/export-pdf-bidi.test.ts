import { describe, expect, it } from 'vitest';
import { bidiParagraph, drawnText, visualOrder } from '../../src/lib/server/export/pdf/bidi.ts';

/** Atoms from left to right as they appear on the page. */
function onPage(text: string): string[] {
	return visualOrder(bidiParagraph(text).atoms).map((atom) => atom.text);
}

describe('bidi atoms for the PDF', () => {
	it('leaves a German paragraph in logical order', () => {
		const { atoms, rtl } = bidiParagraph('Kübra Öztürk: Sprachkurs');
		expect(rtl).toBe(false);
		expect(atoms.every((atom) => atom.level === 0)).toBe(true);
		expect(onPage('Kübra Öztürk: Sprachkurs').join('')).toBe('Kübra Öztürk: Sprachkurs');
	});

	it('puts the words of an Arabic phrase in a German line right to left', () => {
		expect(onPage('Wir sagen مرحبا بكم heute')).toEqual(['Wir', ' ', 'sagen', ' ', 'بكم', ' ', 'مرحبا', ' ', 'heute']);
	});

	it('reads an Arabic paragraph right to left, digits left to right, brackets mirrored', () => {
		expect(bidiParagraph('مرحبا (٢٠٢٥) 2025!').rtl).toBe(true);
		expect(onPage('مرحبا (٢٠٢٥) 2025!')).toEqual(['!', '2025', ' ', '(', '٢٠٢٥', ')', ' ', 'مرحبا']);
	});

	it('hands fontkit each atom so that its own reversal of Arabic script yields visual order', () => {
		const atoms = bidiParagraph('مرحبا (٢٠٢٥) ?!').atoms;
		const drawn = (text: string) => drawnText(atoms.find((atom) => atom.text === text)!);
		// Letters: fontkit reverses them, so they go in logical order.
		expect(drawn('مرحبا')).toBe('مرحبا');
		// Arabic-Indic digits read left to right, but fontkit reverses them as Arabic script.
		expect(drawn('٢٠٢٥')).toBe('٥٢٠٢');
		// Neutral characters in a right-to-left run: fontkit leaves them alone, we reverse them.
		expect(drawn('?!')).toBe('!?');
	});

	it('allows a line break after a hyphen or slash between letters, nowhere else', () => {
		const breaks = (text: string) =>
			bidiParagraph(text)
				.atoms.filter((atom) => atom.breakAfter)
				.map((atom) => atom.text);
		expect(breaks('Bürokratie-Abbau und/oder -5 Grad, a--b')).toEqual(['Bürokratie-', 'und/']);
	});

	it('reverses nested levels as rule L2 says', () => {
		const items = [0, 1, 1, 2, 2, 1, 0].map((level, i) => ({ level, i }));
		expect(visualOrder(items).map((item) => item.i)).toEqual([0, 5, 3, 4, 2, 1, 6]);
	});
});
