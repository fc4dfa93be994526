/**
 * Le frasi del piano in italiano (tu). Le stesse chiavi e {segnaposto} di templates/en.ts; ogni
 * cautela («riportato», «non abbiamo trovato…») è forte esattamente come in inglese.
 * {region} e {regions} seguono «per», con l'articolo («per il Regno Unito»).
 * Plurali: one, many e other, le categorie di Intl.PluralRules per l'italiano.
 */
import type { QuizTemplateSet } from './en';

export const QUIZ_TEMPLATES_IT: QuizTemplateSet = {
	locale: 'it',
	worries: {
		'ai-posts': "l'addestramento dell'IA con i tuoi post e le tue foto",
		'ai-chats': "l'uso delle tue chat con Meta AI per l'addestramento o la pubblicità",
		'ad-profiling': 'la profilazione pubblicitaria',
		tracking: 'il tracciamento da parte di altri siti e app',
		'public-posts': 'la visibilità dei tuoi post per sconosciuti o motori di ricerca',
		'my-data': 'non sapere cosa Meta conserva su di te',
	},
	aspects: {
		feed: 'un feed scelto per te',
		explore: 'ciò che Explore e i Reels scelgono per te',
		ads: 'quanto gli annunci sono in linea con i tuoi interessi',
		ai: "l'uso di Meta AI",
		reach: 'la portata dei tuoi post',
	},
	regions: {
		'eu-eea': "l'UE/SEE",
		uk: 'il Regno Unito',
		switzerland: 'la Svizzera',
		us: 'gli Stati Uniti',
		brazil: 'il Brasile',
		australia: "l'Australia",
		elsewhere: 'un paese non elencato qui',
	},
	reasons: {
		worries: {
			one: 'Perché hai detto che ti preoccupa {worries}.',
			many: 'Perché hai detto che ti preoccupano {worries}.',
			other: 'Perché hai detto che ti preoccupano {worries}.',
		},
		'formal-right':
			"È l'opposizione formale che Meta offre per {region}: l'unico passo che chiede a Meta di non usare le tue informazioni per la sua IA.",
		automatic: "Instagram le attiva per ogni account di minori di 18 anni: non c'è niente da attivare, basta mantenerle.",
		folded: 'Lo stesso consiglio, detto in un altro modo: {items}.',
		'trade-off': {
			one: "Il compromesso: riguarda {aspects}, e hai detto che per te conta un po'.",
			many: "Il compromesso: riguarda {aspects}, e hai detto che per te conta un po'.",
			other: "Il compromesso: riguarda {aspects}, e hai detto che per te conta un po'.",
		},
		'unanswered-cost': 'Riguarda anche {aspects}, e non hai detto quanto conta per te.',
		'free-cost': {
			one: 'Riguarda {aspects}, e hai detto che per te non conta.',
			many: 'Riguarda {aspects}, e hai detto che per te non conta.',
			other: 'Riguarda {aspects}, e hai detto che per te non conta.',
		},
		pays: "Hai detto che prenderesti in considerazione di pagare per usare Instagram senza pubblicità, e questo è quell'abbonamento.",
		unclear: "Le fonti non sono d'accordo su cosa faccia, quindi consideralo un forse.",
		'not-professional': 'È stato riportato soprattutto per gli account creator e aziendali, quindi potrebbe non riguardarti.',
		'ruled-out-cost': {
			one: 'Hai detto che {aspects} conta molto per te, e con questo dovresti rinunciarci.',
			many: 'Hai detto che {aspects} contano molto per te, e con questo dovresti rinunciarci.',
			other: 'Hai detto che {aspects} contano molto per te, e con questo dovresti rinunciarci.',
		},
		'ruled-out-paid': 'Non hai detto che pagheresti, e questo è un abbonamento a pagamento.',
		'ruled-out-paid-no': 'Hai detto che non pagheresti, e questo è un abbonamento a pagamento.',
		'worth-knowing': 'Per quello che ci hai detto non serve cambiare nulla. Se un giorno vuoi vedere cosa Meta conserva su di te, è qui.',
	},
	notices: {
		'no-region':
			"Non hai detto dove vivi, quindi questo piano lascia fuori le scelte che esistono solo in alcuni paesi, come il modulo per opporti all'addestramento dell'IA.",
		'no-age': 'Non hai detto quanti anni hai, quindi questo piano lascia fuori le scelte che sono solo per adulti o solo per adolescenti.',
		'no-form':
			"Per quanto abbiamo trovato, dove vivi non c'è un modulo per opporti all'uso dei tuoi post da parte di Meta per addestrare la sua IA. Meta ne offre uno solo per {regions}. {instead}",
		'no-form-instead': {
			one: 'Cosa offre invece il tuo piano: {items}.',
			many: 'Cosa offre invece il tuo piano: {items}.',
			other: 'Cosa offre invece il tuo piano: {items}.',
		},
		'no-form-reach':
			"Per quanto abbiamo trovato, dove vivi non c'è un modulo per opporti all'uso dei tuoi post da parte di Meta per addestrare la sua IA: Meta ne offre uno solo per {regions}. L'unico modo che abbiamo trovato per tenere fuori i tuoi post è renderli non pubblici, così chi non ti segue non li vede più. Hai detto che la portata conta molto per te, quindi questo passo è sotto «Probabilmente non fa per te». La scelta è tua.",
		'form-future-only':
			"L'opposizione vale solo per l'uso futuro. Secondo la conferma di Meta citata da alcuni utenti, non toglie i tuoi post dai modelli di IA che Meta ha già addestrato, e non cambia né il tuo feed né i tuoi annunci.",
		'already-objected':
			"Hai detto di aver già inviato l'opposizione, quindi il modulo non è nel tuo piano. Secondo la conferma di Meta citata da alcuni utenti, un'opposizione vale per l'uso futuro e per gli altri account dello stesso «Accounts Center» (Centro account) (riportato). Un account che non è collegato lì potrebbe aver bisogno di una sua opposizione (riportato).",
		'undo-undocumented':
			"Hai detto che vuoi ritirare la tua opposizione. Non abbiamo trovato nessuna pagina di Meta, fino ad agosto 2026, che spieghi come ritirare un'opposizione o se poi se ne può inviare un'altra, quindi non possiamo indicarti un modo. Il modulo non è nel tuo piano.",
	},
	facts: {
		'australia-no-opt-out':
			"A settembre 2024 Meta ha detto a una commissione d'inchiesta del Senato australiano che gli adulti in Australia non possono opporsi all'addestramento dell'IA sui loro post pubblici, se non rendendoli non pubblici. Da allora non abbiamo trovato nulla che cambi le cose.",
		'chats-used-for-ads':
			"Le notizie di stampa dicono che dal 16 dicembre 2025 Meta usa ciò che le persone dicono a Meta AI per scegliere contenuti e annunci in molti paesi (l'UE, il Regno Unito, la Corea del Sud e la Svizzera sono stati riportati come esclusi), e che nessuna impostazione lo impedisce, se non evitare di usare Meta AI.",
		'eu-chats':
			"L'avviso di Meta per l'UE di {date} dice che ciò che condividi con Meta AI viene usato per migliorare la sua IA, a meno che tu non abbia fatto opposizione. La sua informativa sulla privacy per l'UE non elenca le tue chat con Meta AI tra le informazioni usate per scegliere i tuoi annunci o il tuo feed.",
		'eu-teens':
			"L'informativa sulla privacy di Meta per l'UE ({date}) dice che Meta non usa i post pubblici dei minori di 18 anni per addestrare la sua IA, ma usa le loro chat con Meta AI.",
		'uk-teens':
			"Quando Meta ha ripreso l'addestramento dell'IA nel Regno Unito a {date}, ha detto che avrebbe usato i contenuti pubblici degli adulti. Non abbiamo trovato nessun testo di Meta che dica se nel Regno Unito vengono usate le chat dei minori di 18 anni con Meta AI.",
		'australia-teens':
			"Dal 10 dicembre 2025 in Australia chi ha meno di 16 anni non può avere account sui social. Nel 2024 Meta ha detto che gli account dei minori di 18 anni sono esclusi dall'addestramento della sua IA, ma che vengono usate le foto pubbliche di bambini pubblicate da adulti.",
		'brazil-teens':
			'La legge brasiliana ECA Digital, in vigore da marzo 2026, richiede che gli account dei minori di 16 anni siano collegati a un genitore o tutore e vieta per i minori la pubblicità basata sulla profilazione.',
		'teens-unknown':
			"Non abbiamo trovato nessuna dichiarazione di Meta su cosa escluda dall'addestramento dell'IA per i minori di 18 anni dove vivi. Nell'UE, Meta dice di escludere i post pubblici degli adolescenti, ma non le loro chat con Meta AI.",
		'parent-view':
			"I genitori possono supervisionare l'account di un adolescente con il «Family Center» (Centro famiglia) di Instagram, e gli adolescenti sotto i 16 anni hanno bisogno del permesso di un genitore per allentare le impostazioni del loro «Teen Account» (account per adolescenti). Da aprile 2026, la sezione «Insights» del Family Center mostra gli argomenti di cui tuo figlio o tua figlia ha parlato con Meta AI negli ultimi sette giorni, non i messaggi stessi.",
	},
	certainty: { documented: '', reported: 'Riportato:', unclear: '' },
	summary: {
		plan: {
			one: '{count} passo per te. Spuntalo quando è fatto.',
			many: '{count} passi per te, i più utili per primi. Spuntali uno a uno mentre procedi.',
			other: '{count} passi per te, i più utili per primi. Spuntali uno a uno mentre procedi.',
		},
		'no-worries':
			'Non hai scelto niente che ti preoccupi, quindi le tue impostazioni vanno bene per ciò a cui tieni. Qui sotto trovi una cosa utile da sapere.',
		'nothing-available': 'Non abbiamo in archivio impostazioni che valgano per dove vivi e per la tua età.',
		'all-ruled-out':
			'Ogni passo che potrebbe aiutarti ti costerebbe qualcosa che hai detto essere molto importante per te, oppure denaro. Sono sotto «Probabilmente non fa per te», ognuno con il suo motivo, così puoi comunque decidere.',
		'nothing-helps': 'Nessuna delle impostazioni che conosciamo per il tuo paese e la tua età aiuta con le preoccupazioni che hai scelto.',
	},
};
