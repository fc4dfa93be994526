/** La ricerca in italiano (tu); stesse chiavi di src/translations/en/search.ts. «{nome}» è uno spazio che riempie il codice. */
import type { SearchText } from '../en/search';

export const searchText: SearchText = {
	trigger: {
		label: 'Cerca',
		shortcut: 'Ctrl K',
	},
	dialog: {
		title: 'Cerca in questa guida',
		close: 'Chiudi',
		allResults: 'Apri la pagina di ricerca, con i filtri',
	},
	input: {
		label: 'Parole o una domanda',
		hint: 'Chiedi come chiederesti a una persona, per esempio: posso ritirare la mia opposizione?',
	},
	list: {
		label: 'Risultati della ricerca',
		more: 'Mostra altri risultati',
	},
	page: {
		title: 'Cerca',
		description: 'Cerca nella guida, nelle domande e risposte, nelle impostazioni e nei consigli. Filtra per tipo di pagina o per regione.',
		noScript:
			'La ricerca ha bisogno di JavaScript, che in questo browser è disattivato. Tutto il resto è a un tocco di distanza: {faq} e {guide}.',
		faqLink: 'tutte le domande e risposte',
		guideLink: 'la guida',
		filters: 'Filtri: tipo di pagina, regione',
		type: 'Tipo di pagina',
		allTypes: 'Tutti i tipi',
		region: 'Regione',
		allRegions: 'Tutte le regioni',
		regionHint: 'Con una regione vedi solo le pagine con fatti specifici di quel luogo.',
		browse: 'Preferisci sfogliare? Guarda {faq} o {guide}.',
		browseGuideLink: 'leggi la guida',
	},
	results: {
		whereItApplies: 'Dove vale: {regions}',
		everywhere: 'Ovunque',
		notStated: 'non indicato',
		resultOne: '1 risultato',
		resultMany: '{count} risultati',
		found: '{counted} per «{q}»{where}.',
		none: 'Nessun risultato per «{q}»{where}.',
		partial: 'Nessuna pagina contiene tutte queste parole. {counted} con alcune di esse per «{q}»{where}.',
		scopeType: 'tipo {label}',
		scopeRegion: 'regione {label}',
		tryOther: 'Prova con meno parole o con parole diverse, oppure guarda {faq}.',
		couldNotLoad: 'Non è stato possibile caricare la ricerca. Puoi comunque sfogliare {faq}.',
		untilThen: '{message}. Nel frattempo, guarda {faq}.',
		faqLink: 'tutte le domande e risposte',
	},
};
