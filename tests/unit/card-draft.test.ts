import { describe, expect, it } from 'vitest';
import { CardDraft, type DraftStorage } from '../../src/lib/state/CardDraft.svelte.ts';

/** sessionStorage as the browser keeps it: strings by key. */
class MemoryStorage implements DraftStorage {
	readonly items = new Map<string, string>();
	getItem = (key: string) => this.items.get(key) ?? null;
	setItem = (key: string, value: string) => void this.items.set(key, value);
	removeItem = (key: string) => void this.items.delete(key);
}

describe('CardDraft', () => {
	it('keeps what is typed for the next form and the next load of the tab, until pinned', () => {
		const storage = new MemoryStorage();
		const draft = new CardDraft(storage, 'pinnwand:draft:w1:me');
		draft.category = 'Wohnen';
		expect(storage.items.size).toBe(0);
		draft.text = 'Wohnungen für Azubis';
		expect(draft.pending).toBe(true);

		const reloaded = new CardDraft(storage, 'pinnwand:draft:w1:me');
		expect([reloaded.text, reloaded.category]).toEqual(['Wohnungen für Azubis', 'Wohnen']);
		reloaded.clear();
		expect(reloaded.pending).toBe(false);
		expect(reloaded.category).toBe('Wohnen');
		expect(storage.items.size).toBe(0);
		expect(new CardDraft(storage, 'pinnwand:draft:w1:me').text).toBe('');
	});

	it('counts blank text as nothing typed, and starts empty from a value it did not write', () => {
		const storage = new MemoryStorage();
		const draft = new CardDraft(storage, 'k');
		draft.text = '   ';
		expect(draft.pending).toBe(false);
		for (const junk of ['{', '42', '"text"', JSON.stringify({ text: 5, category: ['x'] })]) {
			storage.items.set('k', junk);
			const read = new CardDraft(storage, 'k');
			expect([read.text, read.category], junk).toEqual(['', '']);
		}
	});

	it('lives as long as the page where the browser keeps nothing', () => {
		const refusing: DraftStorage = {
			getItem: () => null,
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			removeItem: () => {}
		};
		const draft = new CardDraft(refusing, 'k');
		draft.text = 'Trotzdem da';
		expect(draft.text).toBe('Trotzdem da');
		expect(new CardDraft().pending).toBe(false);
	});
});
