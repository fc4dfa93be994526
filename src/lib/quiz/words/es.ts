/**
 * El cuestionario en español (tú): preguntas y textos de la isla y de la página. Las mismas claves
 * que en inglés (words/en.ts); las frases del plan están en templates/es.ts. Los nombres de las
 * regiones vienen del vocabulario del sitio (src/translations/es/).
 */
import { useTranslations } from '../../../translations';
import { regionOptions } from '../question-text';
import type { QuizLanguage } from './en';

const regions = useTranslations('es').vocabulary.regionLongNames;

const valueOptions = {
	'a-lot': { label: 'Mucho' },
	'a-little': { label: 'Un poco' },
	'not-at-all': { label: 'Nada' },
};

export const ES: QuizLanguage = {
	questionText: {
		region: {
			prompt: '¿Dónde vives?',
			help: 'Tus opciones en Instagram dependen de tu país.',
			options: regionOptions(regions, 'Cualquier país que no esté en la lista de arriba.'),
		},
		age: {
			prompt: '¿Cuántos años tienes?',
			help: 'Algunas opciones son solo para adultos, y las cuentas de adolescente tienen sus propios ajustes. Los padres pueden responder por su hijo o hija adolescente.',
			options: {
				teen: { label: 'De 13 a 17' },
				adult: { label: '18 o más' },
				parent: {
					label: 'Soy madre, padre o tutor y respondo por mi hijo o hija adolescente',
					hint: 'Responde el resto pensando en la cuenta de tu hijo o hija.',
				},
			},
		},
		account: {
			prompt: '¿Qué tipo de cuenta de Instagram tienes?',
			help: '¿No lo sabes? Personal es la más habitual.',
			options: {
				personal: { label: 'Personal' },
				creator: { label: 'Creador', hint: 'Una cuenta profesional para quienes crean contenido.' },
				business: { label: 'Empresa', hint: 'Una cuenta profesional para una tienda, una marca o un servicio.' },
			},
		},
		worries: {
			prompt: '¿Cuáles de estas cosas te preocupan?',
			help: 'Elige todas las que quieras, o ninguna.',
			options: {
				'ai-posts': { label: 'Que Meta entrene su IA con mis publicaciones y fotos' },
				'ai-chats': { label: 'Que Meta use mis chats con Meta AI para entrenar su IA o elegir mis anuncios' },
				'ad-profiling': { label: 'Que me perfilen para elegir los anuncios que veo' },
				tracking: { label: 'Que se rastree lo que hago en otros sitios web y apps' },
				'public-posts': { label: 'Que desconocidos o buscadores vean mis publicaciones' },
				'my-data': { label: 'No saber qué guarda Meta sobre mí' },
			},
		},
		objected: {
			prompt: '¿Ya le enviaste a Meta una oposición al entrenamiento de la IA?',
			help: 'Donde Meta ofrece un formulario de oposición, puede que ya lo hayas enviado.',
			options: {
				'not-yet': { label: 'No, todavía no' },
				already: { label: 'Sí, ya me opuse' },
				undo: { label: 'Sí, y quiero retirar mi oposición' },
				'not-sure': { label: 'No lo sé' },
			},
		},
		feed: {
			prompt: '¿Cuánto te gusta un feed de inicio elegido para ti según lo que te gusta?',
			options: valueOptions,
		},
		explore: {
			prompt: '¿Cuánto te gustan las sugerencias de Explorar y de los reels?',
			options: valueOptions,
		},
		ads: {
			prompt: '¿Cuánto quieres anuncios que encajen con tus intereses?',
			help: 'Ves anuncios de todos modos. Se trata de si encajan contigo.',
			options: valueOptions,
		},
		ai: {
			prompt: '¿Cuánto usas o quieres Meta AI en Instagram?',
			help: 'Por ejemplo, el chat de Meta AI o preguntarle a Meta AI en la búsqueda.',
			options: valueOptions,
		},
		reach: {
			prompt: '¿Cuánto te importa que tus publicaciones lleguen a personas que no te siguen?',
			options: valueOptions,
		},
		pay: {
			prompt: '¿Pagarías una cuota mensual para usar Instagram sin anuncios?',
			help: 'Donde vives, Meta ofrece a los adultos una suscripción de pago sin anuncios.',
			options: {
				yes: { label: 'Sí, lo consideraría' },
				no: { label: 'No' },
			},
		},
	},

	uiText: {
		progress: 'Pregunta {position} de {total}',
		chooseOne: 'Elige una respuesta para continuar.',
		back: 'Atrás',
		next: 'Siguiente',
		seePlan: 'Ver mi plan',

		linkNotice: 'No se pudo leer este enlace, así que el cuestionario empieza de cero.',
		linkProblems: {
			broken: 'Este enlace está roto, así que no pudimos leer las respuestas que contiene. Puedes volver a hacer el cuestionario.',
			changed:
				'Este enlace tiene respuestas que el cuestionario no conoce. Puede que lo hayan cambiado o cortado. Puedes volver a hacer el cuestionario.',
			'too-long':
				'Este enlace es mucho más largo que cualquier enlace del cuestionario, así que no lo leímos. Puedes volver a hacer el cuestionario.',
			empty: 'Este enlace no tiene respuestas. Puedes hacer el cuestionario.',
			'no-version':
				'Este enlace no dice qué versión del cuestionario lo creó, así que no pudimos leerlo. Puedes volver a hacer el cuestionario.',
			outdated:
				'Este enlace lo creó otra versión del cuestionario, y sus preguntas han cambiado. Vuelve a hacer el cuestionario, por favor.',
		},
		savedNotice: 'No se pudieron leer tus respuestas guardadas, así que el cuestionario empieza de cero.',
		forgotten: 'Tus respuestas se han olvidado.',
		forgottenDetail: 'Todo lo que el cuestionario guardó en este navegador se ha borrado, marcas incluidas.',
		notForgotten: 'Este navegador no nos dejó borrar tus respuestas guardadas.',
		notForgottenDetail: 'Borra los datos de este sitio en la configuración de tu navegador.',

		planHeading: 'Tu plan',
		planReady: 'Tu plan está listo.',
		loading: 'Preparando tu plan…',
		more: {
			one: '{count} ajuste más que encaja con tus preocupaciones se queda fuera para que esto sea breve.',
			many: '{count} ajustes más que encajan con tus preocupaciones se quedan fuera para que esto sea breve.',
			other: '{count} ajustes más que encajan con tus preocupaciones se quedan fuera para que esto sea breve.',
		},
		moreLink: 'Ver todos los ajustes.',
		leavesSite: '(sale de este sitio)',
		stepsNote: 'Los pasos son como los describen nuestras fuentes; Meta cambia sus menús a menudo.',
		readFirst: 'Lee esto primero',
		groups: {
			first: { title: 'Haz esto primero' },
			recommended: { title: 'Recomendado' },
			consider: { title: 'Vale la pena considerar', intro: 'Quizás: lee el motivo y lo que cuesta.' },
			'not-for-you': {
				title: 'Probablemente no es para ti',
				intro: 'Existen para ti, pero te costarían algo que dijiste que valoras.',
			},
		},
		keepHeading: 'Guarda o comparte tu plan',
		print: 'Imprimir lista',
		linkLabel: 'Enlace a este plan',
		copyLink: 'Copiar enlace',
		linkNote: 'El enlace contiene tus respuestas: quien lo abra verá este plan. No se nos envía nada.',
		copied: 'Enlace copiado.',
		copySelected: 'El enlace está seleccionado: cópialo desde tu navegador.',
		changeAnswers: 'Cambiar mis respuestas',
		restart: 'Empezar de nuevo el cuestionario',
		forget: 'Olvidar mis respuestas',

		done: 'Hecho',
		doAnyway: 'Cómo hacerlo de todos modos',
		protects: 'Protege',
		costsYou: 'Te cuesta',
		howSure: 'Certeza',
		time: 'Tiempo',
		sources: { one: '{count} fuente y detalles', many: '{count} fuentes y detalles', other: '{count} fuentes y detalles' },
		lastVerified: 'Comprobado por última vez el',

		broken: 'Lo sentimos, el cuestionario dejó de funcionar en este navegador.',
		brokenDetail: 'Aún puedes leer sobre cada ajuste y decidir por tu cuenta:',
		brokenLink: 'ver todos los ajustes y lo que te cuestan',
	},

	page: {
		title: '¿Qué ajustes te convienen? Un cuestionario breve',
		description:
			'Responde hasta once preguntas breves y obtén un plan: qué ajustes y formularios de Instagram encajan con donde vives y con lo que valoras, y qué te cuesta cada uno.',
		heading: '¿Qué ajustes te convienen?',
		lede: 'Cada ajuste de privacidad en Instagram tiene un precio. Algunos no te cuestan nada. Otros cambian tu feed, tus anuncios o quién ve tus publicaciones. Responde hasta once preguntas breves (algunas solo aparecen cuando se aplican a ti) y obtén un plan breve que encaje con donde vives y con lo que te importa.',
		privacy:
			'Tus respuestas se quedan en este navegador. No se envía nada, ni a nosotros ni a nadie más, y al final puedes borrarlas con «{forget}».',
		noscriptTitle: 'El cuestionario necesita JavaScript',
		noscriptText:
			'JavaScript está desactivado o bloqueado en tu navegador, así que el cuestionario no puede preparar un plan. Aún puedes leer sobre cada ajuste y decidir por tu cuenta:',
		noscriptLink: 'ver todos los ajustes, qué protegen y qué te cuestan',
		noscriptList: 'Aquí está dónde existe cada uno:',
		everywhere: 'en todas partes',
		after: 'El plan solo sugiere. La página de cada ajuste tiene todos los detalles y las fuentes:',
		afterLink: 'todos los ajustes',
	},
};
