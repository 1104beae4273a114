import type { TextStyle } from './text.ts';

/** A4 in PostScript points; the footer sits in the bottom margin, below the content box. */
export const PAGE = {
	size: 'A4',
	margins: { top: 56, left: 56, right: 56, bottom: 72 },
	footerOffset: 44
} as const;

export const COLORS = {
	text: '#1a1f26',
	accent: '#1d4e89',
	muted: '#5b6470',
	rule: '#c9ced6',
	band: '#eef2f7',
	bar: '#2f6db3'
} as const;

/** Colour-blind-friendly series colours (Okabe–Ito, then Tol's muted) for institution groups. */
export const SERIES = [
	'#0072b2',
	'#e69f00',
	'#009e73',
	'#cc79a7',
	'#56b4e9',
	'#d55e00',
	'#332288',
	'#999933',
	'#882255',
	'#44aa99'
] as const;
export const OTHER_SERIES = '#aab1bb';

export const STYLES = {
	kicker: { size: 11, color: COLORS.muted },
	title: { size: 24, bold: true, color: COLORS.accent },
	h1: { size: 16, bold: true, color: COLORS.accent },
	h2: { size: 12, bold: true, color: COLORS.text },
	body: { size: 10, color: COLORS.text },
	bodyBold: { size: 10, bold: true, color: COLORS.text },
	table: { size: 9, color: COLORS.text },
	tableBold: { size: 9, bold: true, color: COLORS.text },
	small: { size: 8.5, color: COLORS.muted },
	smallBold: { size: 8.5, bold: true, color: COLORS.text },
	footer: { size: 8, color: COLORS.muted }
} satisfies Record<string, TextStyle>;
