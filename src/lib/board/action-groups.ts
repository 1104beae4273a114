/**
 * The Maßnahmenplan by Thema: one group per Thema in the order given (the ranking, or the wall),
 * then the Maßnahmen with no Thema or one that is no longer live ("Ohne Thema"), so a Maßnahme
 * never disappears when its cluster is deleted, merged or dissolved. Maßnahmen keep their order
 * within a group.
 */

export interface ActionGroup<T, A> {
	/** null: "Ohne Thema". */
	theme: T | null;
	actions: A[];
}

export function groupActions<T extends { id: string }, A>(
	themes: readonly T[],
	actions: readonly A[],
	clusterOf: (action: A) => string | null
): ActionGroup<T, A>[] {
	const groups = new Map<string | null, ActionGroup<T, A>>(themes.map((theme) => [theme.id, { theme, actions: [] }]));
	const loose: ActionGroup<T, A> = { theme: null, actions: [] };
	for (const action of actions) {
		const clusterId = clusterOf(action);
		(groups.get(clusterId) ?? loose).actions.push(action);
	}
	return [...groups.values(), loose];
}
