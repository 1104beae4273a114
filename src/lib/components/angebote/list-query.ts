/**
 * The address of one view of an Angebote list: its search and page, plus what a link adds
 * (?edit=). Links and form actions carry it, so a change leaves the reader where they were.
 */
export function listQuery(search: string, page: number, extra: Record<string, string> = {}): string {
	const params = new URLSearchParams({ ...(search ? { suche: search } : {}), ...(page > 1 ? { seite: String(page) } : {}), ...extra });
	return params.size ? `?${params}` : '?';
}

/** A form action (`?/name`) posted from that view, which the page after it shows again. */
export function listAction(search: string, page: number, name: string): string {
	const query = listQuery(search, page);
	return `${query}${query === '?' ? '' : '&'}/${name}`;
}
