import type { Attachment } from 'svelte/attachments';
import type { CardMove } from '$lib/board/cards';

/** Pixels a pointer must travel before a press on the handle becomes a drag. */
const THRESHOLD = 4;
/** Distance from the viewport edge within which a drag scrolls the page. */
const EDGE = 48;

interface Drag {
	pointerId: number;
	cardId: string;
	card: HTMLElement;
	startX: number;
	startY: number;
	ghost: HTMLElement | null;
	target: { zone: HTMLElement; move: CardMove; marked: HTMLElement | null } | null;
	lastX: number;
	lastY: number;
	scroll: number;
}

/**
 * Drag and drop of cards with Pointer Events, so mouse, touch and pen work alike. A drag starts
 * on a card's handle (`[data-drag-handle]`, `touch-action: none`, so elsewhere a finger still
 * scrolls), follows the pointer with a copy of the card, and drops into the group under the
 * pointer (`[data-drop-cluster]`, "" for "Unsortiert"), before or after the card it is over.
 * Escape cancels. Moving without a pointer is "Verschieben nach …"; this is only a shortcut.
 */
export function dragCards(onDrop: (cardId: string, move: CardMove) => void): Attachment<HTMLElement> {
	return (root) => {
		let drag: Drag | null = null;

		function finish(drop: boolean) {
			if (!drag) return;
			const { cardId, target } = drag;
			cancelAnimationFrame(drag.scroll);
			drag.ghost?.remove();
			drag.card.classList.remove('dragging');
			unmark(drag);
			drag = null;
			document.removeEventListener('keydown', onKey, true);
			if (drop && target) onDrop(cardId, target.move);
		}

		function onDown(event: PointerEvent) {
			const handle = (event.target as Element).closest<HTMLElement>('[data-drag-handle]');
			const card = handle?.closest<HTMLElement>('[data-card-id]');
			if (!handle || !card || !root.contains(card) || event.button !== 0 || drag) return;
			event.preventDefault();
			handle.setPointerCapture(event.pointerId);
			drag = {
				pointerId: event.pointerId,
				cardId: card.dataset.cardId!,
				card,
				startX: event.clientX,
				startY: event.clientY,
				ghost: null,
				target: null,
				lastX: event.clientX,
				lastY: event.clientY,
				scroll: 0
			};
		}

		function onMove(event: PointerEvent) {
			if (!drag || event.pointerId !== drag.pointerId) return;
			if (!drag.ghost) {
				if (Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY) < THRESHOLD) return;
				drag.ghost = makeGhost(drag.card);
				drag.card.classList.add('dragging');
				document.addEventListener('keydown', onKey, true);
				autoScroll(drag);
			}
			drag.ghost.style.transform = `translate(${event.clientX - drag.startX}px, ${event.clientY - drag.startY}px)`;
			drag.lastX = event.clientX;
			drag.lastY = event.clientY;
			retarget(drag, event.clientX, event.clientY);
		}

		function onUp(event: PointerEvent) {
			if (drag && event.pointerId === drag.pointerId) finish(event.type === 'pointerup' && drag.ghost !== null);
		}

		function onKey(event: KeyboardEvent) {
			if (event.key !== 'Escape') return;
			event.preventDefault();
			event.stopPropagation();
			finish(false);
		}

		root.addEventListener('pointerdown', onDown);
		root.addEventListener('pointermove', onMove);
		root.addEventListener('pointerup', onUp);
		root.addEventListener('pointercancel', onUp);
		return () => {
			finish(false);
			root.removeEventListener('pointerdown', onDown);
			root.removeEventListener('pointermove', onMove);
			root.removeEventListener('pointerup', onUp);
			root.removeEventListener('pointercancel', onUp);
		};
	};
}

/** A copy of the card that follows the pointer; it never takes pointer events, so hit tests see past it. */
function makeGhost(card: HTMLElement): HTMLElement {
	const rect = card.getBoundingClientRect();
	const ghost = card.cloneNode(true) as HTMLElement;
	ghost.removeAttribute('data-card-id');
	ghost.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
	ghost.setAttribute('aria-hidden', 'true');
	Object.assign(ghost.style, {
		position: 'fixed',
		left: `${rect.left}px`,
		top: `${rect.top}px`,
		width: `${rect.width}px`,
		margin: '0',
		pointerEvents: 'none',
		zIndex: '50',
		opacity: '0.9',
		boxShadow: '0 10px 24px rgb(0 0 0 / 0.3)'
	});
	document.body.append(ghost);
	return ghost;
}

/** Finds the group and the card under the pointer and marks where the card would land. */
function retarget(drag: Drag, x: number, y: number): void {
	const under = document.elementFromPoint(x, y);
	const zone = under?.closest<HTMLElement>('[data-drop-cluster]') ?? null;
	unmark(drag);
	drag.target = null;
	if (!zone) return;
	const clusterId = zone.dataset.dropCluster || null;
	const over = under?.closest<HTMLElement>('[data-card-id]');
	zone.classList.add('drop-target');
	if (!over || over === drag.card || !zone.contains(over)) {
		drag.target = { zone, move: { clusterId }, marked: null };
		return;
	}
	const rect = over.getBoundingClientRect();
	const before = y < rect.top + rect.height / 2;
	over.classList.add(before ? 'drop-before' : 'drop-after');
	const id = over.dataset.cardId!;
	drag.target = { zone, move: before ? { clusterId, before: id } : { clusterId, after: id }, marked: over };
}

function unmark(drag: Drag): void {
	drag.target?.zone.classList.remove('drop-target');
	drag.target?.marked?.classList.remove('drop-before', 'drop-after');
}

/** Scrolls the page while the pointer rests near the top or bottom edge, so long walls work on phones. */
function autoScroll(drag: Drag): void {
	const step = () => {
		const speed =
			drag.lastY < EDGE ? -(EDGE - drag.lastY) / 3 : drag.lastY > innerHeight - EDGE ? (drag.lastY - innerHeight + EDGE) / 3 : 0;
		if (speed !== 0) {
			scrollBy(0, speed);
			// The page moved under a resting finger: what it points at changed.
			retarget(drag, drag.lastX, drag.lastY);
		}
		drag.scroll = requestAnimationFrame(step);
	};
	drag.scroll = requestAnimationFrame(step);
}
