export {
	suggestClusters,
	type ExistingCluster,
	type Suggestion,
	type SuggestionCard,
	type SuggestOptions
} from './suggest-clusters.ts';
