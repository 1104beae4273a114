/** A file name from a workshop title: readable, ASCII for old clients, UTF-8 for the rest. */
export function attachment(title: string, extension: string): string {
	const base = title.trim() || 'workshop';
	const ascii =
		base
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^A-Za-z0-9._-]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 80) || 'workshop';
	const utf8 = encodeURIComponent(`${base.slice(0, 80)}.${extension}`);
	return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${utf8}`;
}
