/**
 * Las frases del plan en español (tú). Las mismas claves y {marcadores} que templates/en.ts; cada
 * matiz («según informes», «no encontramos…») es exactamente tan fuerte como en inglés.
 * {region} y {regions} van después de «para» («para el Reino Unido»); {aspects} después de
 * «afecta», sin «a», para no chocar con «el» («afecta el alcance»).
 * Plurales: one, many y other, las categorías de Intl.PluralRules para el español.
 */
import { regionInSentence } from '../../../translations/es/vocabulary';
import type { QuizTemplateSet } from './en';

export const QUIZ_TEMPLATES_ES: QuizTemplateSet = {
	locale: 'es',
	worries: {
		'ai-posts': 'el entrenamiento de la IA con tus publicaciones y fotos',
		'ai-chats': 'el uso de tus chats con Meta AI para entrenamiento o anuncios',
		'ad-profiling': 'la elaboración de perfiles para anuncios',
		tracking: 'el rastreo desde otros sitios y apps',
		'public-posts': 'que desconocidos o buscadores vean tus publicaciones',
		'my-data': 'no saber qué guarda Meta sobre ti',
	},
	aspects: {
		feed: 'un feed elegido para ti',
		explore: 'lo que Explorar y los reels eligen para ti',
		ads: 'qué tan bien encajan los anuncios con tus intereses',
		ai: 'el uso de Meta AI',
		reach: 'el alcance de tus publicaciones',
	},
	// The same words as the rest of the site uses inside a sentence ("en el Reino Unido").
	regions: regionInSentence,
	reasons: {
		worries: {
			one: 'Porque dijiste que te preocupa {worries}.',
			many: 'Porque dijiste que te preocupan {worries}.',
			other: 'Porque dijiste que te preocupan {worries}.',
		},
		'formal-right':
			'Es la oposición formal que Meta ofrece para {region}: el único paso que le pide a Meta que no use tu información para su IA.',
		automatic: 'Instagram activa esto en todas las cuentas de menores de 18 años: no hay nada que activar, solo mantenlo.',
		folded: 'El mismo consejo, dicho de otra forma: {items}.',
		'trade-off': {
			one: 'Lo que cuesta: afecta {aspects}, y dijiste que eso te importa un poco.',
			many: 'Lo que cuesta: afecta {aspects}, y dijiste que eso te importa un poco.',
			other: 'Lo que cuesta: afecta {aspects}, y dijiste que eso te importa un poco.',
		},
		'unanswered-cost': 'También afecta {aspects}, y no dijiste cuánto te importa eso.',
		'free-cost': {
			one: 'Afecta {aspects}, y dijiste que eso no te importa.',
			many: 'Afecta {aspects}, y dijiste que eso no te importa.',
			other: 'Afecta {aspects}, y dijiste que eso no te importa.',
		},
		pays: 'Dijiste que considerarías pagar para usar Instagram sin anuncios, y esta es esa suscripción.',
		unclear: 'Las fuentes no coinciden sobre lo que hace, así que tómalo como un quizás.',
		'not-professional': 'Según informes, afecta sobre todo a cuentas de creador y de empresa, así que puede que no se aplique a ti.',
		'ruled-out-cost': {
			one: 'Dijiste que {aspects} te importa mucho, y esto te costaría justo eso.',
			many: 'Dijiste que {aspects} te importan mucho, y esto te costaría justo eso.',
			other: 'Dijiste que {aspects} te importan mucho, y esto te costaría justo eso.',
		},
		'ruled-out-paid': 'No dijiste que pagarías, y esta es una suscripción de pago.',
		'ruled-out-paid-no': 'Dijiste que no pagarías, y esta es una suscripción de pago.',
		'worth-knowing': 'No necesitas cambiar nada por lo que nos contaste. Si algún día quieres ver qué guarda Meta sobre ti, es aquí.',
	},
	notices: {
		'no-region':
			'No dijiste dónde vives, así que este plan deja fuera opciones que solo existen en algunos países, como el formulario para oponerte al entrenamiento de la IA.',
		'no-age': 'No dijiste cuántos años tienes, así que este plan deja fuera opciones que son solo para adultos o solo para adolescentes.',
		'no-form':
			'Por lo que pudimos encontrar, donde vives no hay ningún formulario para oponerte a que Meta use tus publicaciones para entrenar su IA. Meta solo ofrece uno para {regions}. {instead}',
		'no-form-instead': {
			one: 'Lo que tu plan ofrece en su lugar: {items}.',
			many: 'Lo que tu plan ofrece en su lugar: {items}.',
			other: 'Lo que tu plan ofrece en su lugar: {items}.',
		},
		'no-form-reach':
			'Por lo que pudimos encontrar, donde vives no hay ningún formulario para oponerte a que Meta use tus publicaciones para entrenar su IA: Meta solo ofrece uno para {regions}. La única forma que encontramos de dejar fuera tus publicaciones es hacerlas no públicas, para que las personas que no te siguen ya no las vean. Dijiste que el alcance te importa mucho, así que ese paso está en «Probablemente no es para ti». La decisión es tuya.',
		'form-future-only':
			'La oposición solo cubre el uso futuro. Según la confirmación de Meta que han citado usuarios, no saca tus publicaciones de los modelos de IA que Meta ya entrenó, y no cambia tu feed ni tus anuncios.',
		'already-objected':
			'Dijiste que ya te opusiste, así que el formulario no está en tu plan. Según la confirmación de Meta que han citado usuarios, una oposición cubre el uso futuro y las otras cuentas del mismo «Accounts Center» (Centro de cuentas) (según informes). Puede que una cuenta que no esté vinculada ahí necesite su propia oposición (según informes).',
		'undo-undocumented':
			'Dijiste que quieres retirar tu oposición. No encontramos ninguna página de Meta, hasta agosto de 2026, que explique cómo retirar una oposición ni si puedes enviar otra después, así que no podemos indicarte una forma. El formulario no está en tu plan.',
	},
	facts: {
		'australia-no-opt-out':
			'En septiembre de 2024, Meta dijo ante una comisión de investigación del Senado australiano que los adultos en Australia no pueden excluirse del entrenamiento de la IA con sus publicaciones públicas, salvo haciéndolas no públicas. No encontramos nada desde entonces que cambie esto.',
		'chats-used-for-ads':
			'Las noticias dicen que desde el 16 de diciembre de 2025 Meta usa lo que la gente le dice a Meta AI para elegir contenido y anuncios en muchos países (se informó que la UE, el Reino Unido, Corea del Sur y Suiza quedan fuera), y que ningún ajuste lo impide salvo no usar Meta AI.',
		'eu-chats':
			'El aviso de Meta para la UE de {date} dice que lo que compartes con Meta AI se usa para mejorar su IA, salvo que te hayas opuesto. Su política de privacidad para la UE no incluye tus chats con Meta AI entre la información usada para elegir tus anuncios o tu feed.',
		'eu-teens':
			'La política de privacidad de Meta para la UE ({date}) dice que no usa las publicaciones públicas de menores de 18 años para entrenar su IA, pero que sí usa sus chats con Meta AI.',
		'uk-teens':
			'Cuando Meta reanudó el entrenamiento de la IA en el Reino Unido en {date}, dijo que usaría el contenido público de los adultos. No encontramos ningún texto de Meta sobre si se usan en el Reino Unido los chats de menores de 18 años con Meta AI.',
		'australia-teens':
			'Desde el 10 de diciembre de 2025, los menores de 16 años en Australia no pueden tener cuentas en redes sociales. En 2024, Meta dijo que las cuentas de menores de 18 años quedan fuera del entrenamiento de su IA, pero que sí se usan fotos públicas de niños publicadas por adultos.',
		'brazil-teens':
			'La ley brasileña ECA Digital, vigente desde marzo de 2026, exige que las cuentas de menores de 16 años estén vinculadas a un padre, una madre o un tutor, y prohíbe para los menores los anuncios basados en perfiles.',
		'teens-unknown':
			'No encontramos ninguna declaración de Meta sobre qué deja fuera del entrenamiento de la IA para menores de 18 años donde vives. En la UE, Meta dice que deja fuera las publicaciones públicas de adolescentes, pero no sus chats con Meta AI.',
		'parent-view':
			'Los padres pueden supervisar la cuenta de un adolescente con el «Family Center» (Centro de familia) de Instagram, y los adolescentes menores de 16 años necesitan el permiso de su padre o su madre para relajar los ajustes de su cuenta de adolescente. Desde abril de 2026, «Insights» (Estadísticas) del Family Center muestra los temas de los que tu hijo o hija habló con Meta AI en los últimos siete días, no los mensajes en sí.',
	},
	certainty: { documented: '', reported: 'Según informes:', unclear: '' },
	summary: {
		plan: {
			one: '{count} paso para ti. Márcalo cuando esté hecho.',
			many: '{count} pasos para ti, los más útiles primero. Marca cada uno a medida que avances.',
			other: '{count} pasos para ti, los más útiles primero. Marca cada uno a medida que avances.',
		},
		'no-worries':
			'No elegiste nada que te preocupe, así que tus ajustes están bien para lo que valoras. Abajo hay una cosa que conviene saber.',
		'nothing-available': 'No tenemos ajustes registrados que se apliquen a donde vives y a tu edad.',
		'all-ruled-out':
			'Cada paso que podría ayudar te costaría algo que dijiste que te importa mucho, o dinero. Están en «Probablemente no es para ti», cada uno con su motivo, para que puedas decidir igualmente.',
		'nothing-helps': 'Ninguno de los ajustes que conocemos para tu país y tu edad ayuda con las preocupaciones que elegiste.',
	},
};
