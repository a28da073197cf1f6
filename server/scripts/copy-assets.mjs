// tsc copies no JSON it does not import; the city dataset is read at run time.
import { cpSync } from 'node:fs';

cpSync(
  new URL('../src/modules/places/data/', import.meta.url),
  new URL('../dist/modules/places/data/', import.meta.url),
  {
    recursive: true,
  },
);
