/**
 * English words for the site's vocabulary (src/lib/vocabulary.ts). One record per list, typed by the
 * list's ids, so a missing or extra label is a type error. Other languages get a file like this one.
 */
import type { Age, Certainty, ChangeKind, ContentType, Cost, FaqTopic, Protection, Region, SettingKind } from '../../lib/vocabulary';

/** Short region names, for badges, filters and tables. */
export const regionLabels: Record<Region, string> = {
	'eu-eea': 'EU/EEA',
	uk: 'UK',
	switzerland: 'Switzerland',
	us: 'United States',
	brazil: 'Brazil',
	australia: 'Australia',
	elsewhere: 'Elsewhere',
};

/** Region names as they read inside a sentence ("you live in the EU/EEA"). */
export const regionInSentence: Record<Region, string> = {
	'eu-eea': 'the EU/EEA',
	uk: 'the UK',
	switzerland: 'Switzerland',
	us: 'the United States',
	brazil: 'Brazil',
	australia: 'Australia',
	elsewhere: 'a country not listed here',
};

/** Region names in full, for a reader choosing where they live. */
export const regionLongNames: Record<Region, string> = {
	'eu-eea': 'European Union, Iceland, Liechtenstein or Norway',
	uk: 'United Kingdom',
	switzerland: 'Switzerland',
	us: 'United States',
	brazil: 'Brazil',
	australia: 'Australia',
	elsewhere: 'Somewhere else',
};

export const ageLabels: Record<Age, string> = {
	teen: 'Teens (13 to 17)',
	adult: 'Adults (18 and over)',
};

export const protectionLabels: Record<Protection, string> = {
	'ai-training': 'Future AI training on your posts',
	'ai-chat-data': 'What you tell Meta AI',
	'ad-profiling': 'Ads picked from your activity',
	'off-meta-activity': 'Activity other sites and apps share with Meta',
	'recommendation-profiling': 'Feed and Reels picked from your activity',
	'public-exposure': 'Who can see your posts',
	'your-information': 'Knowing what Meta holds about you',
};

export const costLabels: Record<Cost, string> = {
	'feed-personalisation': 'A feed picked for you',
	'explore-reels': 'Suggestions in Explore and Reels',
	'ad-relevance': 'Ads that match your interests',
	'ai-features': 'Meta AI features',
	reach: 'Reach of your posts',
	money: 'Money (a monthly fee)',
	time: 'Some of your time',
};

export const certaintyLabels: Record<Certainty, string> = {
	documented: 'Documented by Meta',
	reported: 'Reported, not confirmed by Meta',
	unclear: 'Unclear: sources disagree',
};

export const kindLabels: Record<SettingKind, string> = {
	setting: 'A setting',
	form: 'A form',
	habit: 'A habit',
};

export const faqTopicLabels: Record<FaqTopic, string> = {
	basics: 'The basics',
	objecting: 'Objecting to AI training',
	regions: 'Where you live',
	'your-data': 'Which data is used',
	'meta-ai': 'Meta AI in the app',
	personalisation: 'Feed, ads and personalisation',
	family: 'Teens, children and other people',
	myths: 'Myths',
};

/** The search type filter's labels. */
export const contentTypeLabels: Record<ContentType, string> = {
	guide: 'Guide',
	faq: 'FAQ',
	setting: 'Setting',
	tip: 'Tips',
	quiz: 'Quiz',
	about: 'About',
};

/** Who made a change in the change log (/changes/). */
export const changeKindLabels: Record<ChangeKind, string> = {
	meta: 'A move by Meta',
	court: 'A court',
	regulator: 'A regulator',
	law: 'Lawmakers',
};

/** How sure a change-log entry is. Not "Documented by Meta": many entries rest on a regulator's or court's text. */
export const changeCertaintyLabels: Record<Certainty, string> = {
	documented: 'Confirmed by a primary source',
	reported: 'Reported: press or guides only',
	unclear: 'Unclear: sources disagree',
};
