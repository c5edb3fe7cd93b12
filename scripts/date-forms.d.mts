import type { DateReading, DateOptions } from '../src/dates/index.js';

export interface FormRow {
  form: string;
  region: string;
  split: 'tune' | 'held-out';
  source: string;
  ref: string | null;
  text: string;
  mention?: string;
  value?: string | null;
  grain?: string;
  mod?: string;
  notIn?: string;
}
export const FORMS_PATH: URL;
export function loadForms(path?: URL | string): FormRow[];
export function scoreRow(
  row: FormRow,
  readDates: (text: string, options: DateOptions) => DateReading,
): { right: boolean; got: string };
export function tally(
  scored: { row: FormRow; right: boolean }[],
  key: (row: FormRow) => string,
): Map<string, { right: number; total: number }>;
