/** Reads the workshop form (new and settings) into the shape the workshop rules parse. */
export function workshopFormInput(form: FormData) {
	const text = (name: string) => String(form.get(name) ?? '');
	const categories = form.get('categories');
	return {
		title: text('title'),
		municipality: text('municipality'),
		date: text('date'),
		place: text('place'),
		template: text('template') || undefined,
		buendnisId: text('buendnisId') || undefined,
		categories: typeof categories === 'string' ? categories.split(/\r?\n/) : undefined,
		anonymous: form.has('anonymousShown') ? form.get('anonymous') === 'on' : undefined,
		minGroup: form.has('minGroup') ? Number(text('minGroup')) : undefined
	};
}
