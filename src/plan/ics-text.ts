// The two text rules of iCalendar (RFC 5545) that a calendar file needs: escaping TEXT values (3.3.11)
// and folding lines longer than 75 octets (3.1). Written by hand because the maintained generators
// (ics, ical-generator) weigh 9-24 KB gzipped, over the plan page's whole 6 KB budget.

const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export const escapeText = (text: string): string =>
	text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** Folds a content line into lines of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		// The first line holds 75 octets; each continuation holds 74 after its leading space.
		if (octets + size > (parts.length === 0 ? 75 : 74)) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

/** A calendar from content lines: CRLF line ends, every line folded. */
export const calendarText = (lines: readonly string[]): string => `${lines.map(foldLine).join('\r\n')}\r\n`;
