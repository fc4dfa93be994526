/**
 * As frases do plano em português do Brasil (você). As mesmas chaves e {marcadores} de
 * templates/en.ts; cada ressalva (“segundo relatos”, “não encontramos…”) é exatamente tão forte
 * quanto no inglês. {region} e {regions} vêm depois de “para”, com o artigo (“para o Reino Unido”).
 * Plurais: one, many e other, as categorias do Intl.PluralRules para o português.
 */
import type { QuizTemplateSet } from './en';

export const QUIZ_TEMPLATES_PT_BR: QuizTemplateSet = {
	locale: 'pt-BR',
	worries: {
		'ai-posts': 'o treinamento de IA com suas publicações e fotos',
		'ai-chats': 'o uso das suas conversas com a Meta AI para treinamento ou anúncios',
		'ad-profiling': 'a criação de perfis para anúncios',
		tracking: 'o rastreamento por outros sites e apps',
		'public-posts': 'a exposição das suas publicações a desconhecidos ou buscadores',
		'my-data': 'não saber o que a Meta guarda sobre você',
	},
	aspects: {
		feed: 'um feed escolhido para você',
		explore: 'o que o Explorar e os Reels escolhem para você',
		ads: 'o quanto os anúncios combinam com seus interesses',
		ai: 'o uso da Meta AI',
		reach: 'o alcance das suas publicações',
	},
	regions: {
		'eu-eea': 'a UE/EEE',
		uk: 'o Reino Unido',
		switzerland: 'a Suíça',
		us: 'os EUA',
		brazil: 'o Brasil',
		australia: 'a Austrália',
		elsewhere: 'um país que não está listado aqui',
	},
	reasons: {
		worries: {
			one: 'Porque você disse que {worries} preocupa você.',
			many: 'Porque você disse que {worries} preocupam você.',
			other: 'Porque você disse que {worries} preocupam você.',
		},
		'formal-right':
			'É a oposição formal que a Meta oferece para {region}: o único passo que pede à Meta que não use suas informações para a IA dela.',
		automatic: 'O Instagram ativa isso em todas as contas de menores de 18 anos: não há nada para ativar, é só manter.',
		folded: 'O mesmo conselho, dito de outro jeito: {items}.',
		'trade-off': {
			one: 'O custo: afeta {aspects}, e você disse que isso importa um pouco para você.',
			many: 'O custo: afeta {aspects}, e você disse que isso importa um pouco para você.',
			other: 'O custo: afeta {aspects}, e você disse que isso importa um pouco para você.',
		},
		'unanswered-cost': 'Também afeta {aspects}, e você não disse o quanto isso importa para você.',
		'free-cost': {
			one: 'Afeta {aspects}, e você disse que isso não importa para você.',
			many: 'Afeta {aspects}, e você disse que isso não importa para você.',
			other: 'Afeta {aspects}, e você disse que isso não importa para você.',
		},
		pays: 'Você disse que consideraria pagar para usar o Instagram sem anúncios, e esta é essa assinatura.',
		unclear: 'As fontes discordam sobre o que isso faz, então trate como um talvez.',
		'not-professional':
			'Segundo relatos, vale principalmente para contas de criador de conteúdo e comerciais, então talvez não se aplique a você.',
		'ruled-out-cost': {
			one: 'Você disse que {aspects} importa muito para você, e isto faria você abrir mão disso.',
			many: 'Você disse que {aspects} importam muito para você, e isto faria você abrir mão disso.',
			other: 'Você disse que {aspects} importam muito para você, e isto faria você abrir mão disso.',
		},
		'ruled-out-paid': 'Você não disse que pagaria, e esta é uma assinatura paga.',
		'ruled-out-paid-no': 'Você disse que não pagaria, e esta é uma assinatura paga.',
		'worth-knowing': 'Nada precisa mudar para o que você nos contou. Se um dia quiser ver o que a Meta guarda sobre você, é aqui.',
	},
	notices: {
		'no-region':
			'Você não disse onde mora, então este plano deixa de fora opções que só existem em alguns países, como o formulário para se opor ao treinamento de IA.',
		'no-age': 'Você não disse quantos anos tem, então este plano deixa de fora opções que são só para adultos ou só para adolescentes.',
		'no-form':
			'Pelo que conseguimos encontrar, onde você mora não há formulário para se opor ao uso das suas publicações pela Meta para treinar a IA dela. A Meta só oferece um para {regions}. {instead}',
		'no-form-instead': {
			one: 'O que seu plano oferece no lugar: {items}.',
			many: 'O que seu plano oferece no lugar: {items}.',
			other: 'O que seu plano oferece no lugar: {items}.',
		},
		'no-form-reach':
			'Pelo que conseguimos encontrar, onde você mora não há formulário para se opor ao uso das suas publicações pela Meta para treinar a IA dela: a Meta só oferece um para {regions}. O único jeito que encontramos de manter suas publicações de fora é torná-las não públicas, para que quem não segue você não as veja mais. Você disse que o alcance importa muito para você, então esse passo está em “Provavelmente não é para você”. A escolha é sua.',
		'form-future-only':
			'A oposição vale só para o uso futuro. Segundo a confirmação da Meta citada por usuários, ela não tira suas publicações de modelos de IA que a Meta já treinou, e não muda seu feed nem seus anúncios.',
		'already-objected':
			'Você disse que já enviou sua oposição, então o formulário não está no seu plano. Segundo a confirmação da Meta citada por usuários, uma oposição vale para o uso futuro e para as outras contas na mesma “Accounts Center” (Central de Contas) (segundo relatos). Uma conta que não está vinculada ali pode precisar da própria oposição (segundo relatos).',
		'undo-undocumented':
			'Você disse que quer retirar sua oposição. Não encontramos nenhuma página da Meta, até agosto de 2026, que explique como retirar uma oposição ou se dá para enviar outra depois, então não podemos indicar um caminho. O formulário não está no seu plano.',
	},
	facts: {
		'australia-no-opt-out':
			'Em setembro de 2024, a Meta disse a um inquérito do Senado australiano que adultos na Austrália não podem recusar o treinamento de IA com suas publicações públicas, a não ser tornando-as não públicas. Não encontramos nada desde então que mude isso.',
		'chats-used-for-ads':
			'Notícias dizem que, desde 16 de dezembro de 2025, a Meta usa o que as pessoas dizem à Meta AI para escolher conteúdo e anúncios em muitos países (a UE, o Reino Unido, a Coreia do Sul e a Suíça foram relatados como excluídos), e que nenhuma configuração impede isso, a não ser não usar a Meta AI.',
		'eu-chats':
			'O aviso da Meta para a UE de {date} diz que o que você compartilha com a Meta AI é usado para melhorar a IA dela, a menos que você tenha se oposto. A Política de Privacidade da Meta para a UE não lista suas conversas com a Meta AI entre as informações usadas para escolher seus anúncios ou seu feed.',
		'eu-teens':
			'A Política de Privacidade da Meta para a UE ({date}) diz que a Meta não usa as publicações públicas de menores de 18 anos para treinar a IA dela, mas usa as conversas deles com a Meta AI.',
		'uk-teens':
			'Quando a Meta retomou o treinamento de IA no Reino Unido em {date}, disse que usaria o conteúdo público de adultos. Não encontramos nenhum texto da Meta sobre se as conversas de menores de 18 anos com a Meta AI são usadas no Reino Unido.',
		'australia-teens':
			'Desde 10 de dezembro de 2025, menores de 16 anos na Austrália não podem ter contas em redes sociais. Em 2024, a Meta disse que contas de menores de 18 anos ficam de fora do treinamento da IA dela, mas que fotos públicas de crianças postadas por adultos são usadas.',
		'brazil-teens':
			'O ECA Digital, lei brasileira em vigor desde março de 2026, exige que contas de menores de 16 anos sejam vinculadas a um pai, mãe ou responsável, e proíbe para menores os anúncios baseados em perfilamento.',
		'teens-unknown':
			'Não encontramos nenhuma declaração da Meta sobre o que ela deixa de fora do treinamento de IA para menores de 18 anos onde você mora. Na UE, a Meta diz que deixa de fora as publicações públicas de adolescentes, mas não as conversas deles com a Meta AI.',
		'parent-view':
			'Pais e responsáveis podem supervisionar a conta de um adolescente pela “Family Center” (Central da Família) do Instagram, e adolescentes com menos de 16 anos precisam da permissão de um responsável para afrouxar as configurações da conta de adolescente. Desde abril de 2026, os “Insights” da Family Center mostram os assuntos sobre os quais seu filho ou filha conversou com a Meta AI nos últimos sete dias, não as mensagens em si.',
	},
	certainty: { documented: '', reported: 'Segundo relatos:', unclear: '' },
	summary: {
		plan: {
			one: '{count} passo para você. Marque quando estiver feito.',
			many: '{count} passos para você, os mais úteis primeiro. Marque cada um conforme for fazendo.',
			other: '{count} passos para você, os mais úteis primeiro. Marque cada um conforme for fazendo.',
		},
		'no-worries':
			'Você não escolheu nada que preocupe você, então suas configurações estão boas para o que você valoriza. Abaixo há uma coisa que vale saber.',
		'nothing-available': 'Não temos configurações registradas que se apliquem a onde você mora e à sua idade.',
		'all-ruled-out':
			'Cada passo que poderia ajudar custaria algo que você disse que importa muito para você, ou dinheiro. Eles estão em “Provavelmente não é para você”, cada um com o motivo, para que você ainda possa decidir.',
		'nothing-helps': 'Nenhuma das configurações que conhecemos para seu país e sua idade ajuda com as preocupações que você escolheu.',
	},
};
