/**
 * What the wall allows in a phase: `collect` (Sammeln: edit and delete cards), `cluster`
 * (Clustern: also move cards and work on clusters), `read` (later phases, locked or ended boards).
 */
export type WallMode = 'collect' | 'cluster' | 'read';
