/**
 * English: how readers of this site phrase questions, and the words the pages use for the same
 * things. Data only; ../query.ts does the work. Add a word here when a real question misses.
 */
import type { SearchLanguage } from './types';

const words = (list: string) => list.trim().split(/\s+/);

export const en: SearchLanguage = {
	locale: 'en',
	contractions: [
		[/\bcan't\b/g, 'can not'],
		[/\bcannot\b/g, 'can not'],
		[/\bwon't\b/g, 'will not'],
		[/\bshan't\b/g, 'shall not'],
		[/\bain't\b/g, 'is not'],
		[/n't\b/g, ' not'],
		[/'(m|re|ve|ll|d)\b/g, ''],
		// "Meta's", "Instagram's": the possessive adds nothing to search for.
		[/'s\b/g, ''],
		[/s'(?=\s|$)/g, 's'],
	],
	questionWords: words('how what why when where which who whom whose whats hows whys'),
	stopWords: words(`
		a an the i me my mine myself we our ours ourselves you your yours yourself they their theirs them
		he him his she her hers it its itself this that these those there here
		is are am was were be been being do does did doing done can could will would should shall may might must
		of to in on at for by with from into onto about as and or if so than then too also just even still
		any some anything something someone anyone somebody anybody everything
		us im ive id ill youre theyre thats theres
		please really actually exactly anyway ever already yet
		get got gets getting go going gone want wants wanted need needs know tell let lets
		okay ok hi hello thanks thank`),
	synonyms: [
		['dms', 'direct messages', 'private messages', 'dm', 'pms', 'private chats', 'inbox'],
		['undo', 'reverse', 'withdraw', 'take back', 'revoke', 'retract', 'change my mind', 'cancel my objection'],
		['photos', 'pictures', 'pics', 'pic', 'picture', 'images', 'image', 'selfies', 'selfie', 'photographs'],
		['turn off meta ai', 'remove meta ai', 'delete meta ai', 'get rid of meta ai', 'hide meta ai', 'block meta ai'],
		['turn off', 'disable', 'get rid of', 'switch off', 'deactivate', 'shut off'],
		['object', 'opt out', 'opt-out', 'optout', 'say no', 'refuse', 'decline', 'stop meta using', 'block meta from using'],
		['teens', 'teenager', 'teenagers', 'kids', 'children', 'child', 'my son', 'my daughter', 'minors', 'under 18'],
		['ai training', 'train ai', 'training ai', 'train its ai', 'feed ai', 'teach ai'],
		['meta ai chats', 'talk to meta ai', 'chat with meta ai', 'conversations with meta ai'],
		['feed', 'timeline', 'explore page', 'reels recommendations'],
		['ads', 'adverts', 'advertising', 'advertisements'],
		['too late', 'deadline', 'missed the deadline', 'still object'],
		['private account', 'go private', 'make my account private', 'lock my account'],
		['accounts', 'multiple accounts', 'several accounts', 'two accounts', 'every account', 'each account'],
		['confirmation', 'confirm', 'proof', 'worked', 'went through'],
		['permission post', 'copy paste post', 'viral post', 'chain post', 'status saying i do not give permission'],
	],
	regionNames: {
		'united states': 'us',
		usa: 'us',
		america: 'us',
		american: 'us',
		americans: 'us',
		california: 'us',
		texas: 'us',
		'new york': 'us',
		uk: 'uk',
		'united kingdom': 'uk',
		'great britain': 'uk',
		britain: 'uk',
		british: 'uk',
		england: 'uk',
		scotland: 'uk',
		wales: 'uk',
		'northern ireland': 'uk',
		eu: 'eu-eea',
		eea: 'eu-eea',
		europe: 'eu-eea',
		european: 'eu-eea',
		europeans: 'eu-eea',
		germany: 'eu-eea',
		german: 'eu-eea',
		france: 'eu-eea',
		french: 'eu-eea',
		spain: 'eu-eea',
		italy: 'eu-eea',
		ireland: 'eu-eea',
		netherlands: 'eu-eea',
		belgium: 'eu-eea',
		austria: 'eu-eea',
		portugal: 'eu-eea',
		poland: 'eu-eea',
		sweden: 'eu-eea',
		denmark: 'eu-eea',
		finland: 'eu-eea',
		greece: 'eu-eea',
		norway: 'eu-eea',
		iceland: 'eu-eea',
		liechtenstein: 'eu-eea',
		brazil: 'brazil',
		brasil: 'brazil',
		brazilian: 'brazil',
		australia: 'australia',
		australian: 'australia',
		australians: 'australia',
		aussie: 'australia',
		// Not EU or EEA, and the pages treat it on its own where the sources do.
		switzerland: 'switzerland',
		swiss: 'switzerland',
		canada: 'elsewhere',
		canadian: 'elsewhere',
		india: 'elsewhere',
		indian: 'elsewhere',
		mexico: 'elsewhere',
		japan: 'elsewhere',
		'south korea': 'elsewhere',
		korea: 'elsewhere',
		'new zealand': 'elsewhere',
		nigeria: 'elsewhere',
		'south africa': 'elsewhere',
		philippines: 'elsewhere',
		indonesia: 'elsewhere',
		argentina: 'elsewhere',
		turkey: 'elsewhere',
	},
	sameAs: {
		// How the pages write these places, so every page that names them is found.
		usa: 'united states',
		'u.s': 'united states',
		'u.s.a': 'united states',
		america: 'united states',
		'united kingdom': 'uk',
		'great britain': 'uk',
		britain: 'uk',
		england: 'uk',
		scotland: 'uk',
		wales: 'uk',
		brasil: 'brazil',
	},
	ambiguousRegionNames: {
		us: { region: 'us', searchAs: 'united states' },
	},
	regionNameLeads: words('the in from'),
};
