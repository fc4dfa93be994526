/** A text from the island's props with its "{name}" places filled in: "Question {position} of {total}". */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));
}
