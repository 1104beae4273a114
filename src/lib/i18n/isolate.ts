/**
 * A user text inside one of our sentences, wrapped in Unicode first-strong isolates: the
 * plain-text form of dir="auto". An Arabic Thema inside "… – Karten: 3" keeps its own order and
 * leaves the sentence's alone, where an element with a dir attribute is not possible.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
