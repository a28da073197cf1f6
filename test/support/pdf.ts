import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of a PDF, page by page, as a reader's copy-and-paste would give it. NFKC: the embedded
 * CJK fonts map some characters to their compatibility forms (小 comes back as the radical ⼩).
 */
export async function pdfText(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: pdf, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((i) => ('str' in i ? i.str : ''))
        .join('')
        .normalize('NFKC'),
    );
  }
  await doc.destroy();
  return pages;
}
