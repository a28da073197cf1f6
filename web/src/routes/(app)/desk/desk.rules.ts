/** Pure desk helpers: finding a compound by what an operator types; where the server's refusal goes. */

export interface CompoundOption {
  id: string;
  name: string;
  nameEn: string;
  initials: string;
}

/** Matches Chinese name, English name or pinyin initials (文丰小区 → wfxq); best matches first. */
export function searchCompounds(all: CompoundOption[], typed: string, limit = 8): CompoundOption[] {
  const q = typed.trim().toLowerCase();
  if (!q) return [];
  const score = (c: CompoundOption) => {
    if (c.initials === q || c.name === typed.trim()) return 0;
    if (c.initials.startsWith(q) || c.name.startsWith(typed.trim())) return 1;
    if (c.name.includes(typed.trim()) || c.nameEn.toLowerCase().includes(q) || c.initials.includes(q)) return 2;
    return 3;
  };
  return all
    .map((c) => [score(c), c] as const)
    .filter(([s]) => s < 3)
    .sort((a, b) => a[0] - b[0] || (a[1].name < b[1].name ? -1 : a[1].name > b[1].name ? 1 : 0))
    .slice(0, limit)
    .map(([, c]) => c);
}

/**
 * The server's refusal of a call, by form field: a BAD_USER_INPUT names its fields (`input.callerPhone`,
 * `input.address.room`); anything else belongs to the whole form.
 */
export function fieldErrors(code: string | undefined, message: string, extensions: Record<string, unknown>) {
  if (code !== 'BAD_USER_INPUT') return { form: message };
  const fields = (extensions.fields as Array<{ field: string; message: string }> | undefined) ?? [
    { field: String(extensions.field ?? 'form'), message },
  ];
  return Object.fromEntries(fields.map((f) => [f.field.replace(/^input\./, '').replace(/^address\./, ''), f.message]));
}
