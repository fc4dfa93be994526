/**
 * Turns the plan's codes into sentences, at the edge, from one language's templates (plain data the
 * page passes to the island: src/lib/quiz/templates/en.ts is the English set, and a translation copies
 * that file). Lists go through Intl.ListFormat and counts through Intl.PluralRules, in the
 * templates' locale, so no English grammar is spelled here.
 */
import type { Certainty, Region } from '../vocabulary';
import type { Aspect } from './answers';
import type { Worry } from './questions';
import type { NoticeCode, PlanNotice, PlanSummary, Reason, ReasonCode } from './types';

/** A sentence, or one sentence per plural category (Intl.PluralRules) with "other" required. */
export type Plural = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

export interface QuizTemplates {
	/** BCP 47 locale for Intl (for example "en-GB", "de", "pt-BR"). */
	locale: string;
	/** Worries as noun phrases ("AI training on your posts and photos"). */
	worries: Record<Worry, string>;
	/** Rated aspects as noun phrases ("a feed picked for you"). */
	aspects: Record<Aspect, string>;
	/**
	 * Regions as they read inside this language's sentences ("the EU/EEA" after "in"). Each language
	 * chooses the form its own "formal-right" and "no-form" sentences need (German after "für", French
	 * after "pour"), so these are the quiz's own and not the site's general region names.
	 */
	regions: Record<Region, string>;
	/** Reason templates. {worries}, {aspects}, {items}, {region} are lists or names; plurals pick by their count. */
	reasons: Record<ReasonCode, Plural> & { 'ruled-out-paid-no': string };
	/** Notice templates; "no-form" takes {regions} and {instead} (the "no-form-instead" sentence, or ""). */
	notices: Record<Exclude<NoticeCode, 'fact'>, string> & { 'no-form-instead': Plural };
	/** Regional fact templates by fact id (regional-facts.ts); {date} is the fact's date. */
	facts: Record<string, string>;
	/** How a fact's certainty is flagged in front of it ("Reported:"), "" for none. */
	certainty: Record<Certainty, string>;
	/** The line under the plan's heading, by summary; "plan" takes {count}. */
	summary: Record<PlanSummary, Plural>;
}

type Params = Record<string, string | number>;

// Formatters are costly to build and a plan renders many sentences: one of each per locale.
const plurals = new Map<string, Intl.PluralRules>();
const lists = new Map<string, Intl.ListFormat>();

/** The sentence for `count` from a Plural, by Intl.PluralRules in `locale` ("other" when a category is missing). */
export function pickPlural(template: Plural, count: number, locale: string): string {
	if (typeof template === 'string') return template;
	let rules = plurals.get(locale);
	if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
	const rule = rules.select(count);
	return template[rule] ?? template.other;
}

export function fillTemplate(template: string, params: Params): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

export function list(values: readonly string[], locale: string): string {
	let format = lists.get(locale);
	if (!format) lists.set(locale, (format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })));
	return format.format(values);
}

/** "July 2026" from "2026-07-23" or "2026-07", in the templates' locale. */
export function monthYear(iso: string, locale: string): string {
	const [y, m] = iso.split('-').map(Number);
	if (!y || !m) return iso;
	return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 15));
}

/** One reason as a sentence. `name` gives a setting's name by id (names arrive with the catalogue). */
export function renderReason(reason: Reason, t: QuizTemplates, name: (id: string) => string): string {
	const { locale } = t;
	const worries = (reason.worries ?? []).map((w) => t.worries[w as Worry] ?? w);
	const aspects = (reason.aspects ?? []).map((a) => t.aspects[a as Aspect] ?? a);
	const items = (reason.items ?? []).map(name);
	const count = worries.length || aspects.length || items.length || 1;
	const template = reason.code === 'ruled-out-paid' && reason.said === 'no' ? t.reasons['ruled-out-paid-no'] : t.reasons[reason.code];
	return fillTemplate(pickPlural(template, count, locale), {
		worries: list(worries, locale),
		aspects: list(aspects, locale),
		items: list(items, locale),
		region: reason.region ? t.regions[reason.region] : '',
	});
}

/** One notice as a sentence. */
export function renderNotice(notice: PlanNotice, t: QuizTemplates, name: (id: string) => string): string {
	const { locale } = t;
	if (notice.code === 'fact') {
		const text = fillTemplate(t.facts[notice.fact ?? ''] ?? '', { date: notice.asOf ? monthYear(notice.asOf, locale) : '' });
		const flag = notice.certainty ? t.certainty[notice.certainty] : '';
		return flag ? `${flag} ${text}` : text;
	}
	const items = (notice.items ?? []).map(name);
	const instead =
		items.length > 0 ? fillTemplate(pickPlural(t.notices['no-form-instead'], items.length, locale), { items: list(items, locale) }) : '';
	return fillTemplate(t.notices[notice.code], {
		regions: list(
			(notice.regions ?? []).map((r) => t.regions[r]),
			locale,
		),
		instead,
	}).trim();
}

export function renderSummary(summary: PlanSummary, count: number, t: QuizTemplates): string {
	return fillTemplate(pickPlural(t.summary[summary], count, t.locale), { count });
}
