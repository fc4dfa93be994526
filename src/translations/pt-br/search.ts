/** A busca em português do Brasil (você); mesmas chaves de src/translations/en/search.ts. “{nome}” é um espaço que o código preenche. */
import type { SearchText } from '../en/search';

export const searchText: SearchText = {
	trigger: {
		label: 'Buscar',
		shortcut: 'Ctrl K',
	},
	dialog: {
		title: 'Buscar neste guia',
		close: 'Fechar',
		allResults: 'Abrir a página de busca, com filtros',
	},
	input: {
		label: 'Palavras ou uma pergunta',
		hint: 'Pergunte como você perguntaria a uma pessoa, por exemplo: posso desfazer minha oposição?',
	},
	list: {
		label: 'Resultados da busca',
		more: 'Mostrar mais resultados',
	},
	page: {
		title: 'Busca',
		description: 'Busque no guia, nas perguntas e respostas, nas configurações e nas dicas. Filtre por tipo de página ou por região.',
		noScript: 'A busca precisa de JavaScript, que está desativado neste navegador. Todo o resto continua a um toque: {faq} e {guide}.',
		faqLink: 'todas as perguntas e respostas',
		guideLink: 'o guia',
		filters: 'Filtros: tipo de página, região',
		type: 'Tipo de página',
		allTypes: 'Todos os tipos',
		region: 'Região',
		allRegions: 'Todas as regiões',
		regionHint: 'Uma região mostra só as páginas com fatos específicos daquele lugar.',
		browse: 'Prefere navegar? Veja {faq} ou {guide}.',
		browseGuideLink: 'leia o guia',
	},
	results: {
		whereItApplies: 'Onde vale: {regions}',
		everywhere: 'Em todo lugar',
		notStated: 'não informado',
		resultOne: '1 resultado',
		resultMany: '{count} resultados',
		found: '{counted} para “{q}”{where}.',
		none: 'Nenhum resultado para “{q}”{where}.',
		partial: 'Nenhuma página tem todas estas palavras. {counted} com algumas delas para “{q}”{where}.',
		scopeType: 'tipo {label}',
		scopeRegion: 'região {label}',
		tryOther: 'Tente com menos palavras ou com outras, ou veja {faq}.',
		couldNotLoad: 'Não foi possível carregar a busca. Você ainda pode ver {faq}.',
		untilThen: '{message}. Enquanto isso, veja {faq}.',
		faqLink: 'todas as perguntas e respostas',
	},
};
