/** This area's own words; the same keys in both languages (the messages spec checks). */
export const zhCN = {};

export const en: Record<keyof typeof zhCN, string> = {};
