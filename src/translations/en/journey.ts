/**
 * English interface words for the journey pages and components (home, region pages, steps, the
 * objection helper, settings lists, FAQ list, About). Kept in one object so a translation is one
 * more file with the same keys; region-page text itself is content (content/regions/).
 */
export const journeyText = {
	/** How each region reads on the "Where do you live?" links: a name, and a short hint where one helps. */
	regionChoice: {
		'eu-eea': { name: 'European Union', hint: 'or Iceland, Liechtenstein, Norway' },
		uk: { name: 'United Kingdom' },
		switzerland: { name: 'Switzerland' },
		us: { name: 'United States' },
		brazil: { name: 'Brazil' },
		australia: { name: 'Australia' },
		elsewhere: { name: 'Somewhere else', hint: 'any other country' },
	} as Record<string, { name: string; hint?: string }>,
	home: {
		title: 'Meta AI and your Instagram: what you can change',
		lede: 'Meta trains its AI on public Instagram posts. Whether you can say no depends on where you live. Pick your region to see what you can do, with the steps.',
		whereHeading: 'Where do you live?',
		whereHint: 'One tap takes you to what you can do there, with the steps and Meta’s own links.',
		planHeading: 'Want a plan made for you?',
		planText: 'Answer a few questions. Your answers stay on your phone.',
		planLink: 'Make my plan',
		moreHeading: 'Or read first',
		guide: (count: number) => ({ link: 'Read the guide', text: `${count} short sections and a summary, about a minute each.` }),
		faq: (count: number) => ({ link: 'Find your question', text: `${count} questions, each answered in one line first.` }),
		settings: (count: number) => ({ link: 'Every setting', text: `${count} settings, forms and habits, grouped by what they protect.` }),
		tips: { link: 'Six things to do today', text: 'Each one links to its steps.' },
		privacyHeading: 'This site does not track you',
		privacyText: 'No analytics, no cookies, no ads, and nothing is loaded from other websites.',
		privacyLink: 'Who made this guide',
	},
	region: {
		canHeading: 'In short',
		actionsHeading: (count: number) => (count === 1 ? 'The one thing that matters most' : `The ${count} things that matter most`),
		notesHeading: 'What to know',
		planHeading: 'A plan for you',
		planText: 'The quiz weighs these steps against what you use Instagram for, and makes a short plan you can print.',
		planLink: 'Make my plan',
		faqHeading: 'Questions people here ask',
		authoritiesHeading: 'Who oversees this here',
		otherRegions: 'Live somewhere else?',
	},
	action: {
		metaLinks: 'Meta’s own page',
		metaLinksMany: 'Meta’s own pages',
		steps: 'Steps in the Instagram app',
		anotherWay: (label: string) => `Another way: ${label}`,
		protects: 'Protects',
		costs: 'Costs you',
		costsNothing: 'Nothing documented',
		protectsNothing: 'None of your data',
		checked: 'Checked against its sources',
		more: (name: string) => `Everything about “${name}”: how sure we are, how to undo it, sources`,
		/** Where a setting's steps come from: said the same way on every page that shows them. */
		stepsLine: (source: { publisher: string; date: string; primary: boolean } | undefined, habit: boolean) => {
			const device = ' Not checked on a phone: Meta renames menus, so your app may look different.';
			if (!source) return `No source we found gives the exact taps, so these steps only say where to look.${device}`;
			if (habit)
				return `This habit rests on ${source.primary ? 'what' : 'a report by'} ${source.publisher}${source.primary ? ' says' : ''} (${source.date}).`;
			return source.primary
				? `Steps based on ${source.publisher}'s own text (${source.date}).${device}`
				: `Steps as described by ${source.publisher}, ${source.date}. This is a guide or report, not Meta's own instructions.${device}`;
		},
		routeBy: (publisher: string, date: string) => `This route as described by ${publisher}, ${date}.`,
	},
	steps: {
		copy: 'Copy these steps',
		copied: 'Copied. Paste them into a note or a message.',
		selected: 'Selected. Use your phone’s Copy, or press Ctrl+C.',
	},
	external: {
		leaves: '(leaves this site)',
	},
	diagram: {
		caption: 'Diagram of where to tap, drawn for this guide. It is not a screenshot: your app may look different.',
		label: (steps: readonly string[]) => `Diagram of where to tap: ${steps.map((s, i) => `${i + 1}. ${s}`).join(' ')}`,
	},
	discussed: {
		heading: 'Discussed in',
		none: 'No guide section, question or tip links here yet.',
		kinds: { guide: 'Guide', faq: 'Question', tips: 'Tip' } as Record<string, string>,
	},
	settingsIndex: {
		title: 'All settings, by what they protect',
		lede: (count: number) => `${count} settings, forms and habits. Each has its own page with the steps, how to undo it, and the sources.`,
		filterHeading: 'Show only what exists where you live',
		all: 'Everywhere',
		regionTitle: (region: string) => `Settings in ${region}, by what they protect`,
		regionLede: (count: number, region: string) => `${count} settings, forms and habits that our sources say exist in ${region}.`,
		alsoProtects: 'Also protects',
		protectsNone: 'Changes what you see, not what Meta uses',
		where: 'Where',
		howSure: 'How sure',
		everywhere: 'Everywhere',
	},
	faqIndex: {
		title: 'Questions and answers',
		lede: (count: number) => `${count} questions people ask about Meta AI and Instagram. Tap a question to see its short answer.`,
		full: 'Full answer, steps and sources',
	},
	about: {
		heading: 'Who made this and how to reach us',
		who: 'This guide is an independent project. It is not made by, paid for or checked by Meta or Instagram. Its text and code are kept in the project’s repository, where each change is recorded with its reason.',
		report: 'Report a mistake',
		reportText:
			'Open an issue on the project’s repository. Please name the page and, if you can, a source that shows the correct fact. Nothing on this site sends data anywhere: reporting happens on the repository’s own site.',
		reportUnset:
			'Report mistakes on the project’s public repository. Please name the page and, if you can, a source that shows the correct fact.',
	},
	helper: {
		heading: 'Write your reason (optional)',
		opening: 'I object to Meta using my personal information to develop and improve AI at Meta.',
		choicesLegend: 'Which of these are true for you? Tick any, or none.',
		choices: [
			{
				id: 'creator',
				label: 'I am an artist, photographer or other creator',
				sentence: 'My posts are my own creative work, and I do not want them used to train AI that can imitate it.',
			},
			{
				id: 'children',
				label: 'My posts show my children or other family',
				sentence: 'My posts show my children and family, who cannot agree to this themselves.',
			},
			{
				id: 'private-life',
				label: 'My posts show my health, beliefs or private life',
				sentence: 'My posts include details of my private life that I did not share for this purpose.',
			},
			{
				id: 'no-ai',
				label: 'I do not want my data used for AI at all',
				sentence: 'I do not want any of my information used to develop or improve AI.',
			},
		],
		ownWords: 'Anything else, in your own words (optional)',
		result: 'Your reason, ready to paste. You can change it.',
		copy: 'Copy my reason',
		copied: 'Copied. Paste it into the reason box on Meta’s form.',
		selected: 'Selected. Use your phone’s Copy, or press Ctrl+C.',
		empty: 'Tick a line or write something first. Or leave the reason box on the form empty.',
		remember: 'Remember my choices on this device (kept only in this browser; untick to forget them)',
		then: 'Then open Meta’s form and paste it:',
		thenNoLink: 'Then paste it into the reason box on Meta’s form, following the steps above.',
		privacy: 'This helper runs only in your browser. It sends nothing, and stores nothing unless you tick “Remember”.',
		noScript: 'Sentences you can copy into the reason box, if they are true for you:',
		notes: {
			'eu-eea': [
				{
					text: 'You do not have to give a reason. In the 2025 campaign the reason box was optional, as reported by Evrim Ağacı.',
					cite: 'evrimagaci-2025-04-meta-ai-backlash-europe',
				},
				{
					text: 'Meta bases this training on its “legitimate interests”, its EU privacy policy says.',
					cite: 'meta-2026-07-instagram-privacy-policy-eu',
				},
				{
					text: 'Against that, GDPR Article 21 lets you object at any time, on grounds relating to your situation. Meta must then stop, unless it shows compelling legitimate grounds that override your interests, or needs the data for legal claims.',
					cite: 'eu-2016-04-gdpr-article-21',
				},
			],
			uk: [
				{
					text: 'You may not need a reason: we found no Meta text on whether the UK form requires one. Try leaving the box empty, and use this only if the form asks.',
					cite: undefined,
				},
				{
					text: 'Meta offered UK adults this form when it restarted AI training there in September 2024, as reported by Fast Company.',
					cite: 'fastcompany-2024-09-meta-uk-ai-training',
				},
				{
					text: 'Our sources do not include the UK’s own law text, so we cannot say what Meta must do with a UK objection beyond its promise to honour the forms.',
					cite: undefined,
				},
			],
			brazil: [
				{
					text: 'Brazilian guides describe a box “Diga-nos como esse processamento afeta você” (tell us how this processing affects you) and say one plain sentence is enough, as reported by Nanobits.',
					cite: 'nanobits-2025-12-brazil-objection-form',
				},
				{
					text: 'We found no Brazilian legal text on what Meta must do with an objection, and no source saying whether the box may be left empty.',
					cite: undefined,
				},
			],
		} as Record<string, { text: string; cite: string | undefined }[]>,
	},
	print: {
		printed: 'Printed from',
		on: 'on',
	},
} as const;
