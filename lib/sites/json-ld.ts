import { scriptTexts } from './dom';
import { asRecord, type JsonRecord, parseJson } from './json';

/** The page's JSON-LD records of one @type (a script may hold one record or a list), never throwing. */
export function jsonLdRecords(doc: Document, selector: string, type: string): JsonRecord[] {
  const found: JsonRecord[] = [];
  for (const text of scriptTexts(doc, selector)) {
    const parsed = parseJson(text);
    for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
      const record = asRecord(item);
      if (record && record['@type'] === type) found.push(record);
    }
  }
  return found;
}
