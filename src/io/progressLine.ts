/**
 * The live progress line of a batch run on a terminal: files and documents done (of how many, where
 * known), MB read and MB/s, records, errors and the time left, redrawn in place on stderr at most ten
 * times a second and cleared when the run ends. Any other line written to stderr while it shows must
 * clear it first (`clear()`); the next tick draws it again below.
 */
export interface ProgressCounts {
  filesDone: number;
  /** Inputs of the run (null: not known, standard input). */
  filesTotal: number | null;
  documents: number;
  records: number;
  errors: number;
  /** Input bytes read so far, compressed bytes for a .gz. */
  bytes: number;
  /** Bytes of every input, once known. */
  bytesTotal: number | null;
}

/** At most ten redraws a second: more is flicker, and costs the run time. */
const REDRAW_MS = 100;
const MB = 1024 * 1024;
const ERASE_LINE = '\r\x1b[K';

export class ProgressLine {
  private timer: NodeJS.Timeout | null = null;
  private shown = false;
  private readonly started = performance.now();

  constructor(
    private readonly counts: () => ProgressCounts,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.draw(), REDRAW_MS);
    this.timer.unref();
  }

  /** Takes the line off the screen, before another stderr line or at the end. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write(ERASE_LINE);
    this.shown = false;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.clear();
  }

  private draw(): void {
    const width = (this.stream.columns || 100) - 1;
    this.stream.write(
      `${ERASE_LINE}${describe(this.counts(), (performance.now() - this.started) / 1000).slice(0, width)}`,
    );
    this.shown = true;
  }
}

/** "files 3/10 · 1,234 docs · 12.3 MB · 4.5 MB/s · 1,200 records · 3 errors · ETA 0:42" */
function describe(c: ProgressCounts, seconds: number): string {
  const n = (value: number): string => value.toLocaleString('en-US');
  const rate = seconds > 0 ? c.bytes / MB / seconds : 0;
  const parts = [
    c.filesTotal !== null ? `files ${n(c.filesDone)}/${n(c.filesTotal)}` : null,
    `${n(c.documents)} docs`,
    `${(c.bytes / MB).toFixed(1)}${c.bytesTotal !== null ? `/${(c.bytesTotal / MB).toFixed(1)}` : ''} MB`,
    `${rate.toFixed(1)} MB/s`,
    `${n(c.records)} records`,
    `${n(c.errors)} errors`,
    c.bytesTotal !== null && rate > 0 ? `ETA ${clock(Math.max(0, (c.bytesTotal - c.bytes) / MB / rate))}` : null,
  ];
  return `arnews: ${parts.filter((p) => p !== null).join(' · ')}`;
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const hms = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  return (hms[0] ? hms : hms.slice(1)).map((v, i) => (i === 0 ? String(v) : String(v).padStart(2, '0'))).join(':');
}
