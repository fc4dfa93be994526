/**
 * Builds the reader's plan from their answers and the catalogue, by the tables in rules.ts.
 * Pure: the same answers and catalogue always give the same plan, with codes rather than words.
 */
import { readAnswers, validateAnswers, type Aspect, type Reader } from './answers';
import { buildNotices } from './notices';
import {
	CERTAINTY_RANK,
	COST_ASPECT,
	FOLD_KINDS,
	LEVERS,
	LIMITS,
	PROFESSIONAL_ITEMS,
	WORRY_PROTECTION,
	WORTH_KNOWING,
	isAutomatic,
	isAvailable,
	isObjectionForm,
	type LeverRule,
} from './rules';
import type { Answers, EngineItem, Plan, PlanItem, Protection, Reason } from './types';
import type { Worry } from './questions';

interface Candidate {
	item: EngineItem;
	/** The reader's worries this item protects. */
	worries: Worry[];
	/** What it protects that the reader worries about. */
	relevant: Protection[];
	priority: number;
	lever: boolean;
}

function costAspects(item: EngineItem): Aspect[] {
	return [...new Set(item.costs.map((c) => COST_ASPECT[c]).filter((a): a is Aspect => a !== undefined))];
}

function ruleApplies(rule: LeverRule, reader: Reader, item: EngineItem): boolean {
	if (rule.who && (reader.who === null || !rule.who.includes(reader.who))) return false;
	if (rule.regions && (reader.region === null || !rule.regions.includes(reader.region))) return false;
	if (rule.kind && item.kind !== rule.kind) return false;
	return reader.worries.includes(rule.worry) && item.protects.includes(rule.protects);
}

/** What an item costs this reader: the rated aspects they value at all (or did not rate), plus money or time. */
function felt(item: EngineItem, reader: Reader | null): number {
	const aspects = costAspects(item).filter((a) => reader === null || reader.values[a] !== 'not-at-all');
	return aspects.length + item.costs.filter((c) => c === 'money' || c === 'time').length;
}

/**
 * Higher priority, then more of the reader's worries, better sourced, one-off before habit, cheaper
 * for this reader, protecting more, quicker, then by id: never by input order.
 */
function compareCandidates(a: Candidate, b: Candidate, reader: Reader | null = null): number {
	return (
		b.priority - a.priority ||
		b.worries.length - a.worries.length ||
		CERTAINTY_RANK[a.item.certainty] - CERTAINTY_RANK[b.item.certainty] ||
		Number(a.item.kind === 'habit') - Number(b.item.kind === 'habit') ||
		felt(a.item, reader) - felt(b.item, reader) ||
		b.item.protects.length - a.item.protects.length ||
		a.item.effortMinutes - b.item.effortMinutes ||
		(a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0)
	);
}

function ruledOut(item: EngineItem, reader: Reader): Reason | null {
	if (isAutomatic(item)) return null;
	if (item.paid && reader.payAnswer !== 'yes') {
		return { code: 'ruled-out-paid', said: reader.payAnswer === 'no' ? 'no' : 'unanswered' };
	}
	const lot = costAspects(item).filter((a) => reader.values[a] === 'a-lot');
	return lot.length > 0 ? { code: 'ruled-out-cost', aspects: lot } : null;
}

function reasonsFor(c: Candidate, reader: Reader, folded: string[]): Reason[] {
	const { item } = c;
	const reasons: Reason[] = [];
	if (isAutomatic(item)) reasons.push({ code: 'automatic' });
	if (c.worries.length > 0) reasons.push({ code: 'worries', worries: c.worries });
	if (isObjectionForm(item) && reader.region) reasons.push({ code: 'formal-right', region: reader.region });
	if (folded.length > 0) reasons.push({ code: 'folded', items: folded });
	if (item.paid) reasons.push({ code: 'pays' });
	const aspects = costAspects(item);
	const little = aspects.filter((a) => reader.values[a] === 'a-little');
	const unanswered = aspects.filter((a) => reader.values[a] === null);
	const free = aspects.filter((a) => reader.values[a] === 'not-at-all');
	if (little.length > 0) reasons.push({ code: 'trade-off', aspects: little });
	if (unanswered.length > 0) reasons.push({ code: 'unanswered-cost', aspects: unanswered });
	if (free.length > 0) reasons.push({ code: 'free-cost', aspects: free });
	if (item.certainty === 'unclear') reasons.push({ code: 'unclear' });
	if (PROFESSIONAL_ITEMS.includes(item.id) && reader.account !== 'creator' && reader.account !== 'business') {
		reasons.push({ code: 'not-professional' });
	}
	return reasons;
}

function toPlanItem(c: Candidate, reasons: Reason[], folded: string[]): PlanItem {
	return { settingId: c.item.id, reasons, costs: [...c.item.costs], protects: [...c.item.protects], folded };
}

/** Whether `small` adds nothing for this reader that `big` does not already give. */
function foldsInto(small: Candidate, big: Candidate, reader: Reader): boolean {
	if (small === big || small.relevant.some((p) => !big.relevant.includes(p))) return false;
	// A teen's item that Teen Account protections already cover is part of them (C23).
	if (isAutomatic(big.item) && reader.age === 'teen') return !isAutomatic(small.item);
	return FOLD_KINDS.includes(small.item.kind) && small.item.kind === big.item.kind && compareCandidates(big, small, reader) < 0;
}

/**
 * Builds the reader's plan. Answers are cleaned with validateAnswers first, so unknown or hidden
 * answers never change the result. Items not available in the reader's region or to their age never
 * appear in any group; no item appears twice.
 */
export function buildPlan(answers: Answers, catalogue: readonly EngineItem[]): Plan {
	const reader = readAnswers(validateAnswers(answers).answers);
	const available = catalogue.filter((item) => isAvailable(item, reader.region, reader.age));
	const worried = new Set(reader.worries.map((w) => WORRY_PROTECTION[w]));

	const empty = { doFirst: null, recommended: [], consider: [], notForYou: [], more: 0 };
	if (available.length === 0) return finish({ summary: 'nothing-available', ...empty }, reader, catalogue, []);

	if (reader.worries.length === 0) {
		// A short, friendly answer: nothing to change, and the one thing worth knowing.
		const worth = available
			.filter((i) => i.protects.includes(WORTH_KNOWING) && i.kind === 'setting' && !i.paid)
			.map((item): Candidate => ({ item, worries: [], relevant: [], priority: 0, lever: false }))
			.sort(compareCandidates)
			.slice(0, 1)
			.map((c) => toPlanItem(c, [{ code: 'worth-knowing' }], []));
		return finish({ summary: 'no-worries', ...empty, consider: worth }, reader, catalogue, []);
	}

	const candidates: Candidate[] = [];
	for (const item of available) {
		// Relevant: it protects something the reader worries about, or a lever rule names it for one
		// of their worries (in the EU the objection form also answers the chats worry, E2).
		const rules = LEVERS.filter((rule) => ruleApplies(rule, reader, item));
		const relevant = [...new Set([...item.protects.filter((p) => worried.has(p)), ...rules.map((r) => WORRY_PROTECTION[r.worry])])];
		if (relevant.length === 0) continue;
		// Someone who already objected, or wants to undo it, is not asked to object again.
		if (isObjectionForm(item) && (reader.objected === 'already' || reader.objected === 'undo')) continue;
		const worries = reader.worries.filter((w) => item.protects.includes(WORRY_PROTECTION[w]) || rules.some((r) => r.worry === w));
		const priority = Math.max(0, ...rules.map((r) => r.priority));
		candidates.push({ item, worries, relevant, priority, lever: rules.length > 0 });
	}
	candidates.sort((a, b) => compareCandidates(a, b, reader));

	const kept: Candidate[] = [];
	const out: { c: Candidate; reason: Reason }[] = [];
	for (const c of candidates) {
		const reason = ruledOut(c.item, reader);
		if (reason) out.push({ c, reason });
		else kept.push(c);
	}

	// Fold duplicates into the item they repeat (the better-ranked one, or Teen Account protections).
	const folded = new Map<Candidate, string[]>();
	const foldedAway = new Set<Candidate>();
	for (const c of [...kept, ...out.map((o) => o.c)]) {
		// Something ruled out stays "not for you" (with its reason) unless an automatic item covers it.
		const isOut = !kept.includes(c);
		const host = kept.find((k) => !foldedAway.has(k) && (!isOut || isAutomatic(k.item)) && foldsInto(c, k, reader));
		if (!host) continue;
		foldedAway.add(c);
		folded.set(host, [...(folded.get(host) ?? []), c.item.id]);
	}
	const active = kept.filter((c) => !foldedAway.has(c));
	const planItem = (c: Candidate) => {
		const f = folded.get(c) ?? [];
		return toPlanItem(c, reasonsFor(c, reader, f), f);
	};

	// An item may go first or be recommended when it is well sourced and meant for this reader.
	const firm = (c: Candidate) =>
		c.item.certainty !== 'unclear' &&
		!(PROFESSIONAL_ITEMS.includes(c.item.id) && reader.account !== 'creator' && reader.account !== 'business');
	const firstCandidate = active.find((c) => firm(c) && !isAutomatic(c.item) && c.lever) ?? null;
	const rest = active.filter((c) => c !== firstCandidate);
	const recommended = rest.filter(firm).slice(0, LIMITS.recommended);
	const consider = rest.filter((c) => !recommended.includes(c)).slice(0, LIMITS.consider);
	const more = rest.length - recommended.length - consider.length;

	const plan = {
		summary: active.length === 0 ? (out.length > 0 ? 'all-ruled-out' : 'nothing-helps') : 'plan',
		doFirst: firstCandidate ? planItem(firstCandidate) : null,
		recommended: recommended.map(planItem),
		consider: consider.map(planItem),
		notForYou: out
			.filter(({ c }) => !foldedAway.has(c))
			.map(({ c, reason }) => toPlanItem(c, [reason, ...(c.worries.length ? [{ code: 'worries' as const, worries: c.worries }] : [])], [])),
		more,
	} satisfies Omit<Plan, 'notices'>;
	return finish(
		plan,
		reader,
		catalogue,
		out.map((o) => o.c.item),
	);
}

function finish(plan: Omit<Plan, 'notices'>, reader: Reader, catalogue: readonly EngineItem[], ruledOutItems: EngineItem[]): Plan {
	return { ...plan, notices: buildNotices(reader, plan, catalogue, ruledOutItems) };
}

/** Every item of a plan that the reader is asked to act on: doFirst, recommended, then consider. */
export function planItems(plan: Plan): PlanItem[] {
	return [plan.doFirst, ...plan.recommended, ...plan.consider].filter((p): p is PlanItem => p !== null);
}

export { formRegions, isAvailable, isObjectionForm } from './rules';
export { ASPECTS } from './answers';
