import { isolate } from '../../i18n/isolate.ts';

/**
 * User text (cards, titles, notes) put into Markdown must read as the words it is, never as
 * markup: no emphasis, code, links, HTML, entities, table cells or headings of its own.
 * CommonMark lets a backslash escape any ASCII punctuation; we escape what starts markup
 * anywhere in a line, and, where user text begins a line, what starts a block there.
 *
 * Each line of it is also wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the plain
 * text form of dir="auto": an Arabic card takes its own direction without reordering the list
 * marker, the label or the German words around it. Per line, because a line break ends every
 * isolate (it is a paragraph separator to the bidi algorithm).
 */
const INLINE = /[\\`*_[\]<>|~#]/g;
/** Only where it would start an entity such as &amp; or &#60;. */
const ENTITY = /&(?=#?[a-z0-9]+;)/gi;
/** List markers, setext underlines, and "1." or "1)" of an ordered list. */
const LINE_START = /^([+=-]|\d+(?=[.)]))/;

function isolateLine(line: string): string {
	return line === '' ? '' : isolate(line);
}

function escapeInline(text: string): string {
	return text.replace(INLINE, '\\$&').replace(ENTITY, '\\&');
}

function escapeLineStart(line: string): string {
	return line.replace(LINE_START, (start: string) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));
}

function lines(text: string): string[] {
	return text
		.trim()
		.split(/\r\n|\r|\n/)
		.map((line) => escapeInline(line.trim()));
}

/** Text within a line (after a heading's or a label's marker). Line breaks become spaces. */
export function mdInline(text: string): string {
	return isolateLine(lines(text).join(' '));
}

/**
 * Text that begins a block and may span lines, e.g. a list item's content, continued with
 * `indent`. Each line break is kept as a hard break (a backslash at the end of the line).
 */
export function mdBlock(text: string, indent = ''): string {
	return lines(text)
		.map((line) => isolateLine(escapeLineStart(line)))
		.join(`\\\n${indent}`);
}

/** A table cell: pipes escaped, line breaks as <br> (the only break a GFM table cell knows). */
export function mdCell(text: string): string {
	return lines(text).map(isolateLine).join('<br>');
}
