import { themaKey, type Angebot, type Outcome } from './angebote.ts';

/**
 * Maßnahme-Karrieren: which Angebote usually follow each other, as the Angebote say it of
 * themselves, and where that leads. The initiative warns of young people passed from one
 * Maßnahme to the next without ever reaching training or work: a loop, or a chain that just
 * ends. Framework-free, like the Lückenanalyse.
 */

export type ChainAngebot = Pick<Angebot, 'title' | 'categories' | 'before' | 'after' | 'outcome'>;

export interface Chain {
	/** Titles, first to last. */
	angebote: string[];
	/** Where its last Angebot leads; `''` is a Sackgasse. */
	outcome: Outcome;
}

export interface ThemaChains {
	thema: string;
	/** Chains of two or more Angebote with at least one of the Thema's among them. */
	chains: Chain[];
	/** The Thema's Angebote linked to no other of the list: they name none that exists, and none names them. */
	alone: string[];
	/** Each loop in order, its first Angebot again at the end. */
	loops: string[][];
	/** The Thema has Angebote, and no chain of them ends in training or work. */
	deadEnd: boolean;
}

/** A name given before or after an Angebot that is the title of none. */
export interface UnknownName {
	angebot: string;
	field: 'before' | 'after';
	name: string;
}

export interface AngebotChains {
	themen: ThemaChains[];
	unknown: UnknownName[];
	/** False when there were more than MAX_CHAINS chains, and only the first are shown. */
	complete: boolean;
	/**
	 * Some Angebot says what comes before or after it or where it leads. Without that, every
	 * Thema would read as a Sackgasse only because nobody has filled in the fields yet.
	 */
	described: boolean;
}

/** Names cross in both directions, so a dense list could make very many chains: a page shows this many. */
export const MAX_CHAINS = 500;

interface Node {
	title: string;
	categories: Set<string>;
	outcome: Outcome;
	next: Set<number>;
	prev: Set<number>;
}

/**
 * One node per title (case and spaces aside, as with Themen): the names point at a title, so
 * two Angebote of one title are one step of a chain, serving the Themen of both.
 */
function graph(angebote: readonly ChainAngebot[]): { nodes: Node[]; unknown: UnknownName[] } {
	const nodes: Node[] = [];
	const byKey = new Map<string, number>();
	for (const angebot of angebote) {
		const key = themaKey(angebot.title);
		let index = byKey.get(key);
		if (index === undefined) {
			index = nodes.push({ title: angebot.title.trim(), categories: new Set(), outcome: '', next: new Set(), prev: new Set() }) - 1;
			byKey.set(key, index);
		}
		const node = nodes[index]!;
		for (const category of angebot.categories) node.categories.add(themaKey(category));
		node.outcome ||= angebot.outcome;
	}
	const unknown: UnknownName[] = [];
	const seen = new Set<string>();
	for (const angebot of angebote) {
		const self = byKey.get(themaKey(angebot.title))!;
		for (const field of ['before', 'after'] as const) {
			for (const name of angebot[field]) {
				const other = byKey.get(themaKey(name));
				if (other === undefined) {
					const id = JSON.stringify([self, field, themaKey(name)]);
					if (!seen.has(id)) unknown.push({ angebot: nodes[self]!.title, field, name: name.trim() });
					seen.add(id);
					continue;
				}
				const [from, to] = field === 'after' ? [self, other] : [other, self];
				nodes[from]!.next.add(to);
				nodes[to]!.prev.add(from);
			}
		}
	}
	return { nodes, unknown };
}

/**
 * Every chain as far as it goes: from each Angebot nothing comes before, on until nothing comes
 * after or every next step was taken already (a loop). Angebote that only a loop leads to are
 * reached from the first of them not yet on a chain, so every Angebot is on one.
 */
function walks(nodes: readonly Node[]): { paths: number[][]; complete: boolean } {
	const out: number[][] = [];
	let complete = true;
	const covered = new Set<number>();
	const walk = (path: number[]) => {
		if (out.length >= MAX_CHAINS) {
			complete = false;
			return;
		}
		const onward = [...nodes[path.at(-1)!]!.next].filter((n) => !path.includes(n));
		if (onward.length === 0) {
			out.push(path);
			for (const n of path) covered.add(n);
		}
		for (const n of onward) walk([...path, n]);
	};
	nodes.forEach((node, i) => {
		if (node.prev.size === 0) walk([i]);
	});
	nodes.forEach((_, i) => {
		if (!covered.has(i)) walk([i]);
	});
	return { paths: out, complete };
}

/** The strongly connected parts of the graph (Tarjan), each a knot of Angebote leading back to each other. */
function knots(nodes: readonly Node[]): number[][] {
	const index = new Map<number, number>();
	const low = new Map<number, number>();
	const stack: number[] = [];
	const onStack = new Set<number>();
	const out: number[][] = [];
	const visit = (v: number) => {
		index.set(v, index.size);
		low.set(v, index.get(v)!);
		stack.push(v);
		onStack.add(v);
		for (const w of nodes[v]!.next) {
			if (!index.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
		}
		if (low.get(v) !== index.get(v)) return;
		const knot: number[] = [];
		let w: number;
		do {
			w = stack.pop()!;
			onStack.delete(w);
			knot.push(w);
		} while (w !== v);
		out.push(knot);
	};
	nodes.forEach((_, v) => {
		if (!index.has(v)) visit(v);
	});
	return out;
}

/**
 * One loop per knot: the shortest way round from its first Angebot. A knot of several loops
 * shows one; once that one is untangled, the next shows.
 */
function loops(nodes: readonly Node[]): number[][] {
	const out: number[][] = [];
	for (const knot of knots(nodes)) {
		const start = Math.min(...knot);
		if (knot.length === 1 && !nodes[start]!.next.has(start)) continue;
		const inKnot = new Set(knot);
		const from = new Map<number, number>();
		const queue = [start];
		while (queue.length && !from.has(start)) {
			const v = queue.shift()!;
			for (const w of nodes[v]!.next) {
				if (!inKnot.has(w) || from.has(w)) continue;
				from.set(w, v);
				queue.push(w);
			}
		}
		const loop = [start];
		for (let v = from.get(start)!; v !== start; v = from.get(v)!) loop.unshift(v);
		out.push([start, ...loop]);
	}
	return out.sort((a, b) => a[0]! - b[0]!);
}

/**
 * The Maßnahme-Karrieren per Thema. A chain or loop belongs to every Thema one of its Angebote
 * serves (names among its categories, as in the Lückenanalyse), so a chain from Sprache into
 * Ausbildung shows under both. Themen in the order given, each once.
 */
export function angebotChains(themen: readonly string[], angebote: readonly ChainAngebot[]): AngebotChains {
	const { nodes, unknown } = graph(angebote);
	const { paths, complete } = walks(nodes);
	const cycles = loops(nodes);
	const titles = (path: readonly number[]) => path.map((n) => nodes[n]!.title);
	const seen = new Set<string>();
	const rows: ThemaChains[] = [];
	for (const thema of themen) {
		const key = themaKey(thema);
		if (key === '' || seen.has(key)) continue;
		seen.add(key);
		const serves = (n: number) => nodes[n]!.categories.has(key);
		const own = paths.filter((path) => path.some(serves));
		const served = nodes.some((_, n) => serves(n));
		rows.push({
			thema: thema.trim(),
			chains: own.filter((path) => path.length > 1).map((path) => ({ angebote: titles(path), outcome: nodes[path.at(-1)!]!.outcome })),
			alone: nodes.filter((node, n) => serves(n) && node.next.size === 0 && node.prev.size === 0).map((node) => node.title),
			loops: cycles.filter((cycle) => cycle.some(serves)).map(titles),
			deadEnd: served && !own.some((path) => nodes[path.at(-1)!]!.outcome !== '')
		});
	}
	const described = angebote.some((a) => a.before.length || a.after.length || a.outcome);
	return { themen: rows, unknown, complete, described };
}
