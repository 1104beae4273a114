// Friendly names for participants who give none; German, since the board speaks German first.
const ADJECTIVES = [
	'Blaue', 'Grüne', 'Gelbe', 'Rote', 'Lila', 'Flinke', 'Kluge', 'Mutige', 'Ruhige', 'Fröhliche',
	'Wache', 'Freundliche', 'Helle', 'Sonnige', 'Stille', 'Tapfere'
];
const NOUNS = [
	'Eule', 'Biene', 'Katze', 'Möwe', 'Amsel', 'Libelle', 'Robbe', 'Meise', 'Eidechse', 'Krabbe',
	'Gazelle', 'Schildkröte', 'Hummel', 'Giraffe', 'Lerche', 'Ente'
];

export function randomPseudonym(): string {
	const bytes = new Uint8Array(2);
	crypto.getRandomValues(bytes);
	return `${ADJECTIVES[bytes[0]! % ADJECTIVES.length]} ${NOUNS[bytes[1]! % NOUNS.length]}`;
}
