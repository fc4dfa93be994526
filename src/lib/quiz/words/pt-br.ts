/**
 * O quiz em português do Brasil (você): perguntas e textos da ilha e da página. As mesmas chaves
 * do inglês (words/en.ts); as frases do plano estão em templates/pt-br.ts. Os nomes das regiões
 * vêm do vocabulário do site (src/translations/pt-br/).
 */
import { useTranslations } from '../../../translations';
import { regionOptions } from '../question-text';
import type { QuizLanguage } from './en';

const regions = useTranslations('pt-br').vocabulary.regionLongNames;

const valueOptions = {
	'a-lot': { label: 'Muito' },
	'a-little': { label: 'Um pouco' },
	'not-at-all': { label: 'Nada' },
};

export const PT_BR: QuizLanguage = {
	questionText: {
		region: {
			prompt: 'Onde você mora?',
			help: 'Suas opções no Instagram dependem do seu país.',
			options: regionOptions(regions, 'Qualquer país que não está na lista acima.'),
		},
		age: {
			prompt: 'Quantos anos você tem?',
			help: 'Algumas opções são só para adultos, e as contas de adolescente têm configurações próprias. Pais e responsáveis podem responder pelo filho ou filha adolescente.',
			options: {
				teen: { label: '13 a 17' },
				adult: { label: '18 ou mais' },
				parent: {
					label: 'Sou pai, mãe ou responsável e estou respondendo pelo meu filho ou filha adolescente',
					hint: 'Responda o resto sobre a conta do seu filho ou filha.',
				},
			},
		},
		account: {
			prompt: 'Que tipo de conta do Instagram você tem?',
			help: 'Não sabe? Pessoal é o tipo mais comum.',
			options: {
				personal: { label: 'Pessoal' },
				creator: { label: 'Criador de conteúdo', hint: 'Uma conta profissional para quem cria conteúdo.' },
				business: { label: 'Comercial', hint: 'Uma conta profissional para uma loja, marca ou serviço.' },
			},
		},
		worries: {
			prompt: 'Quais destas coisas preocupam você?',
			help: 'Escolha quantas quiser, ou nenhuma.',
			options: {
				'ai-posts': { label: 'A Meta treinar a IA dela com minhas publicações e fotos' },
				'ai-chats': { label: 'A Meta usar minhas conversas com a Meta AI para treinar a IA dela ou escolher meus anúncios' },
				'ad-profiling': { label: 'Ter um perfil traçado para escolher os anúncios que vejo' },
				tracking: { label: 'O rastreamento do que faço em outros sites e apps' },
				'public-posts': { label: 'Desconhecidos ou buscadores verem minhas publicações' },
				'my-data': { label: 'Não saber o que a Meta guarda sobre mim' },
			},
		},
		objected: {
			prompt: 'Você já enviou à Meta uma oposição ao treinamento de IA?',
			help: 'Onde a Meta oferece um formulário de oposição, talvez você já o tenha enviado.',
			options: {
				'not-yet': { label: 'Não, ainda não' },
				already: { label: 'Sim, já enviei minha oposição' },
				undo: { label: 'Sim, e quero retirar minha oposição' },
				'not-sure': { label: 'Não tenho certeza' },
			},
		},
		feed: {
			prompt: 'Quanto você gosta de um feed inicial escolhido para você com base no que você curte?',
			options: valueOptions,
		},
		explore: {
			prompt: 'Quanto você gosta das sugestões no Explorar e nos Reels?',
			options: valueOptions,
		},
		ads: {
			prompt: 'Quanto você quer anúncios que combinam com seus interesses?',
			help: 'Você vê anúncios de qualquer jeito. A questão é se eles combinam com você.',
			options: valueOptions,
		},
		ai: {
			prompt: 'Quanto você usa ou quer a Meta AI no Instagram?',
			help: 'Por exemplo, o chat da Meta AI ou perguntar à Meta AI na busca.',
			options: valueOptions,
		},
		reach: {
			prompt: 'Quanto importa para você que suas publicações alcancem pessoas que não seguem você?',
			options: valueOptions,
		},
		pay: {
			prompt: 'Você pagaria uma mensalidade para usar o Instagram sem anúncios?',
			help: 'Onde você mora, a Meta oferece aos adultos uma assinatura paga sem anúncios.',
			options: {
				yes: { label: 'Sim, eu consideraria' },
				no: { label: 'Não' },
			},
		},
	},

	uiText: {
		progress: 'Pergunta {position} de {total}',
		chooseOne: 'Escolha uma resposta para continuar.',
		back: 'Voltar',
		next: 'Avançar',
		seePlan: 'Ver meu plano',

		linkNotice: 'Não foi possível ler este link, então o quiz começa do zero.',
		linkProblems: {
			broken: 'Este link está quebrado, então não conseguimos ler as respostas nele. Você pode refazer o quiz.',
			changed: 'Este link tem respostas que o quiz não conhece. Ele pode ter sido alterado ou cortado. Você pode refazer o quiz.',
			'too-long': 'Este link é muito mais longo que qualquer link do quiz, então não o lemos. Você pode refazer o quiz.',
			empty: 'Este link não tem respostas. Você pode fazer o quiz.',
			'no-version': 'Este link não diz qual versão do quiz o criou, então não conseguimos lê-lo. Você pode refazer o quiz.',
			outdated: 'Este link foi criado por outra versão do quiz, e as perguntas mudaram. Faça o quiz de novo, por favor.',
		},
		savedNotice: 'Não foi possível ler suas respostas salvas, então o quiz começa do zero.',
		forgotten: 'Suas respostas foram esquecidas.',
		forgottenDetail: 'Tudo o que o quiz salvou neste navegador foi apagado, incluindo as marcações.',
		notForgotten: 'Este navegador não nos deixou apagar suas respostas salvas.',
		notForgottenDetail: 'Em vez disso, apague os dados deste site nas configurações do seu navegador.',

		planHeading: 'Seu plano',
		planReady: 'Seu plano está pronto.',
		loading: 'Montando seu plano…',
		more: {
			one: 'Mais {count} configuração que combina com suas preocupações ficou de fora para manter isto curto.',
			many: 'Mais {count} configurações que combinam com suas preocupações ficaram de fora para manter isto curto.',
			other: 'Mais {count} configurações que combinam com suas preocupações ficaram de fora para manter isto curto.',
		},
		moreLink: 'Ver todas as configurações.',
		leavesSite: '(sai deste site)',
		stepsNote: 'Os passos são como nossas fontes os descrevem; a Meta muda os menus com frequência.',
		readFirst: 'Leia isto primeiro',
		groups: {
			first: { title: 'Faça isto primeiro' },
			recommended: { title: 'Recomendado' },
			consider: { title: 'Vale considerar', intro: 'Talvez: leia o motivo e o que custa.' },
			'not-for-you': {
				title: 'Provavelmente não é para você',
				intro: 'Estas existem para você, mas custariam algo que você disse valorizar.',
			},
		},
		keepHeading: 'Guarde ou compartilhe seu plano',
		print: 'Imprimir lista',
		linkLabel: 'Link para este plano',
		copyLink: 'Copiar link',
		linkNote: 'O link guarda suas respostas: quem abrir verá este plano. Nada é enviado para nós.',
		copied: 'Link copiado.',
		copySelected: 'O link está selecionado: copie pelo seu navegador.',
		changeAnswers: 'Mudar minhas respostas',
		restart: 'Recomeçar o quiz',
		forget: 'Esquecer minhas respostas',

		done: 'Feito',
		doAnyway: 'Como fazer mesmo assim',
		protects: 'Protege',
		costsYou: 'Custa a você',
		howSure: 'Grau de certeza',
		time: 'Tempo',
		sources: { one: '{count} fonte e detalhes', many: '{count} fontes e detalhes', other: '{count} fontes e detalhes' },
		lastVerified: 'Verificado em',

		broken: 'Desculpe, o quiz parou de funcionar neste navegador.',
		brokenDetail: 'Você ainda pode ler sobre cada configuração e decidir por conta própria:',
		brokenLink: 'ver todas as configurações e o que elas custam para você',
	},

	page: {
		title: 'Quais configurações valem a pena para você? Um quiz rápido',
		description:
			'Responda até onze perguntas curtas e receba um plano: quais configurações e formulários do Instagram combinam com onde você mora e com o que você valoriza, e quanto cada um custa para você.',
		heading: 'Quais configurações valem a pena para você?',
		lede: 'Cada configuração de privacidade no Instagram tem um custo. Algumas não custam nada. Outras mudam seu feed, seus anúncios ou quem vê suas publicações. Responda até onze perguntas curtas (algumas só aparecem quando se aplicam a você) e receba um plano curto que combina com onde você mora e com o que importa para você.',
		privacy:
			'Suas respostas ficam neste navegador. Nada é enviado para nós nem para mais ninguém, e no fim você pode apagá-las com “{forget}”.',
		noscriptTitle: 'O quiz precisa de JavaScript',
		noscriptText:
			'O JavaScript está desativado ou bloqueado no seu navegador, então o quiz não consegue montar um plano. Você ainda pode ler sobre cada configuração e decidir por conta própria:',
		noscriptLink: 'ver todas as configurações, o que protegem e quanto custam para você',
		noscriptList: 'Veja onde cada uma existe:',
		everywhere: 'em todo lugar',
		after: 'O plano é só uma sugestão. A página de cada configuração tem todos os detalhes e fontes:',
		afterLink: 'todas as configurações',
	},
};
