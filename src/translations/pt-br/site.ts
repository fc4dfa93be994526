/**
 * Brazilian Portuguese interface words for the page frame and the pages themselves; keys and function
 * parameters as in src/translations/en/site.ts. Key terms follow content/translations/pt-br/GLOSSARY.md.
 */
import type { UiText } from '../en';
import { em, languageNames } from './grammar';

export const siteText: UiText['site'] = {
	name: 'Guia do opt-out da Meta AI',
	shareImageAlt: 'Guia da opção de recusa (opt-out) da Meta AI: o que o Instagram usa para a IA e as configurações que limitam isso',
	skipLink: 'Pular para o conteúdo principal',
	feedTitle: 'O que mudou: a Meta AI e seus dados do Instagram',
	nav: {
		mainLabel: 'Principal',
		footerLabel: 'Rodapé',
		guide: 'Guia',
		quiz: 'Quiz',
		settings: 'Configurações',
		faq: 'Perguntas',
		tips: 'Dicas',
		changes: 'O que mudou',
		sources: 'Fontes',
		about: 'Sobre e privacidade',
		translations: 'Traduções',
	},
	footer: {
		independent:
			'Um guia independente, não feito pela Meta nem pelo Instagram. Este site não tem análise de tráfego, não grava cookies e não carrega nada de outros sites.',
	},
	/** "As informações mais recentes deste site são do fim de agosto de 2026 …": `month` e.g. "agosto de 2026". */
	evidence: {
		part: {
			early: (month: string) => `início de ${month}`,
			mid: (month: string) => `meados de ${month}`,
			late: (month: string) => `fim de ${month}`,
		},
		sentence: (when: string) =>
			`As informações mais recentes deste site são ${/^meados\b/.test(when) ? 'de' : 'do'} ${when}. O que a Meta mudou depois disso não está coberto aqui.`,
		newestDated: 'A fonte datada mais recente é de',
		howWeCheck: 'Como verificamos',
		checkedUpTo: 'Conferido com as fontes até',
		menusChange: 'A Meta muda os menus com frequência, por isso cada página mostra a própria data.',
	},
	language: {
		label: 'Idioma',
		missing: (language: string) =>
			`Esta página ainda não foi traduzida para o ${languageNames[language] ?? language}, por isso aparece em inglês.`,
		outdated: 'A página em inglês mudou desde que esta tradução foi feita. Ela pode não trazer os fatos mais recentes.',
		readEnglish: 'Ler a página em inglês',
		menuLabels:
			'Os nomes dos menus do Instagram aparecem em inglês, como nossas fontes os mostram, com a tradução entre parênteses. Seu app pode mostrá-los em português.',
		suggest: 'Leia esta página em português',
	},
	translations: {
		title: 'Traduções: o que está em dia',
		description: 'Quais páginas deste guia estão traduzidas para cada idioma, e quais traduções estão atrasadas em relação ao inglês.',
		lede: 'Toda página é escrita primeiro em inglês. Uma tradução registra de qual versão da página em inglês ela foi feita; quando o inglês muda, a página traduzida avisa isso até a tradução ser atualizada.',
		current: 'Em dia',
		outdated: 'Atrasada em relação ao inglês',
		missing: 'Ainda não traduzida',
		allCurrent: 'Todas as páginas estão traduzidas e de acordo com o inglês.',
		collections: {
			guide: 'Guia',
			faq: 'Perguntas e respostas',
			pages: 'Outras páginas',
			tips: 'Dicas',
			settings: 'Configurações',
			regions: 'Regiões',
			changes: 'O que mudou',
		},
		interfaceNote: 'Menus, botões e rótulos são traduzidos à parte e estão completos em todos os idiomas.',
	},
	dates: {
		lastChecked: 'Conferido pela última vez com as fontes:',
		newestSource: 'Fonte mais recente:',
		noneDated: 'Nenhuma das fontes tem data.',
		whatThisMeans: 'O que isso significa',
		undated: 'sem data',
	},
	sources: {
		heading: 'Fontes',
		primary: 'Fonte primária.',
		secondary: 'Fonte secundária (relatada).',
		reprints: 'Reproduções ou reportagens:',
		readVia: 'Lida por meio de uma',
		storedCopy: 'cópia armazenada',
		pageTitle: 'Fontes',
		pageDescription:
			'Todas as fontes em que este guia se baseia: páginas da própria Meta, órgãos reguladores, tribunais e a imprensa, com datas.',
		pageLede: (count: number) => `Cada página deste guia lista as fontes dela. Aqui estão todas em um só lugar: ${count} no total.`,
		kindsExplained: {
			primaryName: 'Fontes primárias',
			primaryText: 'são as páginas da própria Meta, órgãos reguladores, tribunais e a lei.',
			secondaryName: 'Fontes secundárias',
			secondaryText:
				'são reportagens e guias; o guia diz “relatado” ou “segundo” quando se baseia em uma delas. Quando não foi possível ler a página original diretamente, a entrada aponta para a cópia armazenada que foi lida.',
		},
		primaryHeading: (count: number) => `Fontes primárias (${count})`,
		secondaryHeading: (count: number) => `Fontes secundárias (${count})`,
		titlesNote: 'As fontes mantêm os próprios títulos, no idioma em que foram publicadas.',
	},
	regionBadges: {
		appliesTo: 'Vale para',
		everywhere: 'Em todo lugar',
		regionSpecific: 'Fatos que dependem da região nesta seção',
		availableIn: 'Disponível em',
		for: 'Para',
	},
	aside: {
		note: 'Observação',
		uncertain: 'O que não se sabe',
		region: 'Depende de onde você mora',
	},
	toc: 'Nesta página',
	prevNext: { label: 'Seção anterior e próxima', previous: 'Anterior', next: 'Próxima' },
	home: {
		description:
			'O que a Meta AI no Instagram faz com suas publicações, se você pode recusar onde mora e quais configurações mudar. Linguagem simples, com fontes, sem rastreamento.',
	},
	guide: {
		title: 'O guia',
		description: 'Seções curtas sobre o que a Meta AI no Instagram faz com seus dados, o que muda quando você recusa e quanto isso custa.',
		lede: (count: number) =>
			`${count} seções curtas e um resumo, cerca de um minuto cada. Leia na ordem ou vá direto para a que você precisa.`,
		checkedUpTo: 'Seções conferidas até',
		sectionOf: (position: number, total: number) => `Guia, seção ${position} de ${total}`,
		conclusionLine: 'Guia, conclusão',
		conclusionNav: 'O que fazer agora',
		conclusionText: 'A versão curta: o que mudar hoje e o que acompanhar.',
		toFaq: 'Perguntas e respostas',
	},
	faq: {
		description:
			'Respostas simples às perguntas que as pessoas fazem sobre a Meta AI no Instagram: oposição, DMs, regiões, adolescentes, como desfazer.',
		topics: 'Temas',
		moreInGuide: 'Mais no guia:',
		all: 'Todas as perguntas e respostas',
		howToDoIt: (name: string) => `Como fazer: ${name}`,
		settingDetails: 'O que protege, quanto custa e as fontes',
	},
	setting: {
		allSettings: 'Todas as configurações',
		howSure: (label: string) => `Grau de certeza: ${label}.`,
		certaintyExplained: {
			documented: 'Páginas, políticas ou formulários da própria Meta dizem isso.',
			reported:
				'Os passos ou os detalhes principais vêm de reportagens ou guias, não da Meta. Quando um texto da Meta confirma uma parte, a página diz isso.',
			unclear: 'Nossas fontes divergem sobre isso, então trate os detalhes com cuidado.',
		},
		howHeading: 'Como fazer',
		onWeb: 'No instagram.com',
		tradeOffHeading: 'O que protege e quanto custa',
		protects: 'Protege',
		protectsNothing: 'Nenhum dos seus dados. Muda o que é mostrado a você, não o que a Meta coleta ou usa.',
		costs: 'Custo para você',
		time: 'Tempo necessário',
		effort: (minutes: number) => `Cerca de ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}`,
		undo: 'Dá para desfazer?',
		yes: 'Sim.',
		no: 'Não.',
		detailsHeading: 'O que saber',
		quizLine: 'Não sabe se isso vale a pena para você?',
		quizLink: 'O quiz',
		quizLineEnd: 'compara isso com o que você valoriza.',
		nothingDocumented: 'Nada documentado',
		stepsBy: (publisher: string) => `Passos conforme descritos ${/^Meta\b/.test(publisher) ? 'pela' : 'por'} ${publisher}.`,
		settingsDescription:
			'Todas as configurações, formulários e hábitos do Instagram neste guia, agrupados pelo que protegem: onde existem, quanto custam a você e o grau de certeza das fontes.',
		wantQuiz: 'Prefere uma lista curta feita para você?',
		takeQuiz: 'Fazer o quiz',
		groupsHeading: 'O que protege',
		regionMostImportant: (region: string) => `O que mais importa ${em(region)}, com os passos`,
	},
	tips: {
		title: (count: number) => (count === 6 ? 'Seis coisas que você pode fazer hoje' : `${count} coisas que você pode fazer hoje`),
		description:
			'Seis coisas para fazer hoje sobre a Meta AI e seus dados do Instagram, da mais importante para a menos, cada uma com um link para os passos.',
		lede: 'A mais importante primeiro. Cada uma leva aos seus passos.',
		howTo: (name: string) => `Como fazer: ${name}`,
	},
	regions: {
		description:
			'Escolha onde você mora para ver o que você pode fazer ali sobre a Meta AI no Instagram, com os passos e os links da própria Meta.',
		inLanguage: (language: string) => `em ${languageNames[language] ?? language}`,
	},
	changes: {
		title: 'O que mudou, e quando',
		description:
			'Um registro com datas das ações da Meta sobre IA e dados, e das decisões judiciais e declarações de órgãos reguladores sobre elas, das mais recentes para as mais antigas, cada uma com as fontes.',
		lede: 'O que a Meta mudou sobre IA e seus dados, e o que tribunais, órgãos reguladores e legisladores fizeram a respeito, a partir de março de 2024. As mais recentes primeiro. Cada entrada cita as fontes e aponta para as páginas deste guia que ela mudou.',
		howFar: 'Até onde isto vai:',
		reportedMeans:
			'“Segundo” (ou “relatado”) quer dizer que só a imprensa ou um guia diz isso: a Meta, um órgão regulador ou um tribunal não confirmou isso nas fontes que encontramos. Quando uma fonte dá só o mês, nós também damos só o mês.',
		feedBefore: 'Acompanhe esta lista em um leitor de feeds:',
		feedLink: 'Feed Atom das mudanças',
		feedLanguage: ' (em inglês)',
		feedAfter: (count: number) => `A lista tem ${count} ${count === 1 ? 'entrada' : 'entradas'} e foi conferida pela última vez em`,
		yearsLabel: 'Anos',
		whereUnsaid: 'As fontes não dizem onde.',
		whereApplies: 'Onde isto vale',
		pagesChanged: 'Páginas que isto mudou:',
		sources: 'Fontes:',
		affected: {
			guide: (title: string) => `Guia: ${title}`,
			faq: (question: string) => `Pergunta: ${question}`,
			setting: (name: string) => `Configuração: ${name}`,
		},
		lastChecked: 'Conferido pela última vez com as fontes:',
		linkToEntry: 'Link para esta entrada',
	},
	notFound: {
		title: 'Página não encontrada',
		description: 'Esta página não existe. Aqui estão os caminhos para entrar no guia.',
		text: 'Não há nenhuma página neste endereço. Ela pode ter mudado de lugar, ou o link pode ter um erro de digitação.',
		start: 'Página inicial',
	},
};
