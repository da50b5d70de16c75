/** Text to match literally inside a regular expression: "Dollar Shave Club (US)" matches itself. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
