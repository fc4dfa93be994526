/**
 * How settings-catalogue values read to people, and the slimmed-down catalogue the quiz island
 * receives. Only pages import the labels at build time; the island imports this file's types alone,
 * so no labels or schema code ship as JavaScript.
 */
import type { CatalogueItem } from './quiz/types';
import { certaintyLabels, costLabels, protectionLabels } from '../translations/en';

/** "About 5 minutes", "About 1 minute". */
export function effortLabel(minutes: number): string {
	const rounded = Math.max(1, Math.round(minutes));
	return `About ${rounded} ${rounded === 1 ? 'minute' : 'minutes'}`;
}

/** "Nothing documented" for an empty list, otherwise the labels joined by commas. */
export function listLabels<T extends string>(values: readonly T[], labels: Record<T, string>, empty = 'Nothing documented'): string {
	return values.length === 0 ? empty : values.map((v) => labels[v]).join(', ');
}

/** The page of one setting. */
export function settingUrl(id: string): string {
	return `/settings/${id}/`;
}

/** "28 November 2026" from "2026-11-28", fixed to UTC so it never shifts by a day. */
export function readableIsoDate(iso: string): string {
	const date = new Date(`${iso}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * One catalogue item as the quiz island gets it: what the engine scores, plus the words a plan
 * card shows, worked out at build time so the labels never have to ship as JavaScript. The
 * summary, web steps, undo text and source ids stay on the setting's own page.
 */
export type IslandItem = Omit<CatalogueItem, 'summary' | 'webSteps' | 'reversibleHow' | 'sources' | 'alternativeRoutes' | 'stepsSource' | 'links'> & {
	url: string;
	sourceCount: number;
	text: { protects: string; costs: string; certainty: string; effort: string; lastVerified: string };
};

export function toIslandItem(item: CatalogueItem): IslandItem {
	const {
		summary: _summary,
		webSteps: _webSteps,
		reversibleHow: _how,
		alternativeRoutes: _routes,
		stepsSource: _stepsSource,
		links: _links,
		sources,
		...rest
	} = item;
	return {
		...rest,
		url: settingUrl(item.id),
		sourceCount: sources.length,
		text: {
			// An empty list is a content filter that protects none of your data (say so, not "nothing documented").
			protects: listLabels(item.protects, protectionLabels, 'None of your data'),
			// Empty when nothing is documented: the cost note says so in its own words.
			costs: listLabels(item.costs, costLabels, ''),
			certainty: certaintyLabels[item.certainty],
			effort: effortLabel(item.effortMinutes),
			lastVerified: readableIsoDate(item.lastVerified),
		},
	};
}
