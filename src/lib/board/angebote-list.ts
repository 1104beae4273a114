import { themaKey, type Angebot } from './angebote.ts';

/**
 * The Angebote list of a Bündnis, searched and in pages. A Kommune's list has hundreds of rows,
 * each with its own buttons: all on one page is slow to draw on an old laptop and to walk
 * through with a screen reader, and finding one Angebot by scrolling is hard.
 */

export const LIST_PAGE_SIZE = 50;

export interface ListPage<A> {
	shown: A[];
	/** Angebote matching the search, on all pages. */
	matching: number;
	/** 1-based, within 1..pages. */
	page: number;
	pages: number;
}

type Searchable = Pick<Angebot, 'title' | 'provider' | 'place' | 'categories' | 'description'>;

/** Every word of the search in one of the fields the list names an Angebot by, case and spaces aside. */
export function matchesSearch(angebot: Searchable, search: string): boolean {
	const words = themaKey(search).split(' ').filter(Boolean);
	if (words.length === 0) return true;
	const text = themaKey([angebot.title, angebot.provider, angebot.place, angebot.description, ...angebot.categories].join(' '));
	return words.every((word) => text.includes(word));
}

/** A page number from the address: anything but a whole number in range goes to the nearest page. */
export function listPage<A extends Searchable>(angebote: readonly A[], search: string, requested: string | null): ListPage<A> {
	const found = angebote.filter((angebot) => matchesSearch(angebot, search));
	const pages = Math.max(1, Math.ceil(found.length / LIST_PAGE_SIZE));
	const wanted = Number.parseInt(requested ?? '', 10);
	const page = Number.isFinite(wanted) ? Math.min(pages, Math.max(1, wanted)) : 1;
	return { shown: found.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE), matching: found.length, page, pages };
}
