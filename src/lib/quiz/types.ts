/**
 * The contract between the quiz's pure logic (questions, rules, plan, notices, share-link codec,
 * saved state) and its React island. Nothing here imports React or Astro. Plans carry codes and
 * parameters, never sentences: the words are rendered at the edge (render.ts) from per-language
 * templates that the page passes in.
 */
import type { SettingData } from '../../schemas/setting';
import type { Age, Certainty, Cost, Protection, Region } from '../vocabulary';

export type { Age, Cost, Protection, Region };

/** A catalogue item as the engine sees it: the setting's frontmatter plus its id (file name). */
export type CatalogueItem = Omit<SettingData, 'lastVerified'> & { id: string; lastVerified: string };

/**
 * The fields of a catalogue item the engine reads. Any richer item (a full CatalogueItem, or the
 * island's slimmed-down one) can be passed as it is.
 */
export type EngineItem = Pick<
	CatalogueItem,
	'id' | 'name' | 'kind' | 'regions' | 'ages' | 'protects' | 'costs' | 'certainty' | 'paid' | 'effortMinutes' | 'reversible'
>;

/**
 * A question as the engine, the share-link codec and saved state see it: ids and shape only.
 * The words the reader sees live apart (question-text.ts) and reach the island as props.
 */
export interface QuestionSpec {
	/** Stable id, used in share links. */
	id: string;
	/** single: radio buttons; multi: checkboxes (an empty choice is allowed). */
	kind: 'single' | 'multi';
	/** Option ids (stable, used in share links: lowercase letters, digits and hyphens), in the order shown. */
	options: { id: string }[];
	/** Follow-up questions are shown only when this returns true for the answers so far. */
	showIf?: (answers: Answers) => boolean;
}

/** The words of one option. */
export interface OptionText {
	label: string;
	/** One short line under the label. */
	hint?: string;
}

/** The words of one question, with its options' words by option id. Plain data, so it can be an island prop. */
export interface QuestionText {
	prompt: string;
	help?: string;
	options: Record<string, OptionText>;
}

/** Every question's words, by question id. */
export type QuestionTexts = Record<string, QuestionText>;

export interface QuestionOption extends OptionText {
	id: string;
}

/** A question with its words: what tests render. */
export interface Question extends QuestionSpec {
	prompt: string;
	help?: string;
	options: QuestionOption[];
}

/** Answers by question id: an option id for single questions, a list of option ids for multi. */
export type Answers = Record<string, string | string[]>;

/**
 * Why an item is where it is, as a code with parameters. Each code has one template per language.
 * - worries: it protects what these worries are about.
 * - formal-right: it is the legal objection route offered where the reader lives.
 * - automatic: Instagram applies it to every teen account; nothing to switch on.
 * - folded: it also stands for these other items (same action, said another way).
 * - trade-off / unanswered-cost / free-cost: what it affects that the reader values a little, did not
 *   rate, or said does not matter.
 * - pays: the reader said they would pay, and it is paid.
 * - unclear: sources disagree about what it does.
 * - not-professional: reported mainly for creator and business accounts.
 * - ruled-out-cost / ruled-out-paid: why it is "not for you".
 * - worth-knowing: the one thing a reader with no worries may still want.
 */
export type ReasonCode =
	| 'worries'
	| 'formal-right'
	| 'automatic'
	| 'folded'
	| 'trade-off'
	| 'unanswered-cost'
	| 'free-cost'
	| 'pays'
	| 'unclear'
	| 'not-professional'
	| 'ruled-out-cost'
	| 'ruled-out-paid'
	| 'worth-knowing';

export interface Reason {
	code: ReasonCode;
	/** Worry ids (worries). */
	worries?: string[];
	/** Aspect (question) ids (trade-off, unanswered-cost, free-cost, ruled-out-cost). */
	aspects?: string[];
	/** Setting ids (folded). */
	items?: string[];
	/** The reader's region (formal-right). */
	region?: Region;
	/** ruled-out-paid: whether the reader answered "no" (rather than not answering). */
	said?: 'no' | 'unanswered';
}

export interface PlanItem {
	settingId: string;
	/** Why it is here, most important first. */
	reasons: Reason[];
	/** What it costs this reader, from the catalogue. */
	costs: Cost[];
	/** What it protects, from the catalogue. */
	protects: Protection[];
	/** Ids of items folded into this one because they duplicate it. */
	folded: string[];
}

/**
 * Notice codes. Fixed ones are worked out from the answers and the catalogue (notices.ts); "fact"
 * notices come from the table of dated, sourced regional claims (regional-facts.ts), whose `fact`
 * names the template.
 */
export type NoticeCode =
	'no-region' | 'no-age' | 'no-form' | 'no-form-reach' | 'form-future-only' | 'already-objected' | 'undo-undocumented' | 'fact';

export interface PlanNotice {
	code: NoticeCode;
	/** Regions with an objection form (no-form, no-form-reach). */
	regions?: Region[];
	/** Setting ids the notice points to, in plan order (no-form: what the plan offers instead). */
	items?: string[];
	/** For code "fact": the regional fact's id, its date, certainty and source ids. */
	fact?: string;
	asOf?: string;
	certainty?: Certainty;
	sources?: string[];
}

/**
 * plan: a normal plan. no-worries: the reader picked no worry (a short friendly answer).
 * nothing-available: no catalogue item applies to their region and age. all-ruled-out: everything
 * that would help costs something they value a lot. nothing-helps: nothing protects what they picked.
 */
export type PlanSummary = 'plan' | 'no-worries' | 'nothing-available' | 'all-ruled-out' | 'nothing-helps';

export interface Plan {
	summary: PlanSummary;
	/** The one thing to do first, or null. */
	doFirst: PlanItem | null;
	/** At most three. */
	recommended: PlanItem[];
	/** At most three. */
	consider: PlanItem[];
	/** Relevant to the reader but ruled out by what they value, each with the reason. */
	notForYou: PlanItem[];
	/** How many more relevant items were left out to keep the plan short. */
	more: number;
	notices: PlanNotice[];
}
