/**
 * Il quiz in italiano (tu): domande e testi dell'isola e della pagina. Le stesse chiavi
 * dell'inglese (words/en.ts); le frasi del piano sono in templates/it.ts. I nomi delle regioni
 * vengono dal vocabolario del sito (src/translations/it/).
 */
import { useTranslations } from '../../../translations';
import { regionOptions } from '../question-text';
import type { QuizLanguage } from './en';

const regions = useTranslations('it').vocabulary.regionLongNames;

const valueOptions = {
	'a-lot': { label: 'Molto' },
	'a-little': { label: "Un po'" },
	'not-at-all': { label: 'Per niente' },
};

export const IT: QuizLanguage = {
	questionText: {
		region: {
			prompt: 'Dove vivi?',
			help: 'Le tue scelte su Instagram dipendono dal tuo paese.',
			options: regionOptions(regions, 'Qualsiasi paese non elencato sopra.'),
		},
		age: {
			prompt: 'Quanti anni hai?',
			help: 'Alcune scelte sono solo per adulti, e gli account per adolescenti hanno impostazioni proprie. I genitori possono rispondere per il figlio o la figlia adolescente.',
			options: {
				teen: { label: 'Da 13 a 17' },
				adult: { label: '18 o più' },
				parent: {
					label: 'Sono un genitore o tutore e rispondo per mio figlio o mia figlia adolescente',
					hint: 'Rispondi alle altre domande pensando al suo account.',
				},
			},
		},
		account: {
			prompt: 'Che tipo di account Instagram hai?',
			help: 'Non lo sai? Personale è il tipo più comune.',
			options: {
				personal: { label: 'Personale' },
				creator: { label: 'Creator', hint: 'Un account professionale per chi crea contenuti.' },
				business: { label: 'Aziendale', hint: 'Un account professionale per un negozio, un marchio o un servizio.' },
			},
		},
		worries: {
			prompt: 'Quali di queste cose ti preoccupano?',
			help: 'Scegline quante vuoi, o nessuna.',
			options: {
				'ai-posts': { label: 'Che Meta addestri la sua IA con i miei post e le mie foto' },
				'ai-chats': { label: 'Che Meta usi le mie chat con Meta AI per addestrare la sua IA o scegliere i miei annunci' },
				'ad-profiling': { label: 'La profilazione per scegliere gli annunci che vedo' },
				tracking: { label: 'Il tracciamento di ciò che faccio su altri siti e app' },
				'public-posts': { label: 'Che sconosciuti o motori di ricerca vedano i miei post' },
				'my-data': { label: 'Non sapere cosa Meta conserva su di me' },
			},
		},
		objected: {
			prompt: "Hai già inviato a Meta un'opposizione all'addestramento dell'IA?",
			help: 'Dove Meta offre un modulo di opposizione, potresti averlo già inviato.',
			options: {
				'not-yet': { label: 'No, non ancora' },
				already: { label: "Sì, ho già inviato l'opposizione" },
				undo: { label: 'Sì, e voglio ritirare la mia opposizione' },
				'not-sure': { label: 'Non lo so' },
			},
		},
		feed: {
			prompt: 'Quanto ti piace un feed della home scelto per te in base a ciò che ti piace?',
			options: valueOptions,
		},
		explore: {
			prompt: 'Quanto ti piacciono i suggerimenti in Explore e nei Reels?',
			options: valueOptions,
		},
		ads: {
			prompt: 'Quanto vuoi annunci in linea con i tuoi interessi?',
			help: 'Gli annunci li vedi comunque. Qui si tratta di capire se sono adatti a te.',
			options: valueOptions,
		},
		ai: {
			prompt: 'Quanto usi o vuoi Meta AI su Instagram?',
			help: 'Per esempio la chat con Meta AI, o le domande a Meta AI nella ricerca.',
			options: valueOptions,
		},
		reach: {
			prompt: 'Quanto conta per te che i tuoi post raggiungano persone che non ti seguono?',
			options: valueOptions,
		},
		pay: {
			prompt: 'Pagheresti un abbonamento mensile per usare Instagram senza pubblicità?',
			help: 'Dove vivi, Meta offre agli adulti un abbonamento a pagamento senza pubblicità.',
			options: {
				yes: { label: 'Sì, ci penserei' },
				no: { label: 'No' },
			},
		},
	},

	uiText: {
		progress: 'Domanda {position} di {total}',
		chooseOne: 'Scegli una risposta per andare avanti.',
		back: 'Indietro',
		next: 'Avanti',
		seePlan: 'Vedi il mio piano',

		linkNotice: 'Non è stato possibile leggere questo link, quindi il quiz ricomincia da capo.',
		linkProblems: {
			broken: 'Questo link è rotto, quindi non siamo riusciti a leggere le risposte che contiene. Puoi rifare il quiz.',
			changed: 'Questo link contiene risposte che il quiz non conosce. Forse è stato modificato o tagliato. Puoi rifare il quiz.',
			'too-long': "Questo link è molto più lungo di qualsiasi link del quiz, quindi non l'abbiamo letto. Puoi rifare il quiz.",
			empty: 'Questo link non contiene risposte. Puoi fare il quiz.',
			'no-version': "Questo link non dice quale versione del quiz l'ha creato, quindi non siamo riusciti a leggerlo. Puoi rifare il quiz.",
			outdated: "Questo link è stato creato da un'altra versione del quiz, e le sue domande sono cambiate. Rifai il quiz, per favore.",
		},
		savedNotice: 'Non è stato possibile leggere le tue risposte salvate, quindi il quiz ricomincia da capo.',
		forgotten: 'Le tue risposte sono state dimenticate.',
		forgottenDetail: 'Tutto ciò che il quiz aveva salvato in questo browser è stato cancellato, spunte comprese.',
		notForgotten: 'Questo browser non ci ha permesso di cancellare le tue risposte salvate.',
		notForgottenDetail: 'Cancella invece i dati di questo sito nelle impostazioni del browser.',

		planHeading: 'Il tuo piano',
		planReady: 'Il tuo piano è pronto.',
		loading: 'Sto preparando il tuo piano…',
		more: {
			one: '{count} altra impostazione adatta alle tue preoccupazioni è rimasta fuori per tenere il piano breve.',
			many: '{count} altre impostazioni adatte alle tue preoccupazioni sono rimaste fuori per tenere il piano breve.',
			other: '{count} altre impostazioni adatte alle tue preoccupazioni sono rimaste fuori per tenere il piano breve.',
		},
		moreLink: 'Vedi tutte le impostazioni.',
		leavesSite: '(esce da questo sito)',
		stepsNote: 'I passaggi sono quelli descritti dalle nostre fonti; Meta cambia spesso i suoi menu.',
		readFirst: 'Leggi prima questo',
		groups: {
			first: { title: 'Fai prima questo' },
			recommended: { title: 'Consigliato' },
			consider: { title: 'Da valutare', intro: 'Forse: leggi il motivo e cosa ti costa.' },
			'not-for-you': {
				title: 'Probabilmente non fa per te',
				intro: 'Queste esistono per te, ma ti costerebbero qualcosa a cui hai detto di tenere.',
			},
		},
		keepHeading: 'Conserva o condividi il tuo piano',
		print: 'Stampa la lista',
		linkLabel: 'Link a questo piano',
		copyLink: 'Copia il link',
		linkNote: 'Il link contiene le tue risposte: chiunque lo apra vede questo piano. Non ci viene inviato nulla.',
		copied: 'Link copiato.',
		copySelected: 'Il link è selezionato: copialo dal tuo browser.',
		changeAnswers: 'Cambia le mie risposte',
		restart: 'Ricomincia il quiz',
		forget: 'Dimentica le mie risposte',

		done: 'Fatto',
		doAnyway: 'Come farlo comunque',
		protects: 'Protegge',
		costsYou: 'Ti costa',
		howSure: 'Quanto è certo',
		time: 'Tempo',
		sources: { one: '{count} fonte e dettagli', many: '{count} fonti e dettagli', other: '{count} fonti e dettagli' },
		lastVerified: 'Ultima verifica il',

		broken: 'Ci dispiace, il quiz ha smesso di funzionare in questo browser.',
		brokenDetail: 'Puoi comunque informarti su ogni impostazione e decidere tu:',
		brokenLink: 'vedi tutte le impostazioni e cosa ti costano',
	},

	page: {
		title: 'Quali impostazioni valgono la pena per te? Un breve quiz',
		description:
			'Rispondi a un massimo di undici brevi domande e ottieni un piano: quali impostazioni e moduli di Instagram sono adatti a dove vivi e a ciò a cui tieni, e cosa ti costa ciascuno.',
		heading: 'Quali impostazioni valgono la pena per te?',
		lede: 'Ogni impostazione della privacy su Instagram è un compromesso. Alcune non ti costano nulla. Altre cambiano il tuo feed, i tuoi annunci o chi vede i tuoi post. Rispondi a un massimo di undici brevi domande (alcune compaiono solo quando ti riguardano) e ottieni un breve piano adatto a dove vivi e a ciò che ti sta a cuore.',
		privacy:
			'Le tue risposte restano in questo browser. Non viene inviato nulla, né a noi né ad altri, e alla fine puoi cancellarle con «{forget}».',
		noscriptTitle: 'Il quiz ha bisogno di JavaScript',
		noscriptText:
			'JavaScript è disattivato o bloccato nel tuo browser, quindi il quiz non può preparare un piano. Puoi comunque informarti su ogni impostazione e decidere tu:',
		noscriptLink: 'vedi tutte le impostazioni, cosa proteggono e cosa ti costano',
		noscriptList: 'Ecco dove esiste ciascuna:',
		everywhere: 'ovunque',
		after: 'Il piano è solo un suggerimento. La pagina di ogni impostazione ha tutti i dettagli e le fonti:',
		afterLink: 'tutte le impostazioni',
	},
};
