/**
 * French: how readers phrase questions (lower case, on a phone, "vous" or "je"), and the words the
 * French pages use for the same things (content/translations/fr/GLOSSARY.md). Data only;
 * ../query.ts does the work. Add a word here when a real question misses (tests/search/questions.fr.yaml).
 */
import type { SearchLanguage } from './types';

const words = (list: string) => list.trim().split(/\s+/);

export const fr: SearchLanguage = {
	locale: 'fr',
	contractions: [
		// "peut-on", "puis-je", "a-t-il", "est-ce": the pronoun comes apart from the verb.
		[/-t-(?=(?:il|elle|on)(?!\p{L}))/gu, ' '],
		[/-(?=(?:je|tu|il|elle|on|nous|vous|ils|elles|ce|moi|toi|là)(?!\p{L}))/gu, ' '],
		// Elisions: "l'ia", "d'opposition", "qu'est-ce", "m'opposer", "j'ai", "n'est": the small word goes.
		[/(?<!\p{L})(?:l|d|j|m|t|s|n|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=\p{L})/gu, ''],
	],
	questionWords: words(`
		comment quoi quel quelle quels quelles pourquoi quand où qui que combien lequel laquelle lesquels lesquelles`),
	stopWords: words(`
		le la les un une des du de au aux à a en dans sur sous par pour avec sans chez vers entre
		je me moi mon ma mes tu te toi ton ta tes il elle on nous vous ils elles se lui leur leurs son sa ses
		notre nos votre vos ce cet cette ces ça cela ceci celui celle ceux celles
		est es suis sont êtes sommes était étais été être ai as avons avez ont avait eu avoir fait faire fais
		peux peut pouvons pouvez peuvent pourrais pourrait dois doit devons devez doivent devrais devrait
		veux veut voulons voulez veulent voudrais faut
		et ou mais donc ni car si alors aussi encore déjà juste même très trop plus bien comme
		ne pas jamais rien non oui y là ici
		est-ce peut-être quelque chose quelqu un
		svp stp merci bonjour salut bref genre
		habite habites habitons habitez vis vit vivons vivez vivre
		deux tous
		vraiment exactement ok`),
	synonyms: [
		['messages privés', 'dm', 'dms', 'mp', 'mps', 'messages directs', 'message privé', 'messagerie', 'conversations privées', 'direct'],
		['retirer', 'annuler', 'révoquer', 'revenir en arrière', 'revenir sur', 'changer avis', 'changé avis', 'défaire', 'reprendre'],
		['photos', 'photo', 'images', 'image', 'selfies', 'selfie', 'clichés'],
		[
			'désactiver meta ai',
			'supprimer meta ai',
			'enlever meta ai',
			'retirer meta ai',
			'bloquer meta ai',
			'couper meta ai',
			'virer meta ai',
			'débarrasser de meta ai',
		],
		['désactiver', 'éteindre', 'couper', 'enlever', 'débarrasser', 'virer', 'désinstaller'],
		[
			'opposer',
			'opt out',
			'opt-out',
			'optout',
			'refuser',
			'dire non',
			'exclure',
			'désinscrire',
			'interdire',
			'empêcher meta',
			'empêcher meta utiliser',
			'empêcher meta ai',
		],
		['adolescents', 'adolescent', 'ados', 'ado', 'enfants', 'enfant', 'mineurs', 'mineur', 'fils', 'fille', 'jeunes', 'moins de 18 ans'],
		['entraînement', 'entraîner', 'entraînement de ia', 'entraîner ia', 'nourrir ia', 'former ia', 'apprentissage', 'training'],
		[
			'conversations avec meta ai',
			'discussions avec meta ai',
			'chats avec meta ai',
			'parler à meta ai',
			'discuter avec meta ai',
			'ce que je dis à meta ai',
			'ce que écris à meta ai',
			'questions à meta ai',
		],
		['fil', 'fil actualité', 'timeline', 'explorer', 'accueil'],
		['supprimer', 'effacer', 'supprimées', 'supprimés', 'effacées'],
		['écrire', 'remplir', 'indiquer', 'noter', 'marquer', 'motif', 'justifier'],
		['changer', 'change', 'modifier', 'affecter', 'gâcher', 'casser', 'impact', 'conséquences'],
		['payer', 'paie', 'paye', 'payant', 'payer pour', 'abonnement'],
		['publicités', 'publicité', 'pubs', 'pub', 'annonces', 'ads'],
		['trop tard', 'délai', 'date limite', 'deadline', 'encore possible'],
		['compte privé', 'profil privé', 'compte en privé', 'passer en privé', 'mettre en privé'],
		['comptes', 'plusieurs comptes', 'deux comptes', 'chaque compte', 'tous mes comptes'],
		['confirmation', 'confirmer', 'preuve', 'marché', 'fonctionné', 'pris en compte', 'accusé de réception'],
		['autorisation', 'message viral', 'chaîne', 'copier coller', 'je donne pas mon autorisation', 'autorise pas'],
		['meta ai'],
		['ue', 'france', 'belgique', 'luxembourg', 'europe', 'union européenne'],
		['royaume-uni', 'royaume uni', 'uk', 'angleterre', 'grande-bretagne', 'grande bretagne'],
		['états-unis', 'états unis', 'usa', 'amérique'],
	],
	regionNames: {
		'états-unis': 'us',
		'états unis': 'us',
		usa: 'us',
		amérique: 'us',
		américain: 'us',
		américaine: 'us',
		américains: 'us',
		californie: 'us',
		'new york': 'us',
		'royaume-uni': 'uk',
		'royaume uni': 'uk',
		uk: 'uk',
		angleterre: 'uk',
		'grande-bretagne': 'uk',
		'grande bretagne': 'uk',
		écosse: 'uk',
		'pays de galles': 'uk',
		britannique: 'uk',
		britanniques: 'uk',
		ue: 'eu-eea',
		eee: 'eu-eea',
		europe: 'eu-eea',
		'union européenne': 'eu-eea',
		européen: 'eu-eea',
		européenne: 'eu-eea',
		européens: 'eu-eea',
		france: 'eu-eea',
		belgique: 'eu-eea',
		belge: 'eu-eea',
		luxembourg: 'eu-eea',
		allemagne: 'eu-eea',
		espagne: 'eu-eea',
		italie: 'eu-eea',
		irlande: 'eu-eea',
		'pays-bas': 'eu-eea',
		portugal: 'eu-eea',
		autriche: 'eu-eea',
		pologne: 'eu-eea',
		suède: 'eu-eea',
		danemark: 'eu-eea',
		finlande: 'eu-eea',
		grèce: 'eu-eea',
		roumanie: 'eu-eea',
		norvège: 'eu-eea',
		islande: 'eu-eea',
		liechtenstein: 'eu-eea',
		martinique: 'eu-eea',
		guadeloupe: 'eu-eea',
		suisse: 'switzerland',
		suisses: 'switzerland',
		brésil: 'brazil',
		brésilien: 'brazil',
		australie: 'australia',
		australien: 'australia',
		canada: 'elsewhere',
		québec: 'elsewhere',
		canadien: 'elsewhere',
		canadienne: 'elsewhere',
		maroc: 'elsewhere',
		algérie: 'elsewhere',
		tunisie: 'elsewhere',
		sénégal: 'elsewhere',
		'côte ivoire': 'elsewhere',
		cameroun: 'elsewhere',
		inde: 'elsewhere',
		mexique: 'elsewhere',
		japon: 'elsewhere',
		corée: 'elsewhere',
		monaco: 'elsewhere',
	},
	sameAs: {
		'meta ia': 'meta ai',
		insta: 'instagram',
		fb: 'facebook',
	},
	ambiguousRegionNames: {},
	sameWordLetters: 5,
	regionNameLeads: [],
};
