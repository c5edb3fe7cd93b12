/**
 * Where a worker stands — the document it is extracting, the stage, and the cleaner rule or hook
 * running — written into memory shared with the main thread. A worker stuck in a regex or a hook cannot
 * answer a message, but the main thread can still read this: which document has been running for how
 * long (the time budget), and what it was doing when the budget ran out (the `timeout` error entry).
 * Outside a worker nothing is recorded, at no cost.
 */

const STAGES = [
  'document',
  'site selection',
  'cleaners',
  'segmentation',
  'fields',
  'dates',
  'hooks',
  'validation',
] as const;
export type Stage = (typeof STAGES)[number];

const STAGE = 0;
const RULE = 1;
const DOCUMENT = 2;
const NONE = -1;

/** Three slots: the stage's index in STAGES, the running rule's index in the labels, the running document's number (-1: none). */
export const PROGRESS_BYTES = 3 * Int32Array.BYTES_PER_ELEMENT;

let slots: Int32Array | null = null;
const labels: string[] = [];
const labelIds = new Map<string, number>();

/** In a worker: record progress into this buffer from now on. */
export function recordProgressIn(buffer: SharedArrayBuffer): void {
  slots = new Int32Array(buffer);
  slots.fill(NONE);
}

/** The id of a rule or hook, named "cleaner/rule"; the same name keeps its id. */
export function progressId(label: string): number {
  let id = labelIds.get(label);
  if (id === undefined) {
    id = labels.push(label) - 1;
    labelIds.set(label, id);
  }
  return id;
}

/** Every label so far, by id: the worker sends them to the main thread once its cleaners are compiled. */
export function progressLabels(): readonly string[] {
  return labels;
}

/** A document starts: `seq` is the number the main thread gave it. */
export function enterDocument(seq: number): void {
  if (!slots) return;
  slots.fill(NONE);
  Atomics.store(slots, DOCUMENT, seq);
}

export function enterStage(stage: Stage): void {
  if (!slots) return;
  slots[STAGE] = STAGES.indexOf(stage);
  slots[RULE] = NONE;
}

/** A rule or hook starts running (see progressId). */
export function enterRule(id: number): void {
  if (slots) slots[RULE] = id;
}

/** A document is done: nothing runs. */
export function leaveDocument(): void {
  slots?.fill(NONE);
}

/** The number of the document running in the worker that writes this buffer, or null between documents. */
export function documentRunning(buffer: SharedArrayBuffer): number | null {
  const seq = Atomics.load(new Int32Array(buffer), DOCUMENT);
  return seq === NONE ? null : seq;
}

/** What a worker was doing, read by the main thread: "in the cleaners stage, rule generic/url-fragment". */
export function describeProgress(buffer: SharedArrayBuffer, names: readonly string[]): string | null {
  const view = new Int32Array(buffer);
  const stage = STAGES[Atomics.load(view, STAGE)];
  const rule = names[Atomics.load(view, RULE)];
  if (!stage) return null;
  if (!rule) return `in the ${stage} stage`;
  return stage === 'hooks' ? `in the hook ${rule}` : `in the ${stage} stage, rule ${rule}`;
}
