// `npm run build`, as Quinoa runs it for tests, the packaged jar and the native image. The app's
// sources decide the output, so a build of the same sources is taken from target/webui-cache
// instead of being made again: `./mvnw verify` builds the app once for its tests and its package.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const cacheRoot = join(root, '..', '..', '..', 'target', 'webui-cache');
const inputs = ['src', 'public', 'index.html', 'package.json', 'package-lock.json', 'vite.config.ts', 'tsconfig.json'];

function files(path) {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
}

const hash = createHash('sha256');
for (const file of inputs.flatMap((input) => files(join(root, input)))) {
  if (file.endsWith('.test.ts')) continue;
  hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
}
const key = hash.digest('hex').slice(0, 24);
const cached = join(cacheRoot, key);
const dist = join(root, 'dist');

rmSync(dist, { recursive: true, force: true });
if (existsSync(join(cached, 'index.html'))) {
  cpSync(cached, dist, { recursive: true });
  console.log(`webui: sources unchanged, build ${key} taken from ${relative(process.cwd(), cached)}`);
} else {
  execFileSync('npm', ['run', 'build:vite'], { cwd: root, stdio: 'inherit' });
  rmSync(cacheRoot, { recursive: true, force: true });
  mkdirSync(cacheRoot, { recursive: true });
  cpSync(dist, cached, { recursive: true });
  console.log(`webui: built ${key}`);
}
