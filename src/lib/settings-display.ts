/**
 * How settings-catalogue values read to people, and the slimmed-down catalogue the quiz island
 * receives. Only pages import the labels at build time; the island imports this file's types alone,
 * so no labels or schema code ship as JavaScript.
 */
import type { CatalogueItem } from './quiz/types';
import { en, type UiText } from '../translations/en';

/** The words and Intl tag of the page's language; English unless a page passes another. */
export interface DisplayLanguage {
	t: UiText;
	tag: string;
	/** A site path in the page's language ("/settings/x/" → "/de/settings/x/"). */
	path?: (sitePath: string) => string;
}
const ENGLISH: DisplayLanguage = { t: en, tag: 'en-GB' };

/** "About 5 minutes", "About 1 minute" (in the language's own words). */
export function effortLabel(minutes: number, language: DisplayLanguage = ENGLISH): string {
	return language.t.site.setting.effort(Math.max(1, Math.round(minutes)));
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
export function readableIsoDate(iso: string, tag = 'en-GB'): string {
	const date = new Date(`${iso}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A link to one of Meta's own pages for this action (settings entries may carry them: SETTINGS-SHAPE.md). */
export interface IslandLink {
	label: string;
	url: string;
}

/** The few facts about a source a plan card needs: who published it, and whether it is Meta's own. */
export interface SourceFacts {
	publisher: string;
	kind: 'primary' | 'secondary';
}

/**
 * One catalogue item as the quiz island gets it: what the engine reads, plus the words a plan card
 * shows, worked out at build time so the labels never ship as JavaScript. The summary, web steps,
 * alternative routes, undo text and source ids stay on the setting's own page.
 */
export type IslandItem = Pick<
	CatalogueItem,
	| 'id'
	| 'name'
	| 'kind'
	| 'regions'
	| 'ages'
	| 'protects'
	| 'costs'
	| 'costNote'
	| 'certainty'
	| 'paid'
	| 'effortMinutes'
	| 'reversible'
	| 'steps'
	| 'lastVerified'
> & {
	url: string;
	sourceCount: number;
	links?: IslandLink[];
	text: {
		protects: string;
		costs: string;
		certainty: string;
		effort: string;
		lastVerified: string;
		/** "Steps as described by <publisher>" when the steps come from a secondary source; absent otherwise. */
		stepsBy?: string;
	};
};

/**
 * `sourceFacts` looks up a source by id (the page passes one built from the sources collection);
 * with it, steps taken from a secondary source say whose description they are.
 */
export function toIslandItem(
	item: CatalogueItem,
	sourceFacts?: (id: string) => SourceFacts | undefined,
	language: DisplayLanguage = ENGLISH,
): IslandItem {
	const { protectionLabels, costLabels, certaintyLabels } = language.t.vocabulary;
	const words = language.t.site.setting;
	// Fields added by the settings shape (links, stepsSource) are read if present, so this works
	// before and after the catalogue gains them.
	const extra = item as CatalogueItem & { links?: (IslandLink & { source?: string })[]; stepsSource?: string };
	const stepsSource = extra.stepsSource ? sourceFacts?.(extra.stepsSource) : undefined;
	const island: IslandItem = {
		id: item.id,
		name: item.name,
		kind: item.kind,
		regions: item.regions,
		ages: item.ages,
		protects: item.protects,
		costs: item.costs,
		costNote: item.costNote,
		certainty: item.certainty,
		paid: item.paid,
		effortMinutes: item.effortMinutes,
		reversible: item.reversible,
		steps: item.steps,
		lastVerified: item.lastVerified,
		url: language.path ? language.path(settingUrl(item.id)) : settingUrl(item.id),
		sourceCount: item.sources.length,
		text: {
			protects: listLabels(item.protects, protectionLabels, words.nothingDocumented),
			// Empty when nothing is documented: the cost note says so in its own words.
			costs: listLabels(item.costs, costLabels, ''),
			certainty: certaintyLabels[item.certainty],
			effort: effortLabel(item.effortMinutes, language),
			lastVerified: readableIsoDate(item.lastVerified, language.tag),
		},
	};
	if (extra.links?.length) island.links = extra.links.map(({ label, url }) => ({ label, url }));
	if (stepsSource?.kind === 'secondary') island.text.stepsBy = words.stepsBy(stepsSource.publisher);
	return island;
}
