/**
 * Italian interface words for the page frame and the pages themselves (tu); keys and function
 * parameters as in src/translations/en/site.ts. Key terms follow content/translations/it/GLOSSARY.md.
 */
import type { UiText } from '../en';
import { nel, languageNames } from './grammar';

export const siteText: UiText['site'] = {
	name: 'Guida all’opt-out di Meta AI',
	shareImageAlt: 'Guida all’opt-out di Meta AI: cosa usa Instagram per l’IA, e le impostazioni che lo limitano',
	skipLink: 'Vai al contenuto principale',
	feedTitle: 'Cosa è cambiato: Meta AI e i tuoi dati di Instagram',
	nav: {
		mainLabel: 'Principale',
		footerLabel: 'Piè di pagina',
		guide: 'Guida',
		quiz: 'Quiz',
		settings: 'Impostazioni',
		faq: 'Domande',
		tips: 'Consigli',
		changes: 'Cosa è cambiato',
		sources: 'Fonti',
		about: 'Chi siamo e privacy',
		translations: 'Traduzioni',
	},
	footer: {
		independent:
			'Una guida indipendente, non realizzata da Meta né da Instagram. Questo sito non usa statistiche sulle visite, non imposta cookie e non carica nulla da altri siti.',
	},
	/** "Le informazioni più recenti … risalgono a fine agosto 2026 …": `month` e.g. "agosto 2026". */
	evidence: {
		part: {
			early: (month: string) => `inizio ${month}`,
			mid: (month: string) => `metà ${month}`,
			late: (month: string) => `fine ${month}`,
		},
		sentence: (when: string) =>
			`Le informazioni più recenti su cui si basa questo sito risalgono a ${when}. Ciò che Meta ha cambiato dopo non è trattato qui.`,
		newestDated: 'La fonte datata più recente:',
		howWeCheck: 'Come verifichiamo',
		checkedUpTo: 'Ultima verifica con le fonti:',
		menusChange: 'Meta cambia spesso i suoi menu, per questo ogni pagina mostra la propria data.',
	},
	language: {
		label: 'Lingua',
		missing: (language: string) =>
			`Questa pagina non è ancora tradotta in ${languageNames[language] ?? language}, quindi è mostrata in inglese.`,
		outdated: 'La pagina in inglese è cambiata dopo questa traduzione. Potrebbe non contenere i fatti più recenti.',
		readEnglish: 'Leggi la pagina in inglese',
		menuLabels:
			'I nomi dei menu di Instagram sono in inglese, come li mostrano le nostre fonti, con la traduzione tra parentesi. La tua app potrebbe mostrarli in italiano.',
		/** Shown on English pages to a reader whose browser asks for Italian first; written in Italian. */
		suggest: 'Leggi questa pagina in italiano',
	},
	translations: {
		title: 'Traduzioni: cosa è aggiornato',
		description:
			'Quali pagine di questa guida sono tradotte in ogni lingua, e quali traduzioni sono rimaste indietro rispetto all’inglese.',
		lede: 'Ogni pagina viene scritta prima in inglese. Una traduzione registra da quale versione della pagina inglese è stata fatta; quando l’inglese cambia, la pagina tradotta lo segnala finché la traduzione non viene aggiornata.',
		current: 'Aggiornata',
		outdated: 'Indietro rispetto all’inglese',
		missing: 'Non ancora tradotta',
		allCurrent: 'Tutte le pagine sono tradotte e corrispondono all’inglese.',
		collections: {
			guide: 'Guida',
			faq: 'Domande e risposte',
			pages: 'Altre pagine',
			tips: 'Consigli',
			settings: 'Impostazioni',
			regions: 'Regioni',
			changes: 'Cosa è cambiato',
		},
		interfaceNote: 'Menu, pulsanti ed etichette sono tradotti a parte e sono completi in ogni lingua.',
	},
	dates: {
		lastChecked: 'Ultima verifica con le fonti:',
		newestSource: 'Fonte più recente:',
		noneDated: 'Nessuna delle sue fonti è datata.',
		whatThisMeans: 'Cosa significa',
		undated: 'senza data',
	},
	sources: {
		heading: 'Fonti',
		primary: 'Fonte primaria.',
		secondary: 'Fonte secondaria (riportato).',
		reprints: 'Ripubblicazioni o articoli:',
		readVia: 'Letta tramite una',
		storedCopy: 'copia archiviata',
		pageTitle: 'Fonti',
		pageDescription:
			'Tutte le fonti su cui si basa questa guida: le pagine di Meta, le autorità di controllo, i tribunali e la stampa, con le date.',
		pageLede: (count: number) => `Ogni pagina di questa guida elenca le sue fonti. Qui ci sono tutte insieme: ${count} in totale.`,
		kindsExplained: {
			primaryName: 'Fonti primarie',
			primaryText: 'sono le pagine di Meta, le autorità di controllo, i tribunali e la legge.',
			secondaryName: 'Fonti secondarie',
			secondaryText:
				'sono articoli di stampa e guide; la guida dice «riportato» o «come riportato da» quando si basa su una di queste. Dove non è stato possibile leggere direttamente la pagina originale, la voce rimanda alla copia archiviata che è stata letta.',
		},
		primaryHeading: (count: number) => `Fonti primarie (${count})`,
		secondaryHeading: (count: number) => `Fonti secondarie (${count})`,
		titlesNote: 'Le fonti mantengono i loro titoli, nella lingua in cui sono state pubblicate.',
	},
	regionBadges: {
		appliesTo: 'Vale per',
		everywhere: 'Ovunque',
		regionSpecific: 'Fatti che dipendono dalla regione in questa sezione',
		availableIn: 'Disponibile in',
		for: 'Per',
	},
	aside: {
		note: 'Nota',
		uncertain: 'Cosa non si sa',
		region: 'Dipende da dove vivi',
	},
	toc: 'In questa pagina',
	prevNext: { label: 'Sezione precedente e successiva', previous: 'Precedente', next: 'Successiva' },
	home: {
		description:
			'Cosa fa Meta AI su Instagram con i tuoi post, se dove vivi puoi fare opt-out e quali impostazioni cambiare. Parole semplici, fonti citate, nessun tracciamento.',
	},
	guide: {
		title: 'La guida',
		description: 'Brevi sezioni su cosa fa Meta AI su Instagram con i tuoi dati, cosa cambia con l’opt-out e cosa ti costa.',
		lede: (count: number) =>
			`${count} brevi sezioni e un riepilogo, circa un minuto ciascuna. Leggile in ordine, o vai direttamente a quella che ti serve.`,
		checkedUpTo: 'Ultima verifica delle sezioni:',
		sectionOf: (position: number, total: number) => `Guida, sezione ${position} di ${total}`,
		conclusionLine: 'Guida, conclusione',
		conclusionNav: 'Cosa fare adesso',
		conclusionText: 'La versione breve: cosa cambiare oggi e cosa tenere d’occhio.',
		toFaq: 'Domande e risposte',
	},
	faq: {
		description:
			'Risposte semplici alle domande che le persone fanno su Meta AI su Instagram: opposizione, DM, regioni, adolescenti, come tornare indietro.',
		topics: 'Argomenti',
		moreInGuide: 'Di più nella guida:',
		all: 'Tutte le domande e risposte',
		howToDoIt: (name: string) => `Come fare: ${name}`,
		settingDetails: 'Cosa protegge, cosa costa e le sue fonti',
	},
	setting: {
		allSettings: 'Tutte le impostazioni',
		howSure: (label: string) => `Quanto ne siamo sicuri: ${label}.`,
		certaintyExplained: {
			documented: 'Lo dicono le pagine, le informative o i moduli di Meta.',
			reported:
				'I passaggi o i dettagli principali vengono da articoli di stampa o guide, non da Meta. Dove un testo di Meta ne conferma una parte, la pagina lo dice.',
			unclear: 'Le nostre fonti non concordano su questo, quindi prendi i dettagli con cautela.',
		},
		howHeading: 'Come fare',
		onWeb: 'Su instagram.com',
		tradeOffHeading: 'Cosa protegge e cosa costa',
		protects: 'Protegge',
		protectsNothing: 'Nessuno dei tuoi dati. Cambia ciò che ti viene mostrato, non ciò che Meta raccoglie o usa.',
		costs: 'Ti costa',
		time: 'Tempo necessario',
		effort: (minutes: number) => `Circa ${minutes} ${minutes === 1 ? 'minuto' : 'minuti'}`,
		undo: 'Si può annullare?',
		yes: 'Sì.',
		no: 'No.',
		detailsHeading: 'Cosa sapere',
		quizLine: 'Non sai se ne vale la pena per te?',
		quizLink: 'Il quiz',
		quizLineEnd: 'lo mette a confronto con ciò che conta per te.',
		nothingDocumented: 'Niente di documentato',
		stepsBy: (publisher: string) => `Passaggi come descritti da ${publisher}.`,
		settingsDescription:
			'Tutte le impostazioni, i moduli e le abitudini di Instagram in questa guida, raggruppati in base a ciò che proteggono: dove esistono, cosa ti costano e quanto sono sicure le fonti.',
		wantQuiz: 'Preferisci una breve lista fatta per te?',
		takeQuiz: 'Fai il quiz',
		groupsHeading: 'Cosa protegge',
		regionMostImportant: (region: string) => `Cosa conta di più ${nel(region)}, con i passaggi`,
	},
	tips: {
		title: (count: number) => (count === 6 ? 'Sei cose che puoi fare oggi' : `${count} cose che puoi fare oggi`),
		description: 'Sei cose da fare oggi su Meta AI e i tuoi dati di Instagram, dalla più importante, ognuna con un link ai suoi passaggi.',
		lede: 'La più importante per prima. Ognuna rimanda ai suoi passaggi.',
		howTo: (name: string) => `Come fare: ${name}`,
	},
	regions: {
		description:
			'Scegli dove vivi per vedere cosa puoi fare lì riguardo a Meta AI su Instagram, con i passaggi e i link ufficiali di Meta.',
		inLanguage: (language: string) => `in ${languageNames[language] ?? language}`,
	},
	changes: {
		title: 'Cosa è cambiato, e quando',
		description:
			'Un registro datato delle mosse di Meta su IA e dati, e delle sentenze dei tribunali e delle dichiarazioni delle autorità di controllo che le riguardano, dalle più recenti, ognuna con le sue fonti.',
		lede: 'Cosa ha cambiato Meta riguardo all’IA e ai tuoi dati, e cosa hanno fatto tribunali, autorità di controllo e legislatori, da marzo 2024 in poi. Prima le più recenti. Ogni voce indica le sue fonti e rimanda alle pagine di questa guida che ha cambiato.',
		howFar: 'Fin dove arriva:',
		reportedMeans:
			'«Come riportato da» significa che lo dice solo la stampa o una guida: Meta, un’autorità di controllo o un tribunale non l’hanno confermato nelle fonti che abbiamo trovato. Quando una fonte indica solo il mese, lo facciamo anche noi.',
		feedBefore: 'Segui questa lista con un lettore di feed:',
		feedLink: 'Feed Atom delle modifiche',
		feedLanguage: ' (in inglese)',
		feedAfter: (count: number) => `Contiene ${count} ${count === 1 ? 'voce' : 'voci'}. Ultima verifica:`,
		yearsLabel: 'Anni',
		whereUnsaid: 'Le fonti non dicono dove.',
		whereApplies: 'Dove vale',
		pagesChanged: 'Pagine che ha cambiato:',
		sources: 'Fonti:',
		affected: {
			guide: (title: string) => `Guida: ${title}`,
			faq: (question: string) => `Domanda: ${question}`,
			setting: (name: string) => `Impostazione: ${name}`,
		},
		lastChecked: 'Ultima verifica con le fonti:',
		linkToEntry: 'Link a questa voce',
	},
	notFound: {
		title: 'Pagina non trovata',
		description: 'Questa pagina non esiste. Ecco i modi per entrare nella guida.',
		text: 'Non c’è nessuna pagina a questo indirizzo. Potrebbe essere stata spostata, o il link potrebbe contenere un errore di battitura.',
		start: 'Pagina iniziale',
	},
};
