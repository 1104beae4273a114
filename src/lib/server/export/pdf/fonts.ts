import { createRequire } from 'node:module';

/**
 * DejaVu Sans, as TrueType from the `dejavu-fonts-ttf` package (pdfkit cannot read WOFF2). One
 * family covers the scripts of a STARTER workshop: Latin with ş, ł, ö, Cyrillic, Greek, Hebrew
 * and Arabic, the latter with the shaping tables fontkit needs (GSUB init, medi, fina, rlig).
 * Ethiopic and emoji are not in it and come out as empty boxes.
 */
export type Weight = 'regular' | 'bold';

/** Both weights: the baseline lies this far below the top of a line of text, per point of size. */
export const ASCENDER = 0.928;

const FILES: Record<Weight, string> = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' };

/** Absolute path of the TTF file; pdfkit caches a font per document under this key. */
export function fontFile(weight: Weight): string {
	return createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${FILES[weight]}`);
}
