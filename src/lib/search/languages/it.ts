/**
 * Italian: how readers phrase questions (lower case, on a phone, "tu"), and the words the Italian
 * pages use for the same things (content/translations/it/GLOSSARY.md). Data only; ../query.ts does
 * the work. Add a word here when a real question misses (tests/search/questions.it.yaml).
 */
import type { SearchLanguage } from './types';

const words = (list: string) => list.trim().split(/\s+/);

export const it: SearchLanguage = {
	locale: 'it',
	contractions: [
		// "cos'è", "com'è", "dov'è", "quand'è": the question word is written out.
		[/(?<!\p{L})cos'/gu, 'cosa '],
		[/(?<!\p{L})com'/gu, 'come '],
		[/(?<!\p{L})dov'/gu, 'dove '],
		[/(?<!\p{L})quand'/gu, 'quando '],
		// Elisions: "l'ia", "dell'account", "all'addestramento", "c'è", "un'opposizione": the small word goes.
		[/(?<!\p{L})(?:l|d|c|m|t|s|v|n|un|gl|dell|all|dall|nell|sull|coll|quest|quell|nessun|qualcun|tutt)'(?=\p{L})/gu, ''],
		// "po'" (a bit).
		[/(?<!\p{L})po'/gu, 'poco'],
	],
	questionWords: words(`
		come cosa che perché quando dove chi quale quali quanto quanta quanti quante`),
	stopWords: words(`
		il lo la i gli le un uno una di del dello della dei degli delle a al allo alla ai agli alle
		da dal dallo dalla dai dagli dalle in nel nello nella nei negli nelle su sul sullo sulla sui sugli sulle
		con col per tra fra
		io mi me mio mia miei mie tu ti te tuo tua tuoi tue lui lei ci noi vi voi loro si suo sua suoi sue
		è e ed sono sei siamo siete era stato stata stati essere ho hai ha abbiamo avete hanno avere fa fare faccio
		posso puoi può possiamo potete possono potrei potrebbe devo deve devi dobbiamo devono
		voglio vuoi vuole vorrei bisogna serve metto metti mettere
		due entrambi entrambe
		o oppure ma però se anche ancora già solo molto più proprio così poi
		non no sì
		questo questa questi queste quello quella quelli quelle qui qua lì là
		qualcosa qualcuno niente nulla tutto tutti tutta tutte poco
		vivo vivi vive abito abiti abita
		grazie ciao favore raga ok`),
	synonyms: [
		['messaggi privati', 'dm', 'dms', 'direct', 'messaggi diretti', 'messaggio privato', 'chat private', 'messaggi in direct'],
		[
			'ritirare',
			'annullare',
			'revocare',
			'tornare indietro',
			'cambiare idea',
			'cambiato idea',
			'ripensarci',
			'ritirarla',
			'ritirarlo',
			'disfare',
		],
		['foto', 'immagini', 'immagine', 'fotografie', 'selfie', 'pics'],
		[
			'disattivare meta ai',
			'togliere meta ai',
			'rimuovere meta ai',
			'eliminare meta ai',
			'spegnere meta ai',
			'bloccare meta ai',
			'levare meta ai',
			'disinstallare meta ai',
		],
		['disattivare', 'spegnere', 'togliere', 'levare', 'disabilitare', 'disattivo', 'tolgo', 'sbarazzarmi', 'disinstallare'],
		[
			'opporsi',
			'opporti',
			'opporre',
			'oppormi',
			'opt out',
			'opt-out',
			'optout',
			'rifiutare',
			'dire di no',
			'negare il consenso',
			'impedire a meta',
			'impedire che meta',
			'bloccare meta',
		],
		['adolescenti', 'adolescente', 'figli', 'figlio', 'figlia', 'ragazzi', 'bambini', 'minori', 'minorenni', 'under 18'],
		['addestramento', 'addestrare', 'addestrare ia', 'allenare ia', 'addestrano', 'training', 'allenamento'],
		[
			'chat con meta ai',
			'conversazioni con meta ai',
			'parlare con meta ai',
			'chattare con meta ai',
			'quello che scrivo a meta ai',
			'domande a meta ai',
		],
		['feed', 'home', 'esplora', 'explore', 'timeline'],
		['cancellare', 'eliminare', 'rimuovere', 'cancellati', 'eliminati', 'rimossi'],
		['scrivere', 'compilare', 'inserire', 'riempire', 'motivazione', 'motivo'],
		['pagare', 'paghi', 'pago', 'paga', 'pagato', 'pagando', 'pagamento'],
		['ferma', 'fermare', 'smette', 'smettere', 'interrompe'],
		['cambiare', 'cambia', 'modificare', 'influire', 'peggiorare', 'rovinare', 'conseguenze'],
		['pubblicità', 'annunci', 'inserzioni', 'ads', 'spot'],
		['troppo tardi', 'scadenza', 'ancora in tempo', 'in tempo', 'tardi'],
		['account privato', 'profilo privato', 'rendere privato', 'mettere privato'],
		['account', 'più account', 'vari account', 'due account', 'ogni account', 'tutti gli account', 'diversi account'],
		['conferma', 'confermare', 'prova', 'funzionato', 'andata a buon fine', 'ricevuta'],
		['permesso', 'catena', 'post virale', 'copia incolla', 'non do il permesso', 'non autorizzo'],
		['meta ai'],
		['ue', 'italia', 'europa', 'unione europea'],
		['regno unito', 'uk', 'inghilterra', 'gran bretagna'],
		['stati uniti', 'america'],
	],
	regionNames: {
		'stati uniti': 'us',
		america: 'us',
		americano: 'us',
		americani: 'us',
		california: 'us',
		'new york': 'us',
		'regno unito': 'uk',
		uk: 'uk',
		inghilterra: 'uk',
		'gran bretagna': 'uk',
		scozia: 'uk',
		galles: 'uk',
		britannico: 'uk',
		ue: 'eu-eea',
		see: 'eu-eea',
		europa: 'eu-eea',
		'unione europea': 'eu-eea',
		europeo: 'eu-eea',
		europei: 'eu-eea',
		italia: 'eu-eea',
		germania: 'eu-eea',
		francia: 'eu-eea',
		spagna: 'eu-eea',
		portogallo: 'eu-eea',
		irlanda: 'eu-eea',
		'paesi bassi': 'eu-eea',
		olanda: 'eu-eea',
		belgio: 'eu-eea',
		austria: 'eu-eea',
		polonia: 'eu-eea',
		svezia: 'eu-eea',
		danimarca: 'eu-eea',
		finlandia: 'eu-eea',
		grecia: 'eu-eea',
		malta: 'eu-eea',
		norvegia: 'eu-eea',
		islanda: 'eu-eea',
		liechtenstein: 'eu-eea',
		svizzera: 'switzerland',
		svizzero: 'switzerland',
		ticino: 'switzerland',
		brasile: 'brazil',
		australia: 'australia',
		canada: 'elsewhere',
		india: 'elsewhere',
		messico: 'elsewhere',
		giappone: 'elsewhere',
		argentina: 'elsewhere',
		albania: 'elsewhere',
		'san marino': 'elsewhere',
	},
	sameAs: {
		'meta ia': 'meta ai',
		insta: 'instagram',
		ig: 'instagram',
		fb: 'facebook',
		wa: 'whatsapp',
		x: 'per',
		cmq: 'comunque',
		nn: 'non',
		xché: 'perché',
		xke: 'perché',
		pk: 'perché',
	},
	// "usa" is also a verb ("meta usa le mie foto"): the country only in capitals or after "negli", "in", "dagli".
	ambiguousRegionNames: {
		usa: { region: 'us', searchAs: 'stati uniti' },
	},
	sameWordLetters: 5,
	regionNameLeads: words('negli in dagli degli agli'),
};
