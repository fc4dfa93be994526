/**
 * The plan's sentences in English. A translation copies this file (templates/<lang>.ts), keeps
 * every key and the {placeholders}, and translates the words; it is typed QuizTemplateSet, so a
 * missing key is a type error, and tests/unit/quiz/words.test.ts names any missing placeholder.
 * Plural sentences give every category Intl.PluralRules has for the language (one/other in
 * English and German; one/many/other in French, Spanish, Italian and Portuguese). Only pages and
 * tests import it: the page passes it to the island as a prop, so no sentence ships as JavaScript.
 * Placeholders: {worries}, {aspects}, {items}, {regions} are lists (joined by Intl.ListFormat);
 * {region} a region; {count} a number; {date} a month and year. A sentence given as
 * { one, other } is chosen by Intl.PluralRules on the number of things in its list (or {count}).
 * Every claim about Meta here rests on the research notes named in rules.ts and regional-facts.ts.
 */
import { regionInSentence } from '../../../translations/en/vocabulary';
import type { QuizTemplates } from '../render';

/** The regional facts' sentences by fact id (regional-facts.ts): every language has every one. */
const facts = {
	'australia-no-opt-out':
		'In September 2024 Meta told an Australian Senate inquiry that adults in Australia cannot opt out of AI training on their public posts, other than by making them non-public. We found nothing since then that changes this.',
	'chats-used-for-ads':
		'News reports say that since 16 December 2025 Meta uses what people say to Meta AI to choose content and ads in many countries (the EU, the UK, South Korea and Switzerland were reported as left out), and that no setting stops it other than not using Meta AI.',
	'eu-chats':
		"Meta's EU notice of {date} says that what you share with Meta AI is used to improve its AI unless you have objected. Its EU privacy policy does not list your chats with Meta AI among the information used to choose your ads or your feed.",
	'eu-teens':
		"Meta's EU privacy policy ({date}) says it does not use the public posts of under-18s to train its AI, but it does use their chats with Meta AI.",
	'uk-teens':
		'When Meta restarted AI training in the UK in {date}, it said it would use the public content of adults. We found no Meta text on whether the chats of under-18s with Meta AI are used in the UK.',
	'australia-teens':
		'Since 10 December 2025 people under 16 in Australia may not have social media accounts. In 2024 Meta said accounts of under-18s are left out of its AI training, but that public photos of children posted by adults are used.',
	'brazil-teens':
		"Brazil's ECA Digital law, in force since March 2026, requires accounts of under-16s to be linked to a parent or guardian and bans ads based on profiling for minors.",
	'teens-unknown':
		"We found no statement from Meta on what it leaves out of AI training for under-18s where you live. In the EU, Meta says it leaves out teens' public posts but not their chats with Meta AI.",
	'parent-view':
		"Parents can supervise a teen's account through Instagram's Family Center, and teens under 16 need a parent's permission to loosen Teen Account settings. Since April 2026, Family Center's Insights shows the topics your teen discussed with Meta AI over the last seven days, not the messages themselves.",
};

export type FactId = keyof typeof facts;

/** One language's plan sentences, with every regional fact. */
export type QuizTemplateSet = QuizTemplates & { facts: Record<FactId, string> };

export const QUIZ_TEMPLATES_EN: QuizTemplateSet = {
	locale: 'en-GB',
	worries: {
		'ai-posts': 'AI training on your posts and photos',
		'ai-chats': 'Meta using your chats with Meta AI for training or ads',
		'ad-profiling': 'being profiled for ads',
		tracking: 'tracking from other sites and apps',
		'public-posts': 'strangers or search engines seeing your posts',
		'my-data': 'not knowing what Meta keeps about you',
	},
	// Each reads as one thing ("... matters"), so the plural rule only counts how many there are.
	aspects: {
		feed: 'a feed picked for you',
		explore: 'what Explore and Reels pick for you',
		ads: 'how well ads match your interests',
		ai: 'using Meta AI',
		reach: 'the reach of your posts',
	},
	regions: regionInSentence,
	reasons: {
		worries: { one: 'Because you said {worries} worries you.', other: 'Because you said {worries} worry you.' },
		'formal-right':
			'It is the formal objection Meta offers in {region}: the one step that asks Meta not to use your information for its AI.',
		automatic: 'Instagram turns these on for every account under 18: there is nothing to switch on, just keep them.',
		folded: 'The same advice, put another way: {items}.',
		'trade-off': {
			one: 'The trade-off: it affects {aspects}, which you said matters a little to you.',
			other: 'The trade-off: it affects {aspects}, which you said matter a little to you.',
		},
		'unanswered-cost': 'It also affects {aspects}, and you did not say how much that matters to you.',
		'free-cost': {
			one: 'It affects {aspects}, which you said does not matter to you.',
			other: 'It affects {aspects}, which you said do not matter to you.',
		},
		pays: 'You said you would consider paying to use Instagram without ads, and this is that subscription.',
		unclear: 'Sources disagree about what it does, so treat it as a maybe.',
		'not-professional': 'It was reported mainly for creator and business accounts, so it may not apply to you.',
		'ruled-out-cost': {
			one: 'You said {aspects} matters a lot to you, and this would cost you that.',
			other: 'You said {aspects} matter a lot to you, and this would cost you those.',
		},
		'ruled-out-paid': 'You did not say you would pay, and this is a paid subscription.',
		'ruled-out-paid-no': 'You said you would not pay, and this is a paid subscription.',
		'worth-knowing': 'Nothing needs changing for what you told us. If you ever want to see what Meta keeps about you, this is where.',
	},
	notices: {
		'no-region':
			'You did not say where you live, so this plan leaves out choices that exist only in some countries, such as the form to object to AI training.',
		'no-age': 'You did not say how old you are, so this plan leaves out choices that are only for adults or only for teens.',
		'no-form':
			'As far as we could find, there is no form where you live to object to Meta using your posts to train its AI. Meta offers one only to people in {regions}. {instead}',
		'no-form-instead': { one: 'What your plan offers instead: {items}.', other: 'What your plan offers instead: {items}.' },
		'no-form-reach':
			'As far as we could find, there is no form where you live to object to Meta using your posts to train its AI: Meta offers one only to people in {regions}. The one way we found to keep your posts out is to make them non-public, so that people who do not follow you no longer see them. You said reach matters a lot to you, so that step is under "Probably not for you". The choice is yours.',
		'form-future-only':
			"Objecting covers future use only. As users have quoted Meta's confirmation, it does not take your posts out of AI models Meta has already trained, and it does not change your feed or your ads.",
		'already-objected':
			"You said you already objected, so the form is not in your plan. As users have quoted Meta's confirmation, an objection covers future use and the other accounts in the same Accounts Center (reported). An account that is not linked there may need its own objection (reported).",
		'undo-undocumented':
			'You said you want to undo your objection. We found no Meta page, up to August 2026, that explains how to withdraw an objection or whether you can send one again afterwards, so we cannot point you to a way. The form is not in your plan.',
	},
	facts,
	certainty: { documented: '', reported: 'Reported:', unclear: '' },
	summary: {
		plan: {
			one: '1 step for you. Tick it off when it is done.',
			other: '{count} steps for you, most useful first. Tick each one off as you go.',
		},
		'no-worries':
			'You did not pick anything that worries you, so your settings are fine for what you value. One thing worth knowing is below.',
		'nothing-available': 'We have no settings on file that apply to where you live and your age.',
		'all-ruled-out':
			'Every step that could help would cost you something you said matters a lot to you, or money. They are under "Probably not for you", each with the reason, so you can still decide.',
		'nothing-helps': 'None of the settings we know about for your country and age help with the worries you picked.',
	},
};
