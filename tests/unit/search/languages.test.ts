// Each language's question clean-up table (src/lib/search/languages/<locale>.ts) with the clean-up
// code (src/lib/search/query.ts): questions as people in that language type them on a phone.
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/lib/i18n/locales';
import { SEARCH_LANGUAGES, searchLanguage } from '../../../src/lib/search/languages/all';
import { loadSearchLanguage } from '../../../src/lib/search/languages';
import { cleanQuery, fold, searchWords, strictTerms } from '../../../src/lib/search/query';
import { REGIONS } from '../../../src/lib/vocabulary';

const table = (locale: keyof typeof SEARCH_LANGUAGES) => SEARCH_LANGUAGES[locale];
const words = (locale: keyof typeof SEARCH_LANGUAGES, q: string) => searchWords(cleanQuery(q, table(locale)));
const terms = (locale: keyof typeof SEARCH_LANGUAGES, q: string) => strictTerms(cleanQuery(q, table(locale)));
const regions = (locale: keyof typeof SEARCH_LANGUAGES, q: string) => cleanQuery(q, table(locale)).regions;

describe('the table for a page', () => {
	it('is picked by the page’s locale, English for any other', async () => {
		for (const locale of LOCALES) {
			expect(searchLanguage(locale).locale).toBe(locale);
			expect((await loadSearchLanguage(locale)).locale).toBe(locale);
		}
		expect(searchLanguage('xx').locale).toBe('en');
		expect((await loadSearchLanguage('xx')).locale).toBe('en');
	});
});

describe.each(LOCALES.map((l) => [l] as const))('the %s table', (locale) => {
	const lang = table(locale);

	it('writes its words in lower case, each synonym in one group only, none of them a small word', () => {
		const seen = new Map<string, number>();
		const stop = new Set([...lang.stopWords, ...lang.questionWords].map(fold));
		lang.synonyms.forEach((group, i) => {
			for (const entry of group) {
				expect(entry, 'entries are lower case').toBe(entry.toLowerCase());
				expect(seen.get(fold(entry)), `"${entry}" is in two groups`).toBeUndefined();
				seen.set(fold(entry), i);
				// A one-word synonym that is also a small word would turn "por" into "write", say.
				if (!entry.includes(' ')) expect(stop.has(fold(entry)), `"${entry}" is also a small word`).toBe(false);
			}
		});
		for (const word of [...lang.stopWords, ...lang.questionWords, ...Object.keys(lang.regionNames), ...Object.keys(lang.sameAs)]) {
			expect(word, 'lower case').toBe(word.toLowerCase());
		}
	});

	it('names only regions the site has', () => {
		for (const [name, region] of Object.entries(lang.regionNames)) expect(REGIONS as readonly string[], name).toContain(region);
		for (const { region } of Object.values(lang.ambiguousRegionNames)) expect(REGIONS as readonly string[]).toContain(region);
	});

	// Not English: "ai" is the word itself there, with nothing else to be mistaken for.
	if (locale !== 'en') {
		it('keeps "Meta AI" whole, so its "ai" is never read as another word', () => {
			expect(cleanQuery('meta ai', lang).concepts).toEqual([['meta ai']]);
		});
	}
});

describe('German', () => {
	it('drops question words and small words, keeps what the question is about', () => {
		expect(words('de', 'Wie kann ich meinen Widerspruch zurücknehmen?')).toEqual(['widerspruch', 'zurücknehmen']);
		expect(words('de', 'liest meta meine dms')).toEqual(['liest', 'meta', 'dms']);
		expect(cleanQuery('warum ist meta ai auf meinem instagram', table('de')).asks).toEqual(['warum']);
	});

	it('opens "geht’s" and puts separable verbs back together', () => {
		expect(words('de', 'geht’s noch')).toEqual(['noch']);
		expect(terms('de', 'wie schalte ich meta ai aus')).toEqual(['ausschalte meta ai', 'ausschalten meta ai']);
		expect(terms('de', 'wie nehme ich den widerspruch zurück')).toEqual(['zurücknehme widerspruch', 'rückgängig widerspruch']);
	});

	it('searches the noun for the verb and the verb for the noun ("widerspreche", "Widerspruch")', () => {
		expect(terms('de', 'muss ich nochmal widersprechen')).toEqual(['widersprechen', 'widerspruch']);
		expect(terms('de', 'opt out rückgängig')).toEqual(['opt out rückgängig', 'widerspruch rückgängig']);
	});

	it('reads words without their accents, as phones often type them', () => {
		expect(terms('de', 'ruckgangig')).toEqual(['rückgängig']);
		expect(terms('de', 'loschen')).toEqual(['löschen']);
		expect(regions('de', 'ich wohne in osterreich')).toEqual(['eu-eea']);
	});

	it('knows the places', () => {
		expect(regions('de', 'ich wohne in deutschland')).toEqual(['eu-eea']);
		expect(terms('de', 'ich wohne in deutschland')).toEqual(['deutschland', 'eu']);
		expect(words('de', 'ich lebe in den vereinigten staaten')).toEqual(['usa']);
		expect(regions('de', 'ich lebe in der schweiz')).toEqual(['switzerland']);
		expect(regions('de', 'großbritannien')).toEqual(['uk']);
	});

	it('uses the site’s words for synonyms', () => {
		expect(terms('de', 'meta ki ausschalten')).toEqual(['meta ai ausschalten']);
		expect(terms('de', 'liest meta meine privatnachrichten')).toEqual(['liest meta privatnachrichten', 'liest meta dms']);
		expect(terms('de', 'meine bilder')).toEqual(['bilder', 'fotos']);
	});
});

describe('French', () => {
	it('takes elisions and "-t-il" apart', () => {
		expect(words('fr', "comment m'opposer à l'utilisation de mes photos par l'ia")).toEqual(['opposer', 'utilisation', 'photos', 'ia']);
		expect(words('fr', "qu'est-ce que le droit d'opposition")).toEqual(['droit', 'opposition']);
		expect(words('fr', 'peut-on désactiver meta ai')).toEqual(['désactiver', 'meta', 'ai']);
		expect(cleanQuery('a-t-il lu mes messages', table('fr')).concepts).toEqual([['lu'], ['messages']]);
	});

	it('uses the site’s words for synonyms', () => {
		expect(terms('fr', 'meta lit mes dm')).toEqual(['meta lit dm', 'meta lit messages privés']);
		expect(terms('fr', "j'ai changé d'avis")).toEqual(['changé avis', 'retirer']);
		expect(terms('fr', 'enlever meta ai')).toEqual(['enlever meta ai', 'désactiver meta ai']);
	});

	it('knows the places, with or without accents', () => {
		expect(regions('fr', 'je vis aux etats-unis')).toEqual(['us']);
		expect(regions('fr', "j'habite en belgique")).toEqual(['eu-eea']);
		expect(regions('fr', 'je suis au québec')).toEqual(['elsewhere']);
		expect(regions('fr', 'je vis en suisse')).toEqual(['switzerland']);
	});
});

describe('Spanish', () => {
	it('drops "¿", accents and small words', () => {
		expect(words('es', '¿Cómo desactivo Meta AI?')).toEqual(['desactivo', 'meta', 'ai']);
		expect(cleanQuery('como desactivo meta ai', table('es')).asks).toEqual(['como']);
	});

	it('reads "EE.UU." and "EEUU" as the United States', () => {
		for (const q of ['vivo en EE.UU.', 'vivo en ee uu', 'vivo en eeuu', 'vivo en estados unidos'])
			expect(regions('es', q), q).toEqual(['us']);
	});

	it('uses the site’s words for synonyms', () => {
		expect(terms('es', 'meta lee mis mensajes privados')).toEqual(['meta lee mensajes privados', 'meta lee mensajes directos']);
		expect(terms('es', 'me arrepentí')).toEqual(['arrepentí', 'retirar']);
		expect(terms('es', 'que pongo en el formulario')).toEqual(['pongo formulario', 'escribir formulario']);
	});

	it('knows the places', () => {
		expect(regions('es', 'vivo en méxico')).toEqual(['elsewhere']);
		expect(regions('es', 'vivo en españa')).toEqual(['eu-eea']);
		expect(regions('es', 'vivo en argentina')).toEqual(['elsewhere']);
	});
});

describe('Italian', () => {
	it('takes elisions apart and writes out "cos’è"', () => {
		expect(words('it', "come posso oppormi all'addestramento dell'ia")).toEqual(['oppormi', 'addestramento', 'ia']);
		expect(cleanQuery("cos'è l'opt out", table('it')).asks).toEqual(['cosa']);
	});

	it('reads "usa" as the country only in capitals or after "negli"', () => {
		expect(regions('it', 'meta usa le mie foto')).toEqual([]);
		expect(words('it', 'meta usa le mie foto')).toEqual(['meta', 'usa', 'foto']);
		expect(regions('it', 'vivo negli usa')).toEqual(['us']);
		expect(regions('it', 'vivo in USA')).toEqual(['us']);
		expect(terms('it', 'vivo negli usa')).toEqual(['stati uniti']);
	});

	it('uses the site’s words for synonyms, keeping "ai" of Meta AI (in Italian also "to the")', () => {
		expect(terms('it', 'come disattivo meta ai')).toEqual(['disattivo meta ai', 'disattivare meta ai']);
		expect(terms('it', 'meta legge i miei dm')).toEqual(['meta legge dm', 'meta legge messaggi privati']);
		expect(words('it', 'vale anche ai miei figli')).toEqual(['vale', 'figli']);
	});
});

describe('Brazilian Portuguese', () => {
	it('drops phone shorthand ("vc", "pq", "q") and small words', () => {
		expect(words('pt-br', 'vc sabe pq a meta usa minhas fotos')).toEqual(['meta', 'usa', 'fotos']);
		expect(words('pt-br', 'a meta le minhas dms')).toEqual(['meta', 'le', 'dms']);
	});

	it('takes "retirá-la" apart and searches "oposição" for "me opor"', () => {
		expect(terms('pt-br', 'posso retirá-la')).toEqual(['retirá', 'desfazer']);
		expect(terms('pt-br', 'preciso me opor de novo')).toEqual(['opor novo', 'oposição novo']);
	});

	it('uses the site’s words for synonyms', () => {
		expect(terms('pt-br', 'usam meu direct pra treinar ia')).toEqual(['usam direct treinar ia', 'usam dms treinamento']);
		expect(terms('pt-br', 'perfil fechado')).toEqual(['perfil fechado', 'conta privada']);
		expect(terms('pt-br', 'zap')).toEqual(['whatsapp']);
	});

	it('knows the places, "eu" is "I" and "UE" the EU', () => {
		expect(regions('pt-br', 'eu moro nos eua')).toEqual(['us']);
		expect(regions('pt-br', 'moro na ue')).toEqual(['eu-eea']);
		expect(words('pt-br', 'eu moro no brasil')).toEqual(['brasil']);
		expect(regions('pt-br', 'eu moro no brasil')).toEqual(['brazil']);
	});
});
