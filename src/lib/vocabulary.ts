/**
 * The site's vocabulary: every list of ids that content, schemas, the quiz engine, search filters,
 * pages and scripts share, defined once. Ids are language-neutral (they appear in file frontmatter,
 * share links and search filters); the words a reader sees are in src/translations/<language>.ts.
 *
 * Plain `as const` arrays and no other syntax, so Node can import this file directly (scripts use it
 * through Node's type stripping) and the quiz island can import it without pulling in zod.
 * Adding an id here is safe; renaming or removing one breaks content files and old share links.
 */

/**
 * Where a fact or setting applies. "elsewhere" means every country not named in the list.
 * Switzerland has its own id because the sources treat it apart from the EU/EEA (no-ads subscription,
 * AI-chat personalisation) while giving no objection route there.
 */
export const REGIONS = ['eu-eea', 'uk', 'switzerland', 'us', 'brazil', 'australia', 'elsewhere'] as const;
export type Region = (typeof REGIONS)[number];

/** Instagram's two age groups: teen accounts (13 to 17) and adults. */
export const AGES = ['teen', 'adult'] as const;
export type Age = (typeof AGES)[number];

/** What a setting, form or habit protects. */
export const PROTECTIONS = [
	'ai-training', // future use of your public posts to train Meta's AI
	'ai-chat-data', // what you type or say to Meta AI
	'ad-profiling', // ads chosen from your activity and interests
	'off-meta-activity', // activity businesses share with Meta from other sites and apps
	'recommendation-profiling', // feed, Explore and Reels ranked from what Instagram learned about you
	'public-exposure', // who (and which search engines) can see your posts
	'your-information', // knowing and controlling what Meta holds about you
] as const;
export type Protection = (typeof PROTECTIONS)[number];

/** What a setting costs the reader. */
export const COSTS = ['feed-personalisation', 'explore-reels', 'ad-relevance', 'ai-features', 'reach', 'money', 'time'] as const;
export type Cost = (typeof COSTS)[number];

/** What kind of action a catalogue item is. */
export const SETTING_KINDS = ['setting', 'form', 'habit'] as const;
export type SettingKind = (typeof SETTING_KINDS)[number];

/** documented: Meta's own text says so. reported: only press or guides. unclear: sources disagree. */
export const CERTAINTIES = ['documented', 'reported', 'unclear'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** primary: Meta, a regulator, a court or the law itself. secondary: press, NGOs, guides. */
export const SOURCE_KINDS = ['primary', 'secondary'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Who made a change-log entry's change: Meta itself, a court, a regulator, or lawmakers. */
export const CHANGE_KINDS = ['meta', 'court', 'regulator', 'law'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The FAQ's topics, in the order the FAQ shows them. */
export const FAQ_TOPICS = ['basics', 'objecting', 'regions', 'your-data', 'meta-ai', 'personalisation', 'family', 'myths'] as const;
export type FaqTopic = (typeof FAQ_TOPICS)[number];

/** The kinds of page search can filter by (Pagefind's `type` filter carries these ids). */
export const CONTENT_TYPES = ['guide', 'faq', 'setting', 'tip', 'quiz', 'about'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** True when `regions` lists every region, i.e. the item applies everywhere. */
export function isEverywhere(regions: readonly Region[]): boolean {
	return REGIONS.every((region) => regions.includes(region));
}
