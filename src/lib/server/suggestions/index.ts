export {
	suggestClusters,
	type ExistingCluster,
	type Suggestion,
	type SuggestionCard,
	type SuggestOptions
} from './suggest-clusters.ts';
export { MATCH_THRESHOLD, suggestMatches, type Match, type MatchGroup, type MatchItem } from './suggest-matches.ts';
