/** Interface words in pt-br; keys as in src/translations/en/. Missing keys fall back to English and fail tests/unit/translations.test.ts. */
import type { DeepPartial, UiText } from '../index';

export const ptBr: DeepPartial<UiText> = {};
