/**
 * How settings-catalogue values read to people, and the slimmed-down catalogue the quiz island
 * receives. Pure TypeScript with type-only imports, so the island bundle pulls in no schema code.
 */
import type { CatalogueItem } from './quiz/types';
import type { Age, Cost, Protection, SettingData } from '../schemas/setting';

export const protectionLabels: Record<Protection, string> = {
	'ai-training': 'Future AI training on your posts',
	'ai-chat-data': 'What you tell Meta AI',
	'ad-profiling': 'Ads picked from your activity',
	'off-meta-activity': 'Activity other sites and apps share with Meta',
	'recommendation-profiling': 'Feed and Reels picked from your activity',
	'public-exposure': 'Who can see your posts',
	'your-information': 'Knowing what Meta holds about you',
};

export const costLabels: Record<Cost, string> = {
	'feed-personalisation': 'A feed picked for you',
	'explore-reels': 'Suggestions in Explore and Reels',
	'ad-relevance': 'Ads that match your interests',
	'ai-features': 'Meta AI features',
	reach: 'Reach of your posts',
	money: 'Money (a monthly fee)',
	time: 'Some of your time',
};

export type Certainty = SettingData['certainty'];

export const certaintyLabels: Record<Certainty, string> = {
	documented: 'Documented by Meta',
	reported: 'Reported, not confirmed by Meta',
	unclear: 'Unclear: sources disagree',
};

export const ageLabels: Record<Age, string> = {
	teen: 'Teens (13 to 17)',
	adult: 'Adults (18 and over)',
};

export const kindLabels: Record<SettingData['kind'], string> = {
	setting: 'A setting',
	form: 'A form',
	habit: 'A habit',
};

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
export type IslandItem = Omit<CatalogueItem, 'summary' | 'webSteps' | 'reversibleHow' | 'sources'> & {
	url: string;
	sourceCount: number;
	text: { protects: string; costs: string; certainty: string; effort: string; lastVerified: string };
};

export function toIslandItem(item: CatalogueItem): IslandItem {
	const { summary: _summary, webSteps: _webSteps, reversibleHow: _how, sources, ...rest } = item;
	return {
		...rest,
		url: settingUrl(item.id),
		sourceCount: sources.length,
		text: {
			protects: listLabels(item.protects, protectionLabels),
			// Empty when nothing is documented: the cost note says so in its own words.
			costs: listLabels(item.costs, costLabels, ''),
			certainty: certaintyLabels[item.certainty],
			effort: effortLabel(item.effortMinutes),
			lastVerified: readableIsoDate(item.lastVerified),
		},
	};
}
