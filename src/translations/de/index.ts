/** Interface words in German; keys as in src/translations/en/ (checked by tests/unit/i18n/interface-words.test.ts). */
import type { DeepPartial, UiText } from '../index';
import * as vocabulary from './vocabulary';
import { journeyText } from './journey';
import { searchText } from './search';
import { siteText } from './site';

export const de: DeepPartial<UiText> = {
	vocabulary: { ...vocabulary },
	journey: journeyText,
	site: siteText,
	search: searchText,
};
