/** The extension's English messages from public/_locales, answered as the browsers' i18n does. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export const MESSAGES: Record<string, Message> = JSON.parse(
  readFileSync(resolve(__dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
);

/** browser.i18n.getMessage as Chrome does it: named placeholders, then $1..$9. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = MESSAGES[key];
  if (!entry) return '';
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const withPlaceholders = entry.message.replace(
    /\$([\w@]+)\$/g,
    (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '',
  );
  return withPlaceholders.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
