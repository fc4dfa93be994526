/** La recherche en français (vous) ; mêmes clés que src/translations/en/search.ts. « {nom} » est un emplacement que le code remplit. */
import type { SearchText } from '../en/search';

export const searchText: SearchText = {
	trigger: {
		label: 'Rechercher',
		shortcut: 'Ctrl K',
	},
	dialog: {
		title: 'Rechercher dans ce guide',
		close: 'Fermer',
		allResults: 'Ouvrir la page de recherche, avec les filtres',
	},
	input: {
		label: 'Des mots ou une question',
		hint: 'Posez-la comme à une personne, par exemple\u00a0: puis-je retirer mon opposition\u00a0?',
	},
	list: {
		label: 'Résultats de la recherche',
		more: 'Afficher plus de résultats',
	},
	page: {
		title: 'Recherche',
		description: 'Cherchez dans le guide, les questions-réponses, les réglages et les conseils. Filtrez par type de page ou par région.',
		noScript:
			'La recherche a besoin de JavaScript, qui est désactivé dans ce navigateur. Tout le reste est à portée de doigt\u00a0: {faq} et {guide}.',
		faqLink: 'toutes les questions et réponses',
		guideLink: 'le guide',
		filters: 'Filtres\u00a0: type de page, région',
		type: 'Type de page',
		allTypes: 'Tous les types',
		region: 'Région',
		allRegions: 'Toutes les régions',
		regionHint: 'Une région n’affiche que les pages qui donnent des faits propres à ce lieu.',
		browse: 'Vous préférez parcourir\u00a0? Voyez {faq} ou {guide}.',
		browseGuideLink: 'lisez le guide',
	},
	results: {
		whereItApplies: 'Où cela s’applique\u00a0: {regions}',
		everywhere: 'Partout',
		notStated: 'non précisé',
		resultOne: '1 résultat',
		resultMany: '{count} résultats',
		found: '{counted} pour «\u00a0{q}\u00a0»{where}.',
		none: 'Aucun résultat pour «\u00a0{q}\u00a0»{where}.',
		partial: 'Aucune page ne contient tous ces mots. {counted} avec certains d’entre eux pour «\u00a0{q}\u00a0»{where}.',
		scopeType: 'type {label}',
		scopeRegion: 'région {label}',
		tryOther: 'Essayez avec moins de mots ou d’autres mots, ou parcourez {faq}.',
		couldNotLoad: 'La recherche n’a pas pu se charger. Vous pouvez quand même parcourir {faq}.',
		untilThen: '{message}. En attendant, parcourez {faq}.',
		faqLink: 'toutes les questions et réponses',
	},
};
