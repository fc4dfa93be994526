import { z } from 'astro/zod';
import { SOURCE_KINDS } from '../lib/vocabulary';

/**
 * One entry of the bibliography (content/sources/<id>.yaml). Cite the original publisher's URL,
 * not a mirror; where only a stored copy or archive was read, name it in `readVia`.
 */
export const sourceSchema = z.object({
	/** Who published it: "Meta", "Data Protection Commission (Ireland)", "Reuters". */
	publisher: z.string().min(2),
	/** The document's own title. */
	title: z.string().min(3),
	/** The original URL. Must be https. */
	url: z.url({ protocol: /^https$/, error: 'url must be a full https:// address of the original publisher' }),
	/** Publication date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD, or "undated". */
	published: z
		.union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.string()])
		.refine((value) => /^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/.test(value), {
			message: 'published must be YYYY, YYYY-MM, YYYY-MM-DD or "undated"',
		}),
	/** primary: Meta, a regulator, a court or the law itself. secondary: press, NGOs, guides. */
	kind: z.enum(SOURCE_KINDS),
	/** Where the text was actually read when the original was unreachable (archive or stored copy). */
	readVia: z.url({ protocol: /^https?$/ }).optional(),
	/**
	 * When this source reprints, quotes or reports someone else's document (a regulator's statement
	 * republished by a news service), that document. A reprint is secondary: we cannot check that it
	 * is faithful, so `kind: primary` with `original` is refused.
	 */
	original: z
		.object({
			publisher: z.string().min(2),
			title: z.string().min(3),
			url: z.url({ protocol: /^https$/ }).optional(),
			published: z.string().optional(),
		})
		.optional(),
}).refine((source) => !(source.original && source.kind === 'primary'), {
	path: ['kind'],
	message: 'kind must be "secondary": this source reprints or reports another document (field "original"); only the original itself is primary',
});
export type Source = z.infer<typeof sourceSchema>;
