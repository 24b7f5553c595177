// Each portal language's name in the reader's language, capitalised as a column header or a
// label is. Rendered on the server: browsers' Intl data can name languages differently.
import { capitalise, languageName } from "~/utils/format";
import { languages, type Language } from "~/utils/languages";

export function portalLanguageLabels(reader: Language, { readerFirst = false }: { readerFirst?: boolean } = {}) {
  const order = readerFirst ? [reader, ...languages.filter((code) => code !== reader)] : [...languages];
  return order.map((code) => ({ code, label: capitalise(languageName(code, reader), reader) }));
}
