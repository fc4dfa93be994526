/**
 * Brazilian Portuguese interface words for the journey pages and components; keys and function
 * parameters as in src/translations/en/journey.ts. Key terms follow content/translations/pt-br/GLOSSARY.md.
 */
import type { UiText } from '../en';
import { em, isMeta, de, por } from './grammar';

export const journeyText: UiText['journey'] = {
	/** How each region reads on the "Onde você mora?" links: a name, and a short hint where one helps. */
	regionChoice: {
		'eu-eea': { name: 'União Europeia', hint: 'ou Islândia, Liechtenstein, Noruega' },
		uk: { name: 'Reino Unido' },
		switzerland: { name: 'Suíça' },
		us: { name: 'Estados Unidos' },
		brazil: { name: 'Brasil' },
		australia: { name: 'Austrália' },
		elsewhere: { name: 'Outro lugar', hint: 'qualquer outro país' },
	},
	home: {
		title: 'A Meta AI e o seu Instagram: o que você pode mudar',
		lede: 'A Meta treina a IA dela com publicações públicas do Instagram. Se você pode dizer não depende de onde você mora. Escolha sua região para ver o que você pode fazer, com os passos.',
		whereHeading: 'Onde você mora?',
		whereHint: 'Um toque leva você ao que dá para fazer onde você mora, com os passos e os links da própria Meta.',
		planHeading: 'Quer um plano feito para você?',
		planText: 'Responda a algumas perguntas. Suas respostas ficam no seu celular.',
		planLink: 'Fazer meu plano',
		moreHeading: 'Ou leia primeiro',
		guide: (count: number) => ({ link: 'Ler o guia', text: `${count} seções curtas e um resumo, cerca de um minuto cada.` }),
		faq: (count: number) => ({ link: 'Encontre sua pergunta', text: `${count} perguntas, cada uma respondida primeiro em uma linha.` }),
		settings: (count: number) => ({
			link: 'Todas as configurações',
			text: `${count} configurações, formulários e hábitos, agrupados pelo que protegem.`,
		}),
		tips: { link: 'Seis coisas para fazer hoje', text: 'Cada uma leva aos seus passos.' },
		privacyHeading: 'Este site não rastreia você',
		privacyText: 'Sem análise de tráfego, sem cookies, sem anúncios, e nada é carregado de outros sites.',
		privacyLink: 'Quem fez este guia',
	},
	region: {
		canHeading: 'Em resumo',
		actionsHeading: (count: number) => (count === 1 ? 'A coisa que mais importa' : `As ${count} coisas que mais importam`),
		notesHeading: 'O que saber',
		planHeading: 'Um plano para você',
		planText: 'O quiz compara estes passos com o uso que você faz do Instagram e monta um plano curto que você pode imprimir.',
		planLink: 'Fazer meu plano',
		faqHeading: 'Perguntas que as pessoas daqui fazem',
		authoritiesHeading: 'Quem fiscaliza isso aqui',
		otherRegions: 'Mora em outro lugar?',
	},
	action: {
		metaLinks: 'Página da própria Meta',
		metaLinksMany: 'Páginas da própria Meta',
		steps: 'Passos no app do Instagram',
		anotherWay: (label: string) => `Outro jeito: ${label}`,
		protects: 'Protege',
		costs: 'Custo para você',
		costsNothing: 'Nada documentado',
		protectsNothing: 'Nenhum dos seus dados',
		checked: 'Conferido com as fontes',
		more: (name: string) => `Tudo sobre “${name}”: nosso grau de certeza, como desfazer, fontes`,
		/** Where a setting's steps come from: said the same way on every page that shows them. */
		stepsLine: (source: { publisher: string; date: string; primary: boolean } | undefined, habit: boolean) => {
			const device = ' Não verificado em um celular: a Meta muda os nomes dos menus, então seu app pode estar diferente.';
			if (!source) return `Nenhuma fonte que encontramos indica os toques exatos, então estes passos só dizem onde procurar.${device}`;
			if (habit)
				return source.primary
					? `Este hábito se baseia no que ${isMeta(source.publisher) ? 'a ' : ''}${source.publisher} diz (${source.date}).`
					: `Este hábito se baseia em um relato ${de(source.publisher)} (${source.date}).`;
			return source.primary
				? `Passos baseados no próprio texto ${de(source.publisher)} (${source.date}).${device}`
				: `Passos conforme descritos ${por(source.publisher)}, ${source.date}. Isto é um guia ou uma reportagem, não as instruções da própria Meta.${device}`;
		},
		routeBy: (publisher: string, date: string) => `Este caminho, conforme descrito ${por(publisher)}, ${date}.`,
	},
	steps: {
		copy: 'Copiar estes passos',
		copied: 'Copiado. Cole numa nota ou numa mensagem.',
		selected: 'Selecionado. Use a opção Copiar do seu celular, ou pressione Ctrl+C.',
	},
	external: {
		leaves: '(sai deste site)',
	},
	diagram: {
		caption: 'Diagrama de onde tocar, desenhado para este guia. Não é uma captura de tela: seu app pode estar diferente.',
		label: (steps: readonly string[]) => `Diagrama de onde tocar: ${steps.map((s, i) => `${i + 1}. ${s}`).join(' ')}`,
	},
	discussed: {
		heading: 'Citado em',
		none: 'Nenhuma seção do guia, pergunta ou dica aponta para cá ainda.',
		kinds: { guide: 'Guia', faq: 'Pergunta', tips: 'Dica' },
	},
	settingsIndex: {
		title: 'Todas as configurações, pelo que protegem',
		lede: (count: number) =>
			`${count} configurações, formulários e hábitos. Cada um tem sua própria página com os passos, como desfazer e as fontes.`,
		filterHeading: 'Mostrar só o que existe onde você mora',
		all: 'Em todo lugar',
		regionTitle: (region: string) => `Configurações ${em(region)}, pelo que protegem`,
		regionLede: (count: number, region: string) =>
			`${count} configurações, formulários e hábitos que, segundo nossas fontes, existem ${em(region)}.`,
		alsoProtects: 'Também protege',
		protectsNone: 'Muda o que você vê, não o que a Meta usa',
		where: 'Onde',
		howSure: 'Grau de certeza',
		everywhere: 'Em todo lugar',
	},
	faqIndex: {
		title: 'Perguntas e respostas',
		lede: (count: number) =>
			`${count} perguntas que as pessoas fazem sobre a Meta AI e o Instagram. Toque em uma pergunta para ver a resposta curta.`,
		full: 'Resposta completa, passos e fontes',
	},
	about: {
		heading: 'Quem fez isto e como falar com a gente',
		who: 'Este guia é um projeto independente. Não é feito, pago nem revisado pela Meta ou pelo Instagram. O texto e o código dele ficam no repositório do projeto, onde cada mudança é registrada com o seu motivo.',
		report: 'Informar um erro',
		reportText:
			'Abra um chamado (issue) no repositório do projeto. Diga qual é a página e, se puder, uma fonte que mostre o fato correto. Nada neste site envia dados para lugar nenhum: o aviso é feito no próprio site do repositório.',
		reportUnset: 'Informe erros no repositório público do projeto. Diga qual é a página e, se puder, uma fonte que mostre o fato correto.',
	},
	helper: {
		heading: 'Escreva seu motivo (opcional)',
		opening: 'Eu me oponho a que a Meta use minhas informações pessoais para desenvolver e aprimorar a IA na Meta.',
		choicesLegend: 'Quais destas frases valem para você? Marque quantas quiser, ou nenhuma.',
		choices: [
			{
				id: 'creator',
				label: 'Faço arte, fotografia ou outro trabalho criativo',
				sentence:
					'Minhas publicações são meu próprio trabalho criativo, e não quero que sejam usadas para treinar uma IA capaz de imitá-lo.',
			},
			{
				id: 'children',
				label: 'Minhas publicações mostram meus filhos ou outros familiares',
				sentence: 'Minhas publicações mostram meus filhos e minha família, que não podem consentir com isso por conta própria.',
			},
			{
				id: 'private-life',
				label: 'Minhas publicações mostram minha saúde, minhas crenças ou minha vida privada',
				sentence: 'Minhas publicações trazem detalhes da minha vida privada que eu não compartilhei para essa finalidade.',
			},
			{
				id: 'no-ai',
				label: 'Não quero que meus dados sejam usados para IA de forma nenhuma',
				sentence: 'Não quero que nenhuma das minhas informações seja usada para desenvolver ou aprimorar IA.',
			},
		],
		ownWords: 'Mais alguma coisa, com suas próprias palavras (opcional)',
		result: 'Seu motivo, pronto para colar. Você pode alterá-lo.',
		copy: 'Copiar meu motivo',
		copied: 'Copiado. Cole no campo do motivo, no formulário da Meta.',
		selected: 'Selecionado. Use a opção Copiar do seu celular, ou pressione Ctrl+C.',
		empty: 'Marque uma linha ou escreva algo primeiro. Ou deixe vazio o campo do motivo no formulário.',
		remember: 'Lembrar minhas escolhas neste aparelho (ficam só neste navegador; desmarque para esquecê-las)',
		then: 'Depois, abra o formulário da Meta e cole o texto:',
		thenNoLink: 'Depois, cole o texto no campo do motivo do formulário da Meta, seguindo os passos acima.',
		privacy: 'Este assistente funciona só no seu navegador. Ele não envia nada e não guarda nada, a menos que você marque “Lembrar”.',
		noScript: 'Frases que você pode copiar para o campo do motivo, se forem verdade para você:',
		notes: {
			'eu-eea': [
				{
					text: 'Você não precisa dar um motivo. Na campanha de 2025, o campo do motivo era opcional, segundo o Evrim Ağacı.',
					cite: 'evrimagaci-2025-04-meta-ai-backlash-europe',
				},
				{
					text: 'A política de privacidade da Meta para a UE diz que ela baseia esse treinamento nos “interesses legítimos” dela.',
					cite: 'meta-2026-07-instagram-privacy-policy-eu',
				},
				{
					text: 'Por outro lado, o artigo 21 do RGPD permite que você se oponha a qualquer momento, por motivos relacionados com a sua situação particular. A Meta então precisa parar, a menos que demonstre motivos legítimos imperiosos que prevaleçam sobre os seus interesses, ou precise dos dados para fazer valer ou defender direitos na Justiça.',
					cite: 'eu-2016-04-gdpr-article-21',
				},
			],
			uk: [
				{
					text: 'Talvez você não precise dar um motivo: não encontramos texto da Meta dizendo se o formulário do Reino Unido exige um. Tente deixar o campo vazio, e use isto só se o formulário pedir.',
					cite: undefined,
				},
				{
					text: 'A Meta ofereceu este formulário a adultos do Reino Unido quando retomou ali o treinamento de IA, em setembro de 2024, segundo a Fast Company.',
					cite: 'fastcompany-2024-09-meta-uk-ai-training',
				},
				{
					text: 'Nossas fontes não incluem o texto da própria lei do Reino Unido, então não podemos dizer o que a Meta precisa fazer com uma oposição feita no Reino Unido, além da promessa dela de respeitar os formulários.',
					cite: undefined,
				},
			],
			brazil: [
				{
					text: 'Guias brasileiros descrevem um campo “Diga-nos como esse processamento afeta você” e dizem que uma frase simples basta, segundo o Nanobits.',
					cite: 'nanobits-2025-12-brazil-objection-form',
				},
				{
					text: 'Não encontramos texto legal brasileiro sobre o que a Meta precisa fazer com uma oposição, nem fonte dizendo se o campo pode ficar vazio.',
					cite: undefined,
				},
			],
		},
	},
	print: {
		printed: 'Impresso de',
		on: 'em',
	},
};
