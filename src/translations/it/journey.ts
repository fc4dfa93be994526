/**
 * Italian interface words for the journey pages and components (tu); keys and function parameters as
 * in src/translations/en/journey.ts. Key terms follow content/translations/it/GLOSSARY.md.
 */
import type { UiText } from '../en';
import { nel } from './grammar';

export const journeyText: UiText['journey'] = {
	/** How each region reads on the "Dove vivi?" links: a name, and a short hint where one helps. */
	regionChoice: {
		'eu-eea': { name: 'Unione europea', hint: 'o Islanda, Liechtenstein, Norvegia' },
		uk: { name: 'Regno Unito' },
		switzerland: { name: 'Svizzera' },
		us: { name: 'Stati Uniti' },
		brazil: { name: 'Brasile' },
		australia: { name: 'Australia' },
		elsewhere: { name: 'Altrove', hint: 'qualsiasi altro Paese' },
	},
	home: {
		title: 'Meta AI e il tuo Instagram: cosa puoi cambiare',
		lede: 'Meta addestra la sua IA con i post pubblici di Instagram. Se puoi dire di no dipende da dove vivi. Scegli la tua regione per vedere cosa puoi fare, con i passaggi.',
		whereHeading: 'Dove vivi?',
		whereHint: 'Con un tocco vedi cosa puoi fare lì, con i passaggi e i link ufficiali di Meta.',
		planHeading: 'Vuoi un piano fatto per te?',
		planText: 'Rispondi a qualche domanda. Le tue risposte restano sul tuo telefono.',
		planLink: 'Crea il mio piano',
		moreHeading: 'Oppure leggi prima',
		guide: (count: number) => ({ link: 'Leggi la guida', text: `${count} brevi sezioni e un riepilogo, circa un minuto ciascuna.` }),
		faq: (count: number) => ({
			link: 'Trova la tua domanda',
			text: `${count} domande, ognuna con una risposta in una riga per prima cosa.`,
		}),
		settings: (count: number) => ({
			link: 'Tutte le impostazioni',
			text: `${count} impostazioni, moduli e abitudini, raggruppati in base a ciò che proteggono.`,
		}),
		tips: { link: 'Sei cose da fare oggi', text: 'Ognuna rimanda ai suoi passaggi.' },
		privacyHeading: 'Questo sito non ti traccia',
		privacyText: 'Niente statistiche sulle visite, niente cookie, niente pubblicità, e niente viene caricato da altri siti.',
		privacyLink: 'Chi ha fatto questa guida',
	},
	region: {
		canHeading: 'In breve',
		actionsHeading: (count: number) => (count === 1 ? 'La cosa più importante' : `Le ${count} cose più importanti`),
		notesHeading: 'Cosa sapere',
		planHeading: 'Un piano per te',
		planText: 'Il quiz mette a confronto questi passaggi con l’uso che fai di Instagram e crea un breve piano che puoi stampare.',
		planLink: 'Crea il mio piano',
		faqHeading: 'Le domande che si fanno qui',
		authoritiesHeading: 'Chi vigila su questo qui',
		otherRegions: 'Vivi altrove?',
	},
	action: {
		metaLinks: 'La pagina ufficiale di Meta',
		metaLinksMany: 'Le pagine ufficiali di Meta',
		steps: 'Passaggi nell’app di Instagram',
		anotherWay: (label: string) => `Un altro modo: ${label}`,
		protects: 'Protegge',
		costs: 'Ti costa',
		costsNothing: 'Niente di documentato',
		protectsNothing: 'Nessuno dei tuoi dati',
		checked: 'Verificato con le sue fonti',
		more: (name: string) => `Tutto su «${name}»: quanto ne siamo sicuri, come annullarlo, fonti`,
		/** Where a setting's steps come from: said the same way on every page that shows them. */
		stepsLine: (source: { publisher: string; date: string; primary: boolean } | undefined, habit: boolean) => {
			const device = ' Non verificato su un telefono: Meta cambia i nomi dei menu, quindi la tua app potrebbe apparire diversa.';
			if (!source)
				return `Nessuna fonte che abbiamo trovato indica i tocchi esatti, quindi questi passaggi dicono solo dove guardare.${device}`;
			if (habit)
				return source.primary
					? `Questa abitudine si basa su ciò che dice ${source.publisher} (${source.date}).`
					: `Questa abitudine si basa su quanto riportato da ${source.publisher} (${source.date}).`;
			return source.primary
				? `Passaggi basati direttamente sul testo di ${source.publisher} (${source.date}).${device}`
				: `Passaggi come descritti da ${source.publisher}, ${source.date}. È una guida o un articolo, non istruzioni ufficiali di Meta.${device}`;
		},
		routeBy: (publisher: string, date: string) => `Questo percorso, come descritto da ${publisher}, ${date}.`,
	},
	steps: {
		copy: 'Copia questi passaggi',
		copied: 'Copiato. Incollali in una nota o in un messaggio.',
		selected: 'Selezionato. Usa «Copia» sul telefono, oppure premi Ctrl+C.',
	},
	external: {
		leaves: '(porta fuori da questo sito)',
	},
	diagram: {
		caption: 'Schema di dove toccare, disegnato per questa guida. Non è uno screenshot: la tua app potrebbe apparire diversa.',
		label: (steps: readonly string[]) => `Schema di dove toccare: ${steps.map((s, i) => `${i + 1}. ${s}`).join(' ')}`,
	},
	discussed: {
		heading: 'Se ne parla in',
		none: 'Nessuna sezione della guida, domanda o consiglio rimanda ancora qui.',
		kinds: { guide: 'Guida', faq: 'Domanda', tips: 'Consiglio' },
	},
	settingsIndex: {
		title: 'Tutte le impostazioni, in base a ciò che proteggono',
		lede: (count: number) =>
			`${count} impostazioni, moduli e abitudini. Ognuno ha la sua pagina con i passaggi, come annullarlo e le fonti.`,
		filterHeading: 'Mostra solo ciò che esiste dove vivi',
		all: 'Ovunque',
		regionTitle: (region: string) => `Impostazioni ${nel(region)}, in base a ciò che proteggono`,
		regionLede: (count: number, region: string) =>
			`${count} impostazioni, moduli e abitudini che, secondo le nostre fonti, esistono ${nel(region)}.`,
		alsoProtects: 'Protegge anche',
		protectsNone: 'Cambia ciò che vedi, non ciò che Meta usa',
		where: 'Dove',
		howSure: 'Quanto è certo',
		everywhere: 'Ovunque',
	},
	faqIndex: {
		title: 'Domande e risposte',
		lede: (count: number) =>
			`${count} domande che le persone fanno su Meta AI e Instagram. Tocca una domanda per vedere la risposta breve.`,
		full: 'Risposta completa, passaggi e fonti',
	},
	about: {
		heading: 'Chi ha fatto questa guida e come contattarci',
		who: 'Questa guida è un progetto indipendente. Non è realizzata, pagata né verificata da Meta o da Instagram. I suoi testi e il suo codice sono conservati nel repository del progetto, dove ogni modifica è registrata con il suo motivo.',
		report: 'Segnala un errore',
		reportText:
			'Apri una segnalazione (issue) nel repository del progetto. Indica la pagina e, se puoi, una fonte che mostri il fatto corretto. Nulla su questo sito invia dati da nessuna parte: la segnalazione si fa sul sito del repository.',
		reportUnset:
			'Segnala gli errori nel repository pubblico del progetto. Indica la pagina e, se puoi, una fonte che mostri il fatto corretto.',
	},
	helper: {
		heading: 'Scrivi il tuo motivo (facoltativo)',
		opening: 'Mi oppongo all’uso delle mie informazioni personali da parte di Meta per sviluppare e migliorare l’IA di Meta.',
		choicesLegend: 'Quali di queste frasi valgono per te? Spunta quelle che vuoi, o nessuna.',
		choices: [
			{
				id: 'creator',
				label: 'Faccio arte, fotografia o altro lavoro creativo',
				sentence: 'I miei post sono il mio lavoro creativo e non voglio che vengano usati per addestrare un’IA capace di imitarlo.',
			},
			{
				id: 'children',
				label: 'I miei post mostrano i miei figli o altri familiari',
				sentence: 'I miei post mostrano i miei figli e la mia famiglia, che non possono dare da soli il loro consenso.',
			},
			{
				id: 'private-life',
				label: 'I miei post mostrano la mia salute, le mie convinzioni o la mia vita privata',
				sentence: 'I miei post contengono dettagli della mia vita privata che non ho condiviso per questo scopo.',
			},
			{
				id: 'no-ai',
				label: 'Non voglio che i miei dati siano usati per l’IA, in nessun modo',
				sentence: 'Non voglio che nessuna delle mie informazioni sia usata per sviluppare o migliorare l’IA.',
			},
		],
		ownWords: 'Altro, con parole tue (facoltativo)',
		result: 'Il tuo motivo, pronto da incollare. Puoi modificarlo.',
		copy: 'Copia il mio motivo',
		copied: 'Copiato. Incollalo nella casella del motivo, nel modulo di Meta.',
		selected: 'Selezionato. Usa «Copia» sul telefono, oppure premi Ctrl+C.',
		empty: 'Prima spunta una riga o scrivi qualcosa. Oppure lascia vuota la casella del motivo nel modulo.',
		remember: 'Ricorda le mie scelte su questo dispositivo (restano solo in questo browser; togli la spunta per dimenticarle)',
		then: 'Poi apri il modulo di Meta e incollalo:',
		thenNoLink: 'Poi incollalo nella casella del motivo del modulo di Meta, seguendo i passaggi qui sopra.',
		privacy: 'Questo strumento funziona solo nel tuo browser. Non invia nulla e non salva nulla, a meno che tu non spunti «Ricorda».',
		noScript: 'Frasi che puoi copiare nella casella del motivo, se per te sono vere:',
		notes: {
			'eu-eea': [
				{
					text: 'Non è obbligatorio dare un motivo. Nella tornata del 2025 la casella del motivo era facoltativa, come riportato da Evrim Ağacı.',
					cite: 'evrimagaci-2025-04-meta-ai-backlash-europe',
				},
				{
					text: 'Secondo la sua informativa sulla privacy per l’UE, Meta basa questo addestramento sul proprio «legittimo interesse».',
					cite: 'meta-2026-07-instagram-privacy-policy-eu',
				},
				{
					text: 'D’altra parte, l’articolo 21 del GDPR ti permette di opporti in qualsiasi momento, per motivi connessi alla tua situazione particolare. Meta deve allora smettere, a meno che non dimostri motivi legittimi cogenti che prevalgono sui tuoi interessi, o abbia bisogno dei dati per far valere o difendere un diritto in sede giudiziaria.',
					cite: 'eu-2016-04-gdpr-article-21',
				},
			],
			uk: [
				{
					text: 'Forse non ti serve un motivo: non abbiamo trovato testi di Meta che dicano se il modulo per il Regno Unito lo richiede. Prova a lasciare vuota la casella e usa questo testo solo se il modulo lo chiede.',
					cite: undefined,
				},
				{
					text: 'Meta ha offerto questo modulo agli adulti del Regno Unito quando vi ha ripreso l’addestramento dell’IA, a settembre 2024, come riportato da Fast Company.',
					cite: 'fastcompany-2024-09-meta-uk-ai-training',
				},
				{
					text: 'Le nostre fonti non includono il testo di legge del Regno Unito, quindi non possiamo dire cosa debba fare Meta con un’opposizione presentata nel Regno Unito, oltre alla sua promessa di rispettare i moduli.',
					cite: undefined,
				},
			],
			brazil: [
				{
					text: 'Le guide brasiliane descrivono una casella «Diga-nos como esse processamento afeta você» (dicci come questo trattamento ti riguarda) e dicono che basta una frase semplice, come riportato da Nanobits.',
					cite: 'nanobits-2025-12-brazil-objection-form',
				},
				{
					text: 'Non abbiamo trovato testi di legge brasiliani su cosa debba fare Meta con un’opposizione, né fonti che dicano se la casella può essere lasciata vuota.',
					cite: undefined,
				},
			],
		},
	},
	print: {
		printed: 'Stampato da',
		on: 'in data',
	},
};
