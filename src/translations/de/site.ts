/**
 * German interface words for the page frame and the pages themselves; keys and function parameters
 * as in src/translations/en/site.ts. Key terms follow content/translations/de/GLOSSARY.md (du, „…“;
 * the site is „dieser Ratgeber“, its /guide/ pages are „der Leitfaden“).
 */
import type { UiText } from '../en';
import { inRegion, languageName } from './grammar';

export const siteText: UiText['site'] = {
	name: 'Ratgeber Meta-KI-Opt-out',
	shareImageAlt: 'Ratgeber Meta-KI-Opt-out: was Instagram für KI nutzt und welche Einstellungen das begrenzen',
	skipLink: 'Zum Hauptinhalt springen',
	feedTitle: 'Was sich geändert hat: Meta AI und deine Instagram-Daten',
	nav: {
		mainLabel: 'Hauptmenü',
		footerLabel: 'Fußzeile',
		guide: 'Leitfaden',
		quiz: 'Quiz',
		settings: 'Einstellungen',
		faq: 'Fragen',
		tips: 'Tipps',
		changes: 'Änderungen',
		sources: 'Quellen',
		about: 'Über uns und Datenschutz',
		translations: 'Übersetzungen',
	},
	footer: {
		independent:
			'Ein unabhängiger Ratgeber, nicht von Meta oder Instagram gemacht. Diese Website nutzt keine Analyse-Tools, setzt keine Cookies und lädt nichts von anderen Websites.',
	},
	/** "Die neuesten Belege auf dieser Website stammen von Ende August 2026 …": `month` e.g. "August 2026". */
	evidence: {
		part: {
			early: (month: string) => `Anfang ${month}`,
			mid: (month: string) => `Mitte ${month}`,
			late: (month: string) => `Ende ${month}`,
		},
		sentence: (when: string) =>
			`Die neuesten Belege auf dieser Website stammen von ${when}. Was Meta danach geändert hat, ist hier nicht berücksichtigt.`,
		newestDated: 'Die neueste datierte Quelle ist vom',
		howWeCheck: 'Wie wir prüfen',
		checkedUpTo: 'Mit den Quellen abgeglichen bis zum',
		menusChange: 'Meta ändert seine Menüs oft, deshalb zeigt jede Seite ihr eigenes Datum.',
	},
	language: {
		/** The switcher's label, always followed by the list of languages in their own names. */
		label: 'Sprache',
		/** A page whose text is not translated yet: the notice at its top (in the page's language). */
		missing: (language: string) =>
			`Diese Seite ist noch nicht auf ${languageName(language)} übersetzt, deshalb siehst du sie auf Englisch.`,
		outdated: 'Die englische Seite hat sich geändert, seit diese Übersetzung entstanden ist. Vielleicht fehlen hier die neuesten Fakten.',
		readEnglish: 'Die englische Seite lesen',
		menuLabels:
			'Die Menünamen von Instagram stehen hier auf Englisch, so wie unsere Quellen sie zeigen, mit der deutschen Übersetzung in Klammern. Deine App zeigt sie vielleicht auf Deutsch.',
		/** Shown on English pages to a reader whose browser asks for German first. */
		suggest: 'Diese Seite auf Deutsch lesen',
	},
	translations: {
		title: 'Übersetzungen: was aktuell ist',
		description:
			'Welche Seiten dieses Ratgebers in welche Sprache übersetzt sind und welche Übersetzungen hinter der englischen Fassung zurückliegen.',
		lede: 'Jede Seite wird zuerst auf Englisch geschrieben. Eine Übersetzung hält fest, aus welcher Version der englischen Seite sie entstanden ist; wenn sich die englische Seite ändert, weist die übersetzte Seite darauf hin, bis die Übersetzung aktualisiert ist.',
		current: 'Aktuell',
		outdated: 'Hinter der englischen Fassung',
		missing: 'Noch nicht übersetzt',
		allCurrent: 'Jede Seite ist übersetzt und entspricht der englischen Fassung.',
		collections: {
			guide: 'Leitfaden',
			faq: 'Fragen und Antworten',
			pages: 'Andere Seiten',
			tips: 'Tipps',
			settings: 'Einstellungen',
			regions: 'Regionen',
			changes: 'Änderungen',
		},
		interfaceNote: 'Menüs, Schaltflächen und Beschriftungen werden getrennt übersetzt und sind in jeder Sprache vollständig.',
	},
	dates: {
		lastChecked: 'Zuletzt mit den Quellen abgeglichen:',
		newestSource: 'Neueste Quelle:',
		noneDated: 'Keine der Quellen hat ein Datum.',
		whatThisMeans: 'Was das bedeutet',
		undated: 'ohne Datum',
	},
	sources: {
		heading: 'Quellen',
		primary: 'Primärquelle.',
		secondary: 'Sekundärquelle (berichtet).',
		reprints: 'Nachdrucke oder Berichte:',
		readVia: 'Gelesen über eine',
		storedCopy: 'gespeicherte Kopie',
		pageTitle: 'Quellen',
		pageDescription:
			'Alle Quellen, auf die sich dieser Ratgeber stützt: Metas eigene Seiten, Aufsichtsbehörden, Gerichte und die Presse, mit Datum.',
		pageLede: (count: number) => `Jede Seite dieses Ratgebers nennt ihre Quellen. Hier stehen sie alle an einem Ort: insgesamt ${count}.`,
		kindsExplained: {
			primaryName: 'Primärquellen',
			primaryText: 'sind Metas eigene Seiten, Aufsichtsbehörden, Gerichte und das Gesetz.',
			secondaryName: 'Sekundärquellen',
			secondaryText:
				'sind Nachrichtenberichte und Anleitungen; dieser Ratgeber sagt „berichtet“, wenn er sich auf eine davon stützt. Wo die Originalseite nicht direkt gelesen werden konnte, verlinkt der Eintrag die gespeicherte Kopie, die gelesen wurde.',
		},
		primaryHeading: (count: number) => `Primärquellen (${count})`,
		secondaryHeading: (count: number) => `Sekundärquellen (${count})`,
		titlesNote: 'Quellen behalten ihre eigenen Titel, in der Sprache, in der sie veröffentlicht wurden.',
	},
	regionBadges: {
		appliesTo: 'Gilt für',
		everywhere: 'Überall',
		regionSpecific: 'Fakten in diesem Abschnitt, die von der Region abhängen',
		availableIn: 'Verfügbar in',
		for: 'Für',
	},
	aside: {
		note: 'Hinweis',
		uncertain: 'Was nicht bekannt ist',
		region: 'Hängt davon ab, wo du lebst',
	},
	toc: 'Auf dieser Seite',
	prevNext: { label: 'Vorheriger und nächster Abschnitt', previous: 'Zurück', next: 'Weiter' },
	home: {
		description:
			'Was Meta AI auf Instagram mit deinen Beiträgen macht, ob du dort, wo du lebst, widersprechen kannst, und welche Einstellungen du ändern solltest. Einfach erklärt, mit Quellen, ohne Tracking.',
	},
	guide: {
		title: 'Der Leitfaden',
		description:
			'Kurze Abschnitte darüber, was Meta AI auf Instagram mit deinen Daten macht, was ein Opt-out ändert und welche Nachteile es hat.',
		lede: (count: number) =>
			`${count} kurze Abschnitte und eine Zusammenfassung, jeweils etwa eine Minute. Lies sie der Reihe nach oder spring direkt zu dem, den du brauchst.`,
		checkedUpTo: 'Abschnitte geprüft bis zum',
		sectionOf: (position: number, total: number) => `Leitfaden, Abschnitt ${position} von ${total}`,
		conclusionLine: 'Leitfaden, Fazit',
		conclusionNav: 'Was du jetzt tun kannst',
		conclusionText: 'Die Kurzfassung: was du heute ändern solltest und was du im Blick behalten solltest.',
		toFaq: 'Fragen und Antworten',
	},
	faq: {
		description:
			'Einfache Antworten auf die Fragen, die Leute zu Meta AI auf Instagram stellen: Widerspruch, Direktnachrichten, Regionen, Jugendliche, Rückgängigmachen.',
		topics: 'Themen',
		moreInGuide: 'Mehr im Leitfaden:',
		all: 'Alle Fragen und Antworten',
		howToDoIt: (name: string) => `So geht’s: ${name}`,
		settingDetails: 'Was es schützt, welche Nachteile es hat, und die Quellen',
	},
	setting: {
		allSettings: 'Alle Einstellungen',
		howSure: (label: string) => `Wie sicher wir sind: ${label}.`,
		certaintyExplained: {
			documented: 'Metas eigene Seiten, Richtlinien oder Formulare sagen das.',
			reported:
				'Die Schritte oder wichtige Details stammen aus Nachrichtenberichten oder Anleitungen, nicht von Meta. Wo ein Text von Meta einen Teil bestätigt, sagt die Seite das.',
			unclear: 'Unsere Quellen widersprechen sich hier, also geh vorsichtig mit den Details um.',
		},
		howHeading: 'So geht’s',
		onWeb: 'Auf instagram.com',
		tradeOffHeading: 'Was es schützt und welche Nachteile es hat',
		protects: 'Schützt',
		protectsNothing: 'Keine deiner Daten. Es ändert, was dir gezeigt wird, nicht, was Meta sammelt oder nutzt.',
		costs: 'Nachteil für dich',
		time: 'Zeitaufwand',
		effort: (minutes: number) => `Etwa ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'}`,
		undo: 'Kannst du es rückgängig machen?',
		yes: 'Ja.',
		no: 'Nein.',
		detailsHeading: 'Was du wissen solltest',
		quizLine: 'Nicht sicher, ob sich das für dich lohnt?',
		quizLink: 'Das Quiz',
		quizLineEnd: 'wägt es gegen das ab, was dir wichtig ist.',
		nothingDocumented: 'Kein Nachteil dokumentiert',
		stepsBy: (publisher: string) => `Schritte, wie ${publisher} sie beschreibt.`,
		settingsDescription:
			'Jede Instagram-Einstellung, jedes Formular und jede Gewohnheit in diesem Ratgeber, geordnet nach dem, was sie schützen: wo es sie gibt, welche Nachteile sie für dich haben und wie sicher die Quellen sind.',
		wantQuiz: 'Lieber eine kurze Liste nur für dich?',
		takeQuiz: 'Zum Quiz',
		groupsHeading: 'Was es schützt',
		regionMostImportant: (region: string) => `Was ${inRegion(region)} am wichtigsten ist, mit den Schritten`,
	},
	tips: {
		title: (count: number) => (count === 6 ? 'Sechs Dinge, die du heute tun kannst' : `${count} Dinge, die du heute tun kannst`),
		description:
			'Sechs Dinge, die du heute wegen Meta AI und deiner Instagram-Daten tun kannst, das Wichtigste zuerst, jedes mit einem Link zu seinen Schritten.',
		lede: 'Das Wichtigste zuerst. Jedes führt zu seinen Schritten.',
		howTo: (name: string) => `So geht’s: ${name}`,
	},
	regions: {
		description:
			'Wähle, wo du lebst, um zu sehen, was du dort wegen Meta AI auf Instagram tun kannst, mit den Schritten und Metas eigenen Links.',
		inLanguage: (language: string) => `auf ${languageName(language)}`,
	},
	changes: {
		title: 'Was sich geändert hat, und wann',
		description:
			'Eine datierte Übersicht über Metas Schritte bei KI und Daten und über die Gerichtsurteile und Stellungnahmen von Aufsichtsbehörden dazu, das Neueste zuerst, jeweils mit Quellen.',
		lede: 'Was Meta bei KI und deinen Daten geändert hat und was Gerichte, Aufsichtsbehörden und Gesetzgeber dazu getan haben, ab März 2024. Das Neueste zuerst. Jeder Eintrag nennt seine Quellen und verlinkt die Seiten dieses Ratgebers, die er verändert hat.',
		howFar: 'Wie weit das reicht:',
		reportedMeans:
			'„Wie … berichtet“ heißt: Nur die Presse oder eine Anleitung sagt das; Meta, eine Aufsichtsbehörde oder ein Gericht hat es in den Quellen, die wir gefunden haben, nicht bestätigt. Wo eine Quelle nur den Monat nennt, tun wir das auch.',
		feedBefore: 'Verfolge diese Liste in einem Feedreader:',
		feedLink: 'Atom-Feed der Änderungen',
		feedLanguage: ' (auf Englisch)',
		feedAfter: (count: number) => `Die Liste hat ${count} ${count === 1 ? 'Eintrag' : 'Einträge'}, zuletzt geprüft am`,
		yearsLabel: 'Jahre',
		whereUnsaid: 'Die Quellen sagen nicht, wo.',
		whereApplies: 'Wo das gilt',
		pagesChanged: 'Seiten, die das verändert hat:',
		sources: 'Quellen:',
		affected: {
			guide: (title: string) => `Leitfaden: ${title}`,
			faq: (question: string) => `Frage: ${question}`,
			setting: (name: string) => `Einstellung: ${name}`,
		},
		lastChecked: 'Zuletzt mit den Quellen abgeglichen:',
		linkToEntry: 'Link zu diesem Eintrag',
	},
	notFound: {
		title: 'Seite nicht gefunden',
		description: 'Diese Seite gibt es nicht. Hier geht es in den Ratgeber.',
		text: 'Unter dieser Adresse gibt es keine Seite. Vielleicht wurde sie verschoben, oder der Link enthält einen Tippfehler.',
		start: 'Startseite',
	},
};
