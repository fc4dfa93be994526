/**
 * German interface words for the journey pages and components; keys and function parameters as in
 * src/translations/en/journey.ts. Key terms follow content/translations/de/GLOSSARY.md (du, „…“).
 */
import type { UiText } from '../en';
import { inRegion } from './grammar';

export const journeyText: UiText['journey'] = {
	/** How each region reads on the "Wo lebst du?" links: a name, and a short hint where one helps. */
	regionChoice: {
		'eu-eea': { name: 'Europäische Union', hint: 'oder Island, Liechtenstein, Norwegen' },
		uk: { name: 'Vereinigtes Königreich' },
		switzerland: { name: 'Schweiz' },
		us: { name: 'USA' },
		brazil: { name: 'Brasilien' },
		australia: { name: 'Australien' },
		elsewhere: { name: 'Anderswo', hint: 'jedes andere Land' },
	},
	home: {
		title: 'Meta AI und dein Instagram: was du ändern kannst',
		lede: 'Meta trainiert seine KI mit öffentlichen Instagram-Beiträgen. Ob du Nein sagen kannst, hängt davon ab, wo du lebst. Wähle deine Region, um zu sehen, was du tun kannst, mit den Schritten.',
		whereHeading: 'Wo lebst du?',
		whereHint: 'Ein Tippen bringt dich zu dem, was du dort tun kannst, mit den Schritten und Metas eigenen Links.',
		planHeading: 'Möchtest du einen Plan nur für dich?',
		planText: 'Beantworte ein paar Fragen. Deine Antworten bleiben auf deinem Handy.',
		planLink: 'Meinen Plan erstellen',
		moreHeading: 'Oder erst lesen',
		guide: (count: number) => ({
			link: 'Den Leitfaden lesen',
			text: `${count} kurze Abschnitte und eine Zusammenfassung, jeweils etwa eine Minute.`,
		}),
		faq: (count: number) => ({ link: 'Deine Frage finden', text: `${count} Fragen, jede zuerst in einer Zeile beantwortet.` }),
		settings: (count: number) => ({
			link: 'Alle Einstellungen',
			text: `${count} Einstellungen, Formulare und Gewohnheiten, geordnet nach dem, was sie schützen.`,
		}),
		tips: { link: 'Sechs Dinge für heute', text: 'Jedes führt zu seinen Schritten.' },
		privacyHeading: 'Diese Website verfolgt dich nicht',
		privacyText: 'Keine Analyse-Tools, keine Cookies, keine Werbung, und nichts wird von anderen Websites geladen.',
		privacyLink: 'Wer diesen Ratgeber gemacht hat',
	},
	region: {
		canHeading: 'Kurz gesagt',
		actionsHeading: (count: number) => (count === 1 ? 'Das Wichtigste' : `Die ${count} wichtigsten Dinge`),
		notesHeading: 'Was du wissen solltest',
		planHeading: 'Ein Plan für dich',
		planText:
			'Das Quiz wägt diese Schritte gegen das ab, wofür du Instagram nutzt, und erstellt einen kurzen Plan, den du ausdrucken kannst.',
		planLink: 'Meinen Plan erstellen',
		faqHeading: 'Fragen, die Leute hier stellen',
		authoritiesHeading: 'Wer hier die Aufsicht hat',
		otherRegions: 'Du lebst woanders?',
	},
	action: {
		metaLinks: 'Metas eigene Seite',
		metaLinksMany: 'Metas eigene Seiten',
		steps: 'Schritte in der Instagram-App',
		anotherWay: (label: string) => `Ein anderer Weg: ${label}`,
		protects: 'Schützt',
		costs: 'Nachteil für dich',
		costsNothing: 'Kein Nachteil dokumentiert',
		protectsNothing: 'Keine deiner Daten',
		checked: 'Mit den Quellen abgeglichen',
		more: (name: string) => `Alles über „${name}“: wie sicher wir sind, wie du es rückgängig machst, Quellen`,
		/** Where a setting's steps come from: said the same way on every page that shows them. */
		stepsLine: (source: { publisher: string; date: string; primary: boolean } | undefined, habit: boolean) => {
			const device = ' Nicht auf einem Handy geprüft: Meta benennt Menüs um, deshalb kann deine App anders aussehen.';
			if (!source)
				return `Keine Quelle, die wir gefunden haben, nennt die genauen Schritte, deshalb sagen diese Schritte nur, wo du suchen kannst.${device}`;
			if (habit)
				return source.primary
					? `Diese Gewohnheit beruht auf dem, was ${source.publisher} sagt (${source.date}).`
					: `Diese Gewohnheit beruht auf einem Bericht von ${source.publisher} (${source.date}).`;
			return source.primary
				? `Schritte nach dem eigenen Text von ${source.publisher} (${source.date}).${device}`
				: `Schritte, wie ${source.publisher} sie beschreibt, ${source.date}. Das stammt aus einer Anleitung oder einem Bericht, nicht aus Metas eigenen Anweisungen.${device}`;
		},
		routeBy: (publisher: string, date: string) => `Diesen Weg beschreibt ${publisher}, ${date}.`,
	},
	steps: {
		copy: 'Diese Schritte kopieren',
		copied: 'Kopiert. Füge sie in eine Notiz oder eine Nachricht ein.',
		selected: 'Markiert. Nutze „Kopieren“ auf deinem Handy oder drücke Strg+C.',
	},
	external: {
		leaves: '(verlässt diese Website)',
	},
	diagram: {
		caption: 'Skizze, wo du tippen musst, für diesen Ratgeber gezeichnet. Sie ist kein Screenshot: Deine App kann anders aussehen.',
		label: (steps: readonly string[]) => `Skizze, wo du tippen musst: ${steps.map((s, i) => `${i + 1}. ${s}`).join(' ')}`,
	},
	discussed: {
		heading: 'Erwähnt in',
		none: 'Bisher verweist kein Abschnitt des Leitfadens, keine Frage und kein Tipp hierher.',
		kinds: { guide: 'Leitfaden', faq: 'Frage', tips: 'Tipp' },
	},
	settingsIndex: {
		title: 'Alle Einstellungen, geordnet nach dem, was sie schützen',
		lede: (count: number) =>
			`${count} Einstellungen, Formulare und Gewohnheiten. Jede hat eine eigene Seite mit den Schritten, wie du sie rückgängig machst, und den Quellen.`,
		filterHeading: 'Nur zeigen, was es dort gibt, wo du lebst',
		all: 'Überall',
		regionTitle: (region: string) => `Einstellungen ${inRegion(region)}, geordnet nach dem, was sie schützen`,
		regionLede: (count: number, region: string) =>
			`${count} Einstellungen, Formulare und Gewohnheiten, die es laut unseren Quellen ${inRegion(region)} gibt.`,
		alsoProtects: 'Schützt auch',
		protectsNone: 'Ändert, was du siehst, nicht, was Meta nutzt',
		where: 'Wo',
		howSure: 'Wie sicher',
		everywhere: 'Überall',
	},
	faqIndex: {
		title: 'Fragen und Antworten',
		lede: (count: number) =>
			`${count} Fragen, die Leute zu Meta AI und Instagram stellen. Tippe auf eine Frage, um die kurze Antwort zu sehen.`,
		full: 'Ganze Antwort, Schritte und Quellen',
	},
	about: {
		heading: 'Wer das gemacht hat und wie du uns erreichst',
		who: 'Dieser Ratgeber ist ein unabhängiges Projekt. Er wird nicht von Meta oder Instagram gemacht, bezahlt oder geprüft. Text und Code liegen im Repository des Projekts, wo jede Änderung mit ihrem Grund festgehalten wird.',
		report: 'Einen Fehler melden',
		reportText:
			'Eröffne ein Issue im Repository des Projekts. Nenne bitte die Seite und, wenn du kannst, eine Quelle, die die richtige Tatsache zeigt. Nichts auf dieser Website sendet Daten irgendwohin: Die Meldung geschieht auf der Website des Repositorys selbst.',
		reportUnset:
			'Melde Fehler im öffentlichen Repository des Projekts. Nenne bitte die Seite und, wenn du kannst, eine Quelle, die die richtige Tatsache zeigt.',
	},
	helper: {
		heading: 'Schreib deine Begründung (freiwillig)',
		opening: 'Ich widerspreche der Nutzung meiner personenbezogenen Daten durch Meta zur Entwicklung und Verbesserung von KI bei Meta.',
		choicesLegend: 'Was davon trifft auf dich zu? Kreuze beliebig viele an, oder keine.',
		choices: [
			{
				id: 'creator',
				label: 'Ich bin kreativ tätig, zum Beispiel in Kunst oder Fotografie',
				sentence:
					'Meine Beiträge sind meine eigene kreative Arbeit, und ich möchte nicht, dass sie genutzt werden, um eine KI zu trainieren, die diese Arbeit nachahmen kann.',
			},
			{
				id: 'children',
				label: 'Meine Beiträge zeigen meine Kinder oder andere Familienmitglieder',
				sentence: 'Meine Beiträge zeigen meine Kinder und meine Familie, die dem nicht selbst zustimmen können.',
			},
			{
				id: 'private-life',
				label: 'Meine Beiträge zeigen meine Gesundheit, meine Überzeugungen oder mein Privatleben',
				sentence: 'Meine Beiträge enthalten Details aus meinem Privatleben, die ich nicht für diesen Zweck geteilt habe.',
			},
			{
				id: 'no-ai',
				label: 'Ich möchte überhaupt nicht, dass meine Daten für KI genutzt werden',
				sentence: 'Ich möchte nicht, dass meine Informationen in irgendeiner Form zur Entwicklung oder Verbesserung von KI genutzt werden.',
			},
		],
		ownWords: 'Sonst noch etwas, in deinen eigenen Worten (freiwillig)',
		result: 'Deine Begründung, fertig zum Einfügen. Du kannst sie ändern.',
		copy: 'Meine Begründung kopieren',
		copied: 'Kopiert. Füge sie in das Feld für die Begründung in Metas Formular ein.',
		selected: 'Markiert. Nutze „Kopieren“ auf deinem Handy oder drücke Strg+C.',
		empty: 'Kreuze zuerst eine Zeile an oder schreib etwas. Oder lass das Feld für die Begründung im Formular leer.',
		remember: 'Meine Auswahl auf diesem Gerät merken (nur in diesem Browser gespeichert; Haken entfernen, um sie zu vergessen)',
		then: 'Öffne dann Metas Formular und füge sie ein:',
		thenNoLink: 'Füge sie dann in das Feld für die Begründung in Metas Formular ein, wie in den Schritten oben beschrieben.',
		privacy:
			'Diese Hilfe läuft nur in deinem Browser. Sie sendet nichts und speichert nichts, außer du setzt den Haken bei „Meine Auswahl … merken“.',
		noScript: 'Sätze, die du in das Feld für die Begründung kopieren kannst, wenn sie auf dich zutreffen:',
		notes: {
			'eu-eea': [
				{
					text: 'Du musst keinen Grund angeben. Bei der Kampagne 2025 war das Feld für die Begründung freiwillig, wie Evrim Ağacı berichtet.',
					cite: 'evrimagaci-2025-04-meta-ai-backlash-europe',
				},
				{
					text: 'Meta stützt dieses Training auf seine „berechtigten Interessen“, wie es in seiner EU-Datenschutzrichtlinie heißt.',
					cite: 'meta-2026-07-instagram-privacy-policy-eu',
				},
				{
					text: 'Dagegen kannst du nach Artikel 21 DSGVO jederzeit widersprechen, aus Gründen, die sich aus deiner Situation ergeben. Meta muss dann aufhören, es sei denn, Meta weist zwingende berechtigte Gründe nach, die deine Interessen überwiegen, oder braucht die Daten für Rechtsansprüche.',
					cite: 'eu-2016-04-gdpr-article-21',
				},
			],
			uk: [
				{
					text: 'Vielleicht brauchst du keinen Grund: Wir haben keinen Text von Meta gefunden, der sagt, ob das Formular im Vereinigten Königreich einen verlangt. Versuch, das Feld leer zu lassen, und nutze dies nur, wenn das Formular danach fragt.',
					cite: undefined,
				},
				{
					text: 'Meta hat Erwachsenen im Vereinigten Königreich dieses Formular angeboten, als es dort im September 2024 das KI-Training wieder aufnahm, wie Fast Company berichtet.',
					cite: 'fastcompany-2024-09-meta-uk-ai-training',
				},
				{
					text: 'Unsere Quellen enthalten nicht den Gesetzestext des Vereinigten Königreichs selbst. Deshalb können wir nicht sagen, was Meta mit einem Widerspruch aus dem Vereinigten Königreich tun muss, über sein Versprechen hinaus, die Formulare zu respektieren.',
					cite: undefined,
				},
			],
			brazil: [
				{
					text: 'Brasilianische Anleitungen beschreiben ein Feld „Diga-nos como esse processamento afeta você“ (Sag uns, wie diese Verarbeitung dich betrifft) und sagen, dass ein einfacher Satz genügt, wie Nanobits berichtet.',
					cite: 'nanobits-2025-12-brazil-objection-form',
				},
				{
					text: 'Wir haben keinen brasilianischen Gesetzestext dazu gefunden, was Meta mit einem Widerspruch tun muss, und keine Quelle, die sagt, ob das Feld leer bleiben darf.',
					cite: undefined,
				},
			],
		},
	},
	print: {
		printed: 'Ausgedruckt aus:',
		on: 'am',
	},
};
