/**
 * The contract between the quiz's pure logic (questions, engine, share-link codec, saved state)
 * and its React island. Nothing here imports React or Astro.
 */
import type { SettingData } from '../../schemas/setting';
import type { Age, Cost, Protection, Region } from '../vocabulary';

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
 * The words the reader sees live apart (question-text.ts) and reach the island as props, so they
 * never ship as JavaScript.
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
	/** The question as the reader sees it (the fieldset's legend). */
	prompt: string;
	/** Optional extra line under the prompt. */
	help?: string;
	options: Record<string, OptionText>;
}

/** Every question's words, by question id. */
export type QuestionTexts = Record<string, QuestionText>;

export interface QuestionOption extends OptionText {
	id: string;
}

/** A question with its words: what the island renders. */
export interface Question extends QuestionSpec {
	prompt: string;
	help?: string;
	options: QuestionOption[];
}

/** Answers by question id: an option id for single questions, a list of option ids for multi. */
export type Answers = Record<string, string | string[]>;

export interface PlanItem {
	settingId: string;
	/** Higher means more worth doing for this reader. Deterministic for the same answers. */
	score: number;
	/** What it costs this reader, from the catalogue. */
	costs: Cost[];
	/** What it protects, from the catalogue. */
	protects: Protection[];
	/** "Because you said ..." built from the answers. */
	reason: string;
}

export interface Plan {
	/** The one thing to do first, or null when nothing fits (then `notices` says why). */
	doFirst: PlanItem | null;
	recommended: PlanItem[];
	consider: PlanItem[];
	/** Available to this reader but not worth it for them, with the reason. */
	notForYou: PlanItem[];
	/** Plain sentences the reader must see, e.g. that no objection form exists where they live. */
	notices: string[];
}
