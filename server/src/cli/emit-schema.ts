import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildHeatlineSchema, printContract } from '../graphql/schema.js';

// Writes the public contract to the repository root, where clients and the contract test read it.
const target = new URL('../../../schema.graphql', import.meta.url);
writeFileSync(target, printContract(await buildHeatlineSchema()));
console.log('schema.graphql written');
