// One registration as its own process (a parallel CI job): `node --import tsx register-process.ts <registry> <file>`.
// Prints the version and digest as JSON.
import { memoryLogger } from '../../../src/lib/logger.js';
import { modelReference, openBackend } from '../../../src/registry/reference.js';
import { register } from '../../../src/registry/versions.js';

const [registry, file] = process.argv.slice(2);
const r = await register(openBackend(modelReference(registry, 'proc')), { name: 'proc', model: [file], aliases: ['staging'] }, memoryLogger());
process.stdout.write(JSON.stringify({ version: r.version, digest: r.digest }) + '\n');
