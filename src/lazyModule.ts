/**
 * A module only some runs need, loaded by the first that does (an import) and read synchronously from
 * then on by the pipeline, whose stages are synchronous: the HTML front end (cheerio) and the record
 * schema (zod), which a run over text pages never needs and which would be most of its start-up.
 */
export interface LazyModule<T> {
  /** Loads the module (once); the pipeline can use it from then on. */
  load(): Promise<T>;
  /** For a caller that imported the module itself (the library, whose `extract` is synchronous). */
  use(module: T): void;
  /** The loaded module; an error when nothing loaded it first. */
  get(): T;
}

export function lazyModule<T>(name: string, importModule: () => Promise<T>): LazyModule<T> {
  let loaded: T | null = null;
  return {
    load: async () => (loaded ??= await importModule()),
    use: (module) => {
      loaded = module;
    },
    get: () => {
      if (!loaded) throw new Error(`${name} is not loaded`);
      return loaded;
    },
  };
}
