/**
 * The contract between the quiz's pure logic (questions, engine, share-link codec, saved state)
 * and its React island. Nothing here imports React or Astro.
 */
import type { Age, Cost, Protection, SettingData } from '../../schemas/setting';
import type { Region } from '../../schemas/common';

export type { Age, Cost, Protection, Region };

/** A catalogue item as the engine sees it: the setting's frontmatter plus its id (file name). */
export type CatalogueItem = Omit<SettingData, 'lastVerified'> & { id: string; lastVerified: string };

export interface QuestionOption {
	/** Stable id, used in share links: lowercase letters, digits and hyphens. */
	id: string;
	label: string;
	/** One short line under the label. */
	hint?: string;
}

export interface Question {
	/** Stable id, used in share links. */
	id: string;
	/** The question as the reader sees it (the fieldset's legend). */
	prompt: string;
	/** Optional extra line under the prompt. */
	help?: string;
	/** single: radio buttons; multi: checkboxes (an empty choice is allowed). */
	kind: 'single' | 'multi';
	options: QuestionOption[];
	/** Follow-up questions are shown only when this returns true for the answers so far. */
	showIf?: (answers: Answers) => boolean;
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
