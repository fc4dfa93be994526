/**
 * The quiz engine: turns answers and the settings catalogue into a plan.
 * Pure TypeScript with no React or Astro import; the same answers always give the same plan.
 *
 * How an item is scored (all whole numbers):
 * - Each worry the item protects against adds WORRY_POINTS (less when the item's effect is only
 *   reported, or unclear).
 * - Saying a personalization aspect does not matter at all adds a small SOFT_POINTS nudge (once per
 *   item) to items that protect the matching kind of data ("relevant ads: not at all" nudges ad controls).
 * - Each cost the reader values subtracts COST_PENALTY by how much they value it.
 * - An item is in the plan only when what it protects for this reader outweighs what it costs them,
 *   and it costs nothing they value a lot; otherwise it goes to notForYou. Items that neither help nor cost this reader are left out.
 * - Small fixed adjustments order the plan (the formal objection first, a paid option the reader
 *   said they would pay for, one-off steps before habits, quick before slow, undoable before
 *   permanent) but never move an item in or out of it.
 */
import { AGES, REGIONS } from '../vocabulary';
import { regionInSentence } from '../../translations/en';
import { Q, QUESTION_SPECS, VALUE_LEVELS, WORRIES, type ValueLevel, type Worry } from './questions';
import type { Age, Answers, Cost, EngineItem, Plan, PlanItem, Protection, QuestionSpec, Region } from './types';

export const ALL_REGIONS: readonly Region[] = REGIONS;
export const ALL_AGES: readonly Age[] = AGES;

/** The catalogue id of the AI-training objection form: the big lever this site is about. */
export const OBJECTION_FORM_ID = 'object-to-ai-training';
/** Where the objection form exists if the catalogue does not say (research notes, A.2). */
const DEFAULT_FORM_REGIONS: readonly Region[] = ['eu-eea', 'uk'];
/** Regions reported as left out of the December 2025 use of AI chats for ads (research notes, B17). */
const NO_AI_CHAT_PERSONALIZATION_REGIONS: readonly Region[] = ['eu-eea', 'uk'];
/** Items reported to matter mainly for professional (creator or business) accounts. */
const PROFESSIONAL_ITEMS: ReadonlySet<string> = new Set(['search-engine-visibility']);

/** Which protection answers which worry. */
export const WORRY_PROTECTION: Record<Worry, Protection> = {
	'ai-training': 'ai-training',
	'ad-profiling': 'ad-profiling',
	tracking: 'off-meta-activity',
	'ai-chats': 'ai-chat-data',
	'public-posts': 'public-exposure',
	'my-data': 'your-information',
};

const WORRY_NOUN: Record<Worry, string> = {
	'ai-training': 'AI training on your posts',
	'ad-profiling': 'being profiled for ads',
	tracking: 'tracking from other sites and apps',
	'ai-chats': 'what you type to Meta AI',
	'public-posts': 'strangers or search engines seeing your posts',
	'my-data': 'not knowing what Meta keeps about you',
};

/** The personalization aspects the reader rates, by question id. */
export type Aspect = typeof Q.feed | typeof Q.explore | typeof Q.ads | typeof Q.ai | typeof Q.reach;
export const ASPECTS: readonly Aspect[] = [Q.feed, Q.explore, Q.ads, Q.ai, Q.reach];

/** Which rated aspect a catalogue cost takes away ("money" and "time" are handled separately). */
export const COST_ASPECT: Partial<Record<Cost, Aspect>> = {
	'feed-personalisation': Q.feed,
	'explore-reels': Q.explore,
	'ad-relevance': Q.ads,
	'ai-features': Q.ai,
	reach: Q.reach,
};

const ASPECT_TEXT: Record<Aspect, { noun: string; plural: boolean }> = {
	feed: { noun: 'a feed picked for you', plural: false },
	explore: { noun: 'suggestions in Explore and Reels', plural: true },
	ads: { noun: 'ads that match your interests', plural: true },
	ai: { noun: 'Meta AI features', plural: true },
	reach: { noun: 'the reach of your posts', plural: false },
};

/** Not valuing an aspect at all nudges items that protect the matching data (reach has no such data). */
const ASPECT_SOFT_PROTECTS: Partial<Record<Aspect, Protection>> = {
	feed: 'recommendation-profiling',
	explore: 'recommendation-profiling',
	ads: 'ad-profiling',
	ai: 'ai-chat-data',
};

const WORRY_POINTS: Record<EngineItem['certainty'], number> = { documented: 40, reported: 34, unclear: 24 };
const SOFT_POINTS: Record<EngineItem['certainty'], number> = { documented: 10, reported: 8, unclear: 6 };
const COST_PENALTY: Record<ValueLevel | 'unanswered', number> = {
	'a-lot': 50,
	'a-little': 20,
	'not-at-all': 0,
	unanswered: 20,
};
/** A score at or above this, with nothing capping it, makes an item recommended. */
export const RECOMMEND_AT = 30;
/** The objection form is the one formal right this site is about: when it fits, it goes first. */
const BIG_LEVER_BONUS = 20;
/** The reader answered a question about exactly this kind of option and said yes. */
const WILLING_TO_PAY_BONUS = 10;
/** A habit is ongoing effort with nothing to switch, so a one-off step of the same worth goes first. */
const HABIT_PENALTY = 10;
/** For steps that lose something for good (only counted when the item has a cost). */
const IRREVERSIBLE_PENALTY = 5;
/** For the "time" cost (for example ad breaks you cannot skip), which no question asks about. */
const TIME_COST_PENALTY = 5;

// ---------------------------------------------------------------------------------------------
// Answers

export interface ValidatedAnswers {
	/** Only known questions with known options, and no answers to follow-ups that are hidden. */
	answers: Answers;
	/** True when anything in the input was unknown, of the wrong type or a hidden follow-up. */
	dropped: boolean;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

function showIfPasses(question: QuestionSpec, answers: Answers): boolean {
	if (!question.showIf) return true;
	try {
		return question.showIf(answers) === true;
	} catch {
		return false;
	}
}

/**
 * Keeps only answers the quiz knows: known question ids, known option ids (multi answers
 * de-duplicated and put in the order the options are shown), and no answers to follow-up
 * questions that are hidden for these answers. Never throws, whatever it is given.
 */
export function validateAnswers(answers: unknown, questions: readonly QuestionSpec[] = QUESTION_SPECS): ValidatedAnswers {
	if (answers === undefined || answers === null) return { answers: {}, dropped: false };
	if (!isPlainObject(answers)) return { answers: {}, dropped: true };
	let dropped = false;
	const byId = new Map(questions.map((q) => [q.id, q]));
	const clean: Answers = {};
	for (const key of Object.keys(answers)) {
		if (!byId.has(key)) dropped = true;
	}
	for (const question of questions) {
		if (!Object.hasOwn(answers, question.id)) continue;
		const raw = answers[question.id];
		const optionIds = question.options.map((o) => o.id);
		if (question.kind === 'single') {
			if (typeof raw === 'string' && optionIds.includes(raw)) clean[question.id] = raw;
			else dropped = true;
		} else if (Array.isArray(raw)) {
			const picked = new Set<string>();
			for (const value of raw) {
				if (typeof value === 'string' && optionIds.includes(value) && !picked.has(value)) picked.add(value);
				else dropped = true;
			}
			clean[question.id] = optionIds.filter((id) => picked.has(id));
		} else {
			dropped = true;
		}
	}
	// Drop answers to follow-ups that are hidden; repeat in case one follow-up depends on another.
	for (let round = 0; round <= questions.length; round++) {
		const hidden = questions.filter((q) => Object.hasOwn(clean, q.id) && !showIfPasses(q, clean));
		if (hidden.length === 0) break;
		for (const q of hidden) delete clean[q.id];
		dropped = true;
	}
	return { answers: clean, dropped };
}

/**
 * The questions to show for the answers so far, in order (follow-ups only when they matter).
 * Returns items of the list it is given (the structure by default), so they can be compared by identity.
 */
export function visibleQuestions<T extends QuestionSpec>(answers: Answers, questions: readonly T[]): T[];
export function visibleQuestions(answers: Answers): QuestionSpec[];
export function visibleQuestions(answers: Answers, questions: readonly QuestionSpec[] = QUESTION_SPECS): QuestionSpec[] {
	return questions.filter((q) => showIfPasses(q, answers));
}

function single<T extends string>(answers: Answers, id: string, allowed: readonly T[]): T | null {
	const value = answers[id];
	return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

interface Reader {
	region: Region | null;
	age: Age | null;
	account: 'personal' | 'creator' | 'business' | null;
	worries: Worry[];
	values: Record<Aspect, ValueLevel | null>;
	willingToPay: boolean;
	payAnswer: 'yes' | 'no' | null;
}

function readAnswers(answers: Answers): Reader {
	const worriesRaw = answers[Q.worries];
	const worries = Array.isArray(worriesRaw) ? WORRIES.filter((w) => worriesRaw.includes(w)) : [];
	const values = {} as Record<Aspect, ValueLevel | null>;
	for (const aspect of ASPECTS) values[aspect] = single(answers, aspect, VALUE_LEVELS);
	const payAnswer = single(answers, Q.pay, ['yes', 'no'] as const);
	return {
		region: single(answers, Q.region, ALL_REGIONS),
		age: single(answers, Q.age, ALL_AGES),
		account: single(answers, Q.account, ['personal', 'creator', 'business'] as const),
		worries,
		values,
		payAnswer,
		willingToPay: payAnswer === 'yes',
	};
}

/**
 * Whether a catalogue item exists for this reader. With no region (or age) answered, only items
 * offered in every region (or to every age) count, so the plan never shows something out of reach.
 */
export function isAvailable(item: EngineItem, region: Region | null, age: Age | null): boolean {
	const regionOk = region ? item.regions.includes(region) : ALL_REGIONS.every((r) => item.regions.includes(r));
	const ageOk = age ? item.ages.includes(age) : ALL_AGES.every((a) => item.ages.includes(a));
	return regionOk && ageOk;
}

// ---------------------------------------------------------------------------------------------
// Wording helpers

function joinAnd(parts: string[]): string {
	if (parts.length <= 1) return parts[0] ?? '';
	return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function isPlural(aspects: Aspect[]): boolean {
	return aspects.length > 1 || aspects.some((a) => ASPECT_TEXT[a].plural);
}

function aspectsClause(aspects: Aspect[], tail: string): string {
	return `${joinAnd(aspects.map((a) => ASPECT_TEXT[a].noun))} ${isPlural(aspects) ? 'matter' : 'matters'} ${tail}`;
}

function aspectsDoNotMatter(aspects: Aspect[]): string {
	return `${joinAnd(aspects.map((a) => ASPECT_TEXT[a].noun))} ${isPlural(aspects) ? 'do' : 'does'} not matter to you`;
}

function worriesClause(worries: Worry[]): string {
	return `${joinAnd(worries.map((w) => WORRY_NOUN[w]))} ${worries.length > 1 ? 'worry' : 'worries'} you`;
}

// ---------------------------------------------------------------------------------------------
// Scoring

type Placement = 'plan' | 'notForYou' | 'omit';

interface Scored {
	item: EngineItem;
	placement: Placement;
	score: number;
	/** True when the item may not be recommended (only considered). */
	capped: boolean;
	reason: string;
}

function unique<T>(values: T[]): T[] {
	return [...new Set(values)];
}

function scoreItem(item: EngineItem, reader: Reader): Scored {
	const certainty = item.certainty;
	const matchedWorries = reader.worries.filter((w) => item.protects.includes(WORRY_PROTECTION[w]));
	const softAspects = ASPECTS.filter((a) => {
		const protection = ASPECT_SOFT_PROTECTS[a];
		return reader.values[a] === 'not-at-all' && protection !== undefined && item.protects.includes(protection);
	});
	const costAspects = unique(item.costs.map((c) => COST_ASPECT[c]).filter((a): a is Aspect => a !== undefined));
	const freeCosts = costAspects.filter((a) => reader.values[a] === 'not-at-all');
	const littleCosts = costAspects.filter((a) => reader.values[a] === 'a-little');
	const lotCosts = costAspects.filter((a) => reader.values[a] === 'a-lot');
	const unansweredCosts = costAspects.filter((a) => reader.values[a] === null);

	// The first matching worry counts in full, each further one half, so broad items do not swamp the plan.
	const worryBenefit =
		matchedWorries.length === 0 ? 0 : Math.round(WORRY_POINTS[certainty] * (1 + (matchedWorries.length - 1) / 2));
	// The nudge counts once per item, however many aspects point to it: it is a tie-breaker, not a worry.
	const benefit = worryBenefit + (softAspects.length > 0 ? SOFT_POINTS[certainty] : 0);
	const penalty = costAspects.reduce((sum, a) => sum + COST_PENALTY[reader.values[a] ?? 'unanswered'], 0);
	const adjustment =
		(item.id === OBJECTION_FORM_ID ? BIG_LEVER_BONUS : 0) +
		(item.paid && reader.willingToPay ? WILLING_TO_PAY_BONUS : 0) -
		(item.kind === 'habit' ? HABIT_PENALTY : 0) -
		Math.round(Math.min(item.effortMinutes, 60) / 6) -
		(item.reversible || item.costs.length === 0 ? 0 : IRREVERSIBLE_PENALTY) -
		(item.costs.includes('time') ? TIME_COST_PENALTY : 0);
	const score = benefit - penalty + adjustment;

	const limitedRegion = !ALL_REGIONS.every((r) => item.regions.includes(r));
	const teenOnly = item.ages.length === 1 && item.ages[0] === 'teen';
	const professionalOnly = PROFESSIONAL_ITEMS.has(item.id);
	const professionalReader = reader.account === 'creator' || reader.account === 'business';

	// Items that do nothing for this reader are left out: they are not "not for you", just not relevant.
	if (benefit === 0) return { item, placement: 'omit', score, capped: true, reason: '' };

	// Paid items are offered only to readers who said they would pay.
	if (item.paid && !reader.willingToPay) {
		const reason =
			reader.payAnswer === 'no'
				? 'Because you said you would not pay for Instagram, and this is a paid subscription.'
				: 'Because you did not say you would pay, and this is a paid subscription.';
		return { item, placement: 'notForYou', score, capped: true, reason };
	}

	// A cost the reader values a lot always wins: they told us it matters more than anything else.
	if (lotCosts.length > 0 || benefit <= penalty) {
		const clauses: string[] = [];
		if (lotCosts.length > 0) clauses.push(`you said ${aspectsClause(lotCosts, 'a lot to you')}`);
		if (littleCosts.length > 0) clauses.push(`you said ${aspectsClause(littleCosts, 'a little to you')}`);
		if (unansweredCosts.length > 0)
			clauses.push(`you did not say how much ${aspectsClause(unansweredCosts, 'to you')}`);
		let reason = `Because ${joinAnd(clauses)}, this would cost you more than it gives you.`;
		if (matchedWorries.length > 0) {
			reason += ` It does help with ${joinAnd(matchedWorries.map((w) => WORRY_NOUN[w]))}, so it is here in case you change your mind.`;
		}
		return { item, placement: 'notForYou', score, capped: true, reason };
	}

	const clauses: string[] = [];
	if (matchedWorries.length > 0) clauses.push(worriesClause(matchedWorries));
	// Say which answers made a cost harmless; mention the nudge only when no worry explains the item.
	const notMatter = unique([...(matchedWorries.length > 0 ? [] : softAspects), ...freeCosts]).sort(
		(a, b) => ASPECTS.indexOf(a) - ASPECTS.indexOf(b),
	);
	if (notMatter.length > 0) clauses.push(aspectsDoNotMatter(notMatter));
	if (item.paid) clauses.push('you would pay to use Instagram without ads');
	if (professionalOnly && professionalReader) clauses.push(`you have a ${reader.account} account`);
	if (teenOnly) clauses.push('you are under 18');
	if (limitedRegion && reader.region) clauses.push(`you live in ${regionInSentence[reader.region]}`);
	let reason = `Because you said ${joinAnd(clauses)}.`;

	if (littleCosts.length > 0) {
		reason += ` The trade-off: it affects ${joinAnd(littleCosts.map((a) => ASPECT_TEXT[a].noun))}, which you said ${isPlural(littleCosts) ? 'matter' : 'matters'} a little to you.`;
	}
	if (unansweredCosts.length > 0) {
		reason += ` ${littleCosts.length > 0 ? 'It also affects' : 'The trade-off: it affects'} ${joinAnd(unansweredCosts.map((a) => ASPECT_TEXT[a].noun))}, and you did not say how much that matters to you.`;
	}
	let capped = false;
	if (certainty === 'unclear') {
		capped = true;
		reason += ' Sources disagree about what it does, so treat it as a maybe.';
	}
	if (professionalOnly && !professionalReader) {
		capped = true;
		reason += ' It was reported mainly for creator and business accounts, so it may not apply to you.';
	}
	return { item, placement: 'plan', score, capped, reason };
}

function toPlanItem(scored: Scored): PlanItem {
	return {
		settingId: scored.item.id,
		score: scored.score,
		costs: [...scored.item.costs],
		protects: [...scored.item.protects],
		reason: scored.reason,
	};
}

/** Highest score first; then quicker; then by id, so the order never depends on input order. */
function compareScored(a: Scored, b: Scored): number {
	if (b.score !== a.score) return b.score - a.score;
	if (a.item.effortMinutes !== b.item.effortMinutes) return a.item.effortMinutes - b.item.effortMinutes;
	return a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Notices

function regionList(regions: readonly Region[]): string {
	return joinAnd(ALL_REGIONS.filter((r) => regions.includes(r)).map((r) => regionInSentence[r]));
}

function buildNotices(
	reader: Reader,
	catalogue: EngineItem[],
	available: Scored[],
	plan: Omit<Plan, 'notices'>,
): string[] {
	const notices: string[] = [];
	if (!reader.region) {
		notices.push(
			'You did not say where you live, so this plan leaves out choices that exist only in some countries, such as the form to object to AI training.',
		);
	}
	if (!reader.age) {
		notices.push(
			'You did not say how old you are, so this plan leaves out choices that are only for adults or only for teens.',
		);
	}

	const form = catalogue.find((item) => item.id === OBJECTION_FORM_ID);
	const formRegions = form ? form.regions : DEFAULT_FORM_REGIONS;
	const formAges: readonly Age[] = form ? form.ages : ['adult'];
	const inPlan = [plan.doFirst, ...plan.recommended, ...plan.consider].filter((p): p is PlanItem => p !== null);
	// What exists instead of the form: anything available to this reader that protects against AI
	// training (paid items aside), in plan order first, then the rest in catalogue-score order.
	const planOrder = [...inPlan, ...plan.notForYou].map((p) => p.settingId);
	const rank = (s: Scored) => {
		const index = planOrder.indexOf(s.item.id);
		return index === -1 ? planOrder.length : index;
	};
	const alternatives = available
		.filter((s) => s.item.id !== OBJECTION_FORM_ID && !s.item.paid && s.item.protects.includes('ai-training'))
		.map((s, order) => ({ s, order }))
		.sort((a, b) => rank(a.s) - rank(b.s) || a.order - b.order)
		.map(({ s }) => s.item.name);
	const alternativesSentence = alternatives.length > 0 ? ` What you can do instead: ${joinAnd(alternatives)}.` : '';

	if (reader.region && !formRegions.includes(reader.region)) {
		notices.push(
			`As far as we could find, there is no form where you live to object to Meta using your posts to train its AI. Meta offers that form only to people in ${regionList(formRegions)}.${alternativesSentence}`,
		);
		if (reader.region === 'brazil') {
			notices.push(
				'In Brazil, news reports in 2024 said Meta agreed to tell users about its AI training and let them reject the use of their data, after the data protection authority (ANPD) stepped in. We found no current form for Brazil documented anywhere, so none is in your plan.',
			);
		}
		if (reader.region === 'australia') {
			notices.push(
				'The Age reported in 2024 that Meta told an Australian Senate inquiry that adults in Australia cannot opt out of AI training, apart from keeping their posts non-public.',
			);
		}
	} else if (reader.region && reader.age && !formAges.includes(reader.age)) {
		notices.push(
			`The form to object to AI training is for adults, so it is not in your plan. Meta has said it trains its AI on public content shared by adults.${alternativesSentence}`,
		);
	}
	if (inPlan.some((p) => p.settingId === OBJECTION_FORM_ID)) {
		notices.push(
			'Objecting covers future use only. It does not take your posts out of AI models Meta has already trained, and it does not change your feed or your ads.',
		);
	}
	if (
		reader.worries.includes('ai-chats') &&
		reader.region &&
		!NO_AI_CHAT_PERSONALIZATION_REGIONS.includes(reader.region)
	) {
		notices.push(
			'Since December 2025, Meta uses what people say to Meta AI to personalize content and ads in many countries outside the EU and UK. News reports say the only way to avoid this is not to use Meta AI.',
		);
	}

	const planEmpty = inPlan.length === 0;
	if (planEmpty) {
		if (available.length === 0) {
			notices.push(
				'Your plan is empty because we have no settings on file that apply to your answers about where you live and your age.',
			);
		} else if (reader.worries.length === 0 && plan.notForYou.length === 0) {
			notices.push(
				'Your plan is empty because you did not pick anything that worries you, and nothing else you said calls for a change. Pick a worry to see the settings that help with it.',
			);
		} else if (plan.notForYou.length > 0) {
			notices.push(
				'Your plan is empty because every setting that could help would cost you something you said you value, or money. They are listed under "Not for you", each with the reason, so you can still decide for yourself.',
			);
		} else {
			notices.push(
				'Your plan is empty because none of the settings we know about for your country and age help with the worries you picked.',
			);
		}
	} else if (plan.doFirst === null) {
		notices.push(
			'Nothing stands out as a clear first step for you, so everything in your plan is a maybe. Read the reasons and decide what fits you.',
		);
	}
	return notices;
}

// ---------------------------------------------------------------------------------------------
// The plan

/**
 * Builds the reader's plan. Answers are cleaned with validateAnswers first, so unknown or
 * hidden answers never change the result. Items not available in the reader's region or to their
 * age never appear in any group. doFirst is not repeated in recommended.
 */
export function buildPlan(answers: Answers, catalogue: EngineItem[]): Plan {
	const clean = validateAnswers(answers).answers;
	const reader = readAnswers(clean);
	const available = catalogue
		.filter((item) => isAvailable(item, reader.region, reader.age))
		.map((item) => scoreItem(item, reader))
		.sort(compareScored);

	const recommended: Scored[] = [];
	const consider: Scored[] = [];
	const notForYou: Scored[] = [];
	for (const scored of available) {
		if (scored.placement === 'notForYou') notForYou.push(scored);
		else if (scored.placement === 'plan') {
			if (!scored.capped && scored.score >= RECOMMEND_AT) recommended.push(scored);
			else consider.push(scored);
		}
	}
	const [first, ...rest] = recommended;
	const plan = {
		doFirst: first ? toPlanItem(first) : null,
		recommended: rest.map(toPlanItem),
		consider: consider.map(toPlanItem),
		notForYou: notForYou.map(toPlanItem),
	};
	return { ...plan, notices: buildNotices(reader, catalogue, available, plan) };
}

/** Every item of a plan that the reader is asked to act on: doFirst, recommended, then consider. */
export function planItems(plan: Plan): PlanItem[] {
	return [plan.doFirst, ...plan.recommended, ...plan.consider].filter((p): p is PlanItem => p !== null);
}
