/**
 * The decision model as data. A reviewer can check every line here against the research notes
 * (facts.md, facts-2026.md; the ids in `basis`). plan.ts applies these tables; it holds no
 * region- or item-specific `if`.
 *
 * In short, for each reader:
 * 1. Only items offered in their region and to their age count (a parent's plan is for their teen).
 * 2. Only items that protect something the reader worries about are privacy steps (WORRY_PROTECTION).
 * 3. An item that costs something the reader values a lot, or money they would not pay, is "not for
 *    you" - except automatic items (Teen Account protections), which are never "not for you".
 * 4. Each worry has levers (LEVERS): the first lever rule that matches an item the reader can use
 *    puts that item at the rule's priority. The highest priority goes first.
 * 5. Duplicates fold (FOLD_KINDS), and groups are capped (LIMITS).
 */
import { AGES, REGIONS, type Age, type Certainty, type Cost, type Protection, type Region, type SettingKind } from '../vocabulary';
import type { EngineItem } from './types';
import type { Aspect } from './answers';
import type { ReaderAge, Worry } from './questions';

/** Which protection answers which worry. */
export const WORRY_PROTECTION: Record<Worry, Protection> = {
	'ai-posts': 'ai-training',
	'ai-chats': 'ai-chat-data',
	'ad-profiling': 'ad-profiling',
	tracking: 'off-meta-activity',
	'public-posts': 'public-exposure',
	'my-data': 'your-information',
};

/** Which rated aspect a catalogue cost takes away ("money" and "time" are handled apart). */
export const COST_ASPECT: Partial<Record<Cost, Aspect>> = {
	'feed-personalisation': 'feed',
	'explore-reels': 'explore',
	'ad-relevance': 'ads',
	'ai-features': 'ai',
	reach: 'reach',
};

export interface LeverRule {
	worry: Worry;
	/** Who the rule is for; all readers when absent. */
	who?: readonly ReaderAge[];
	/** Where it applies; everywhere when absent. */
	regions?: readonly Region[];
	/** What the lever is, by its catalogue labels (never by one id, so a new item of the same kind counts). */
	kind?: SettingKind;
	protects: Protection;
	priority: number;
	/** Research-note ids this rule rests on. */
	basis: string;
}

/**
 * Levers in priority order. Where several items fit one rule, the better-sourced, quicker one is
 * chosen (see plan.ts, compareCandidates).
 */
export const LEVERS: readonly LeverRule[] = [
	// Where Meta offers adults a form to object, it is the one formal right: first, whatever else is
	// ticked (EU/EEA: A17, A12; UK: A18; Brazil: E12, reported). The catalogue says where it exists.
	{ worry: 'ai-posts', who: ['adult'], kind: 'form', protects: 'ai-training', priority: 100, basis: 'A12 A17 A18 E12' },
	// Meta's EU notice (July 2026) says what people share with Meta AI is used to improve it "unless
	// you have objected": in the EU the same form also answers the chats worry (E2, documented).
	{ worry: 'ai-chats', who: ['adult'], regions: ['eu-eea'], kind: 'form', protects: 'ai-training', priority: 95, basis: 'E2' },
	// No form: keeping posts non-public stops their future use (A21, A30, A47). Its cost is reach,
	// so a reader who values reach a lot gets it under "not for you" and a notice saying so. Years of
	// public posts are the larger exposure, so this comes before the chats lever.
	{ worry: 'ai-posts', kind: 'setting', protects: 'ai-training', priority: 90, basis: 'A21 A30 A47' },
	// Meta AI cannot be switched off; not using it, or not telling it things, is the documented way
	// to keep chats out of training and (outside the EU/UK) out of ads (B9, B10, B14, B16).
	{ worry: 'ai-chats', kind: 'habit', protects: 'ai-chat-data', priority: 85, basis: 'B9 B10 B14 B16' },
	{ worry: 'public-posts', kind: 'setting', protects: 'public-exposure', priority: 70, basis: 'C1 C2' },
	{ worry: 'ad-profiling', protects: 'ad-profiling', priority: 60, basis: 'C10 C11 C17' },
	{ worry: 'tracking', protects: 'off-meta-activity', priority: 60, basis: 'C12 C15' },
	{ worry: 'my-data', protects: 'your-information', priority: 50, basis: 'C20 C21' },
];

/** Better sourced first, when two items fit a rule equally. */
export const CERTAINTY_RANK: Record<Certainty, number> = { documented: 0, reported: 1, unclear: 2 };

/**
 * Kinds of item that fold into another of the same kind when all they protect (for this reader)
 * the other protects too: two habits ("Don't chat with Meta AI", "Don't tell Meta AI sensitive
 * things") are one piece of advice. Settings and forms never fold: each is a separate switch.
 */
export const FOLD_KINDS: readonly SettingKind[] = ['habit'];

/** How long each group may be: one "do this first", then at most three and three. */
export const LIMITS = { recommended: 3, consider: 3 } as const;

/** Items reported to matter mainly for professional (creator or business) accounts (C2). */
export const PROFESSIONAL_ITEMS: readonly string[] = ['search-engine-visibility'];

/** For a reader with no worries: the one thing worth knowing (where to see what Meta holds, C20/C21). */
export const WORTH_KNOWING: Protection = 'your-information';

/**
 * Automatic items: the catalogue offers them to teens only, because Instagram applies them to every
 * account under 18 (Teen Accounts, C23). They are shown as already on, never as "not for you".
 */
export function isAutomatic(item: { ages: readonly string[] }): boolean {
	return item.ages.length === 1 && item.ages[0] === 'teen';
}

/**
 * Whether a catalogue item exists for this reader. With no region (or age) answered, only items
 * offered in every region (or to every age) count, so the plan never shows something out of reach.
 */
export function isAvailable(item: EngineItem, region: Region | null, age: Age | null): boolean {
	const regionOk = region ? item.regions.includes(region) : REGIONS.every((r) => item.regions.includes(r));
	const ageOk = age ? item.ages.includes(age) : AGES.every((a) => item.ages.includes(a));
	return regionOk && ageOk;
}

/** True for the objection form(s): forms that protect posts from AI training. Found by labels, not by id. */
export function isObjectionForm(item: Pick<EngineItem, 'kind' | 'protects'>): boolean {
	return item.kind === 'form' && item.protects.includes('ai-training');
}

/** Where an objection form exists for adults, by the catalogue. */
export function formRegions(catalogue: readonly EngineItem[]): Region[] {
	const forms = catalogue.filter((i) => isObjectionForm(i) && i.ages.includes('adult'));
	return REGIONS.filter((r) => forms.some((f) => f.regions.includes(r)));
}
