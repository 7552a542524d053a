// Generates src/api/schema.d.ts from CET's OpenAPI document (openapi-typescript).
//   npm run api:types                       reads http://localhost:8080/q/openapi (./mvnw quarkus:dev)
//   npm run api:types -- --url <address>    another running CET
//   npm run api:types -- --in a.json --out b.d.ts   (used by ApiTypesAreCurrentTest in ./mvnw verify)
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = option('--out') ?? new URL('../src/api/schema.d.ts', import.meta.url).pathname;
const input = option('--in');
const url = option('--url') ?? process.env.CET_OPENAPI_URL ?? 'http://localhost:8080/q/openapi?format=json';

let document;
if (input) {
  document = JSON.parse(readFileSync(input, 'utf8'));
} else {
  const answer = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!answer.ok) throw new Error(`GET ${url} answered ${answer.status}`);
  document = await answer.json();
}

const ast = await openapiTS(document, { alphabetize: true });
const header = '// Generated from CET\'s OpenAPI document by `npm run api:types`. Do not edit.\n';
writeFileSync(out, header + astToString(ast));
console.log(`api types written to ${out}`);
