/**
 * Brazilian Portuguese: how readers phrase questions (lower case, on a phone, "você", "vc", "pq"),
 * and the words the Portuguese pages use for the same things (content/translations/pt-br/GLOSSARY.md).
 * Data only; ../query.ts does the work. Add a word here when a real question misses
 * (tests/search/questions.pt-br.yaml).
 */
import type { SearchLanguage } from './types';

const words = (list: string) => list.trim().split(/\s+/);

export const ptBr: SearchLanguage = {
	locale: 'pt-br',
	contractions: [
		// "d'água", "n'outro": rare, but the small word goes.
		[/(?<!\p{L})(?:d|n)'(?=\p{L})/gu, ''],
		// "retirá-la", "desfazê-lo", "opor-me": the pronoun comes apart from the verb.
		[/-(?=(?:la|lo|las|los|me|se|te|lhe|nos)(?!\p{L}))/gu, ' '],
	],
	questionWords: words(`
		como que quê qual quais quando onde quem porque porquê quanto quanta quantos quantas oq`),
	stopWords: words(`
		o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às por pelo pela pelos pelas
		para pra pro pros pras com sem sobre entre até desde num numa dum duma
		eu me mim meu minha meus minhas você vc vcs voces te ti teu tua seu sua seus suas
		ele ela eles elas nós gente se lhe lhes dele dela deles delas
		é e são sou está estão estou estava ser estar foi sido tem têm tenho ter há houve faz faço fazer fazendo sabe sabia sei saber
		posso pode podem poderia devo deve devem preciso precisa precisam quero quer queria consigo consegue dá
		ou mas porém também tb tbm já ainda só muito mais tão então aí
		não nao n sim
		isso isto esse essa este esta esses essas aqui lá
		algo alguém nada tudo todos todas td
		moro mora moramos morar vivo vive fica ficam tá ta
		duas dois ambas ambos
		oi olá obrigado obrigada favor pfv pf q pq ok
		la lo las los`),
	synonyms: [
		['dms', 'dm', 'mensagens privadas', 'mensagens diretas', 'mensagem privada', 'direct', 'directs', 'inbox', 'conversas privadas'],
		[
			'desfazer',
			'retirar',
			'cancelar',
			'voltar atrás',
			'reverter',
			'revogar',
			'mudei de ideia',
			'mudar de ideia',
			'desistir',
			'anular',
			'retirá',
		],
		['fotos', 'foto', 'imagens', 'imagem', 'selfies', 'selfie', 'fotografias'],
		['desligar', 'desativar', 'sumir', 'livrar', 'bloquear', 'desinstalar'],
		// "Opor" and "oposição" share no stem: each finds the pages of the other.
		['oposição', 'opor', 'me opor', 'oponho', 'opus', 'opuser', 'opondo'],
		['recusar', 'opt out', 'opt-out', 'optout', 'dizer não', 'negar', 'proibir', 'impedir a meta', 'impedir que a meta', 'não autorizar'],
		[
			'adolescente',
			'adolescentes',
			'filhos',
			'filho',
			'filha',
			'filhas',
			'crianças',
			'criança',
			'menores',
			'menor de idade',
			'menores de idade',
			'teens',
			'jovens',
		],
		['treinamento', 'treinar', 'treinar a ia', 'treinar ia', 'alimentar a ia', 'treino', 'training'],
		[
			'conversas com a meta ai',
			'conversas com meta ai',
			'chats com a meta ai',
			'conversar com a meta ai',
			'falar com a meta ai',
			'o que eu falo pra meta ai',
			'o que eu pergunto pra meta ai',
			'perguntas pra meta ai',
		],
		['feed', 'explorar', 'timeline', 'página inicial'],
		['tirar', 'apagar', 'excluir', 'remover', 'deletar', 'eliminar'],
		['escrever', 'colocar', 'preencher', 'botar', 'digitar', 'motivo', 'justificativa'],
		['pagar', 'pague', 'pago', 'pagando', 'cobrar', 'cobra', 'cobrando'],
		['mudar', 'muda', 'mudança', 'alterar', 'afetar', 'afeta', 'estragar', 'piorar'],
		['anúncios', 'anúncio', 'propagandas', 'propaganda', 'publicidade', 'ads'],
		['tarde demais', 'prazo', 'muito tarde', 'ainda dá tempo', 'perdi o prazo'],
		[
			'conta privada',
			'perfil privado',
			'deixar privado',
			'deixar privada',
			'conta fechada',
			'perfil fechado',
			'fechar o perfil',
			'fechar a conta',
		],
		['contas', 'várias contas', 'duas contas', 'cada conta', 'todas as contas', 'mais de uma conta', 'outra conta', 'cada uma', 'em cada'],
		['confirmação', 'confirmar', 'prova', 'funcionou', 'deu certo', 'comprovante'],
		['permissão', 'corrente', 'post viral', 'copia e cola', 'não dou permissão', 'não autorizo'],
		['meta ai'],
		['ue', 'portugal', 'europa', 'união europeia'],
		['reino unido', 'uk', 'inglaterra', 'grã-bretanha'],
		['eua', 'estados unidos', 'usa', 'eeuu', 'américa'],
	],
	regionNames: {
		eua: 'us',
		'estados unidos': 'us',
		usa: 'us',
		eeuu: 'us',
		américa: 'us',
		americano: 'us',
		americanos: 'us',
		califórnia: 'us',
		flórida: 'us',
		'nova york': 'us',
		'reino unido': 'uk',
		uk: 'uk',
		inglaterra: 'uk',
		'grã-bretanha': 'uk',
		escócia: 'uk',
		britânico: 'uk',
		ue: 'eu-eea',
		eee: 'eu-eea',
		europa: 'eu-eea',
		'união europeia': 'eu-eea',
		europeu: 'eu-eea',
		europeus: 'eu-eea',
		portugal: 'eu-eea',
		alemanha: 'eu-eea',
		frança: 'eu-eea',
		espanha: 'eu-eea',
		itália: 'eu-eea',
		irlanda: 'eu-eea',
		holanda: 'eu-eea',
		'países baixos': 'eu-eea',
		bélgica: 'eu-eea',
		áustria: 'eu-eea',
		polônia: 'eu-eea',
		suécia: 'eu-eea',
		dinamarca: 'eu-eea',
		finlândia: 'eu-eea',
		grécia: 'eu-eea',
		noruega: 'eu-eea',
		islândia: 'eu-eea',
		liechtenstein: 'eu-eea',
		suíça: 'switzerland',
		brasil: 'brazil',
		brasileiro: 'brazil',
		brasileira: 'brazil',
		brasileiros: 'brazil',
		austrália: 'australia',
		australiano: 'australia',
		canadá: 'elsewhere',
		argentina: 'elsewhere',
		méxico: 'elsewhere',
		chile: 'elsewhere',
		colômbia: 'elsewhere',
		paraguai: 'elsewhere',
		uruguai: 'elsewhere',
		angola: 'elsewhere',
		moçambique: 'elsewhere',
		japão: 'elsewhere',
		índia: 'elsewhere',
	},
	sameAs: {
		'meta ia': 'meta ai',
		insta: 'instagram',
		ig: 'instagram',
		face: 'facebook',
		fb: 'facebook',
		zap: 'whatsapp',
		zapzap: 'whatsapp',
		wpp: 'whatsapp',
		whats: 'whatsapp',
		msg: 'mensagens',
		msgs: 'mensagens',
		vdd: 'verdade',
		oque: 'oq',
	},
	ambiguousRegionNames: {},
	sameWordLetters: 5,
	regionNameLeads: [],
};
