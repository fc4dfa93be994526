/** Suche auf Deutsch (du); Schlüssel wie in src/translations/en/search.ts. "{name}" ist eine Lücke, die der Code füllt. */
import type { SearchText } from '../en/search';

export const searchText: SearchText = {
	trigger: {
		label: 'Suche',
		shortcut: 'Strg K',
	},
	dialog: {
		title: 'Diese Anleitung durchsuchen',
		close: 'Schließen',
		allResults: 'Zur Suchseite, mit Filtern',
	},
	input: {
		label: 'Wörter oder eine Frage',
		hint: 'Frag so, wie du einen Menschen fragen würdest, zum Beispiel: Kann ich meinen Widerspruch zurücknehmen?',
	},
	list: {
		label: 'Suchergebnisse',
		more: 'Weitere Ergebnisse zeigen',
	},
	page: {
		title: 'Suche',
		description:
			'Durchsuche die Anleitung, die Fragen und Antworten, die Einstellungen und die Tipps. Filtere nach Art der Seite oder nach Region.',
		noScript:
			'Die Suche braucht JavaScript, und das ist in diesem Browser ausgeschaltet. Alles andere ist trotzdem nur einen Tipp entfernt: {faq} und {guide}.',
		faqLink: 'alle Fragen und Antworten',
		guideLink: 'die Anleitung',
		filters: 'Filter: Art der Seite, Region',
		type: 'Art der Seite',
		allTypes: 'Alle Arten',
		region: 'Region',
		allRegions: 'Alle Regionen',
		regionHint: 'Mit einer Region siehst du nur Seiten mit Fakten, die speziell für diesen Ort gelten.',
		browse: 'Lieber selbst stöbern? Sieh dir {faq} an oder {guide}.',
		browseGuideLink: 'lies die Anleitung',
	},
	results: {
		whereItApplies: 'Wo es gilt: {regions}',
		everywhere: 'Überall',
		notStated: 'nicht angegeben',
		resultOne: '1 Ergebnis',
		resultMany: '{count} Ergebnisse',
		found: '{counted} für „{q}“{where}.',
		none: 'Keine Ergebnisse für „{q}“{where}.',
		partial: 'Keine Seite enthält alle diese Wörter. {counted} mit einigen davon für „{q}“{where}.',
		scopeType: 'Art {label}',
		scopeRegion: 'Region {label}',
		tryOther: 'Versuch es mit weniger oder anderen Wörtern, oder sieh dir {faq} an.',
		couldNotLoad: 'Die Suche konnte nicht geladen werden. Du kannst trotzdem {faq} durchsehen.',
		untilThen: '{message}. Bis dahin: {faq}.',
		faqLink: 'alle Fragen und Antworten',
	},
};
