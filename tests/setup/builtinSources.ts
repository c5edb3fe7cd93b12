// The tests run the sources, where no compiled file of the built-in cleaners exists (the build makes it
// in dist/): they read the cleaners' folders, so that an edit to a cleaner is tested without a build.
import { readBuiltinsWith } from '../../src/cleaners/builtins.js';
import { readBuiltinCleaners } from '../../src/cleaners/load.js';

readBuiltinsWith(readBuiltinCleaners);
