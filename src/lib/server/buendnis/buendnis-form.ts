/** Reads the Bündnis form (new and edit) into the shape BuendnisInput parses: one member per line. */
export function buendnisFormInput(form: FormData) {
	const text = (name: string) => String(form.get(name) ?? '');
	return { name: text('name'), municipality: text('municipality'), members: text('members').split(/\r?\n/) };
}
