// The repository as a supply chain: exact versions only, local secrets never tracked, and no tracked file
// that holds something shaped like a credential. Reads the tracked files through `git ls-files`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' });
const trackedFiles = git('ls-files', '-z').split('\0').filter(Boolean);

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, Record<string, unknown>>;

/** `name@version` of every version in package.json: dependencies, devDependencies and overrides (nested). */
function declaredVersions(): string[] {
  const walk = (specs: Record<string, unknown>, prefix = ''): string[] =>
    Object.entries(specs).flatMap(([name, spec]) =>
      typeof spec === 'string' ? [`${prefix}${name}@${spec}`] : walk(spec as Record<string, unknown>, `${prefix}${name} > `),
    );
  return ['dependencies', 'devDependencies', 'overrides'].flatMap((field) => walk(packageJson[field] ?? {}));
}

describe('dependencies', () => {
  it('are pinned to exact versions: no range, tag, URL or path', () => {
    const versions = declaredVersions();
    expect(versions.length).toBeGreaterThan(10);
    expect(versions.filter((v) => !/@\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(v))).toEqual([]);
  });

  it('stay exact when one is added: npm saves exact versions and refuses an engine it does not match', () => {
    const npmrc = readFileSync('.npmrc', 'utf8').split('\n').map((line) => line.trim());
    expect(npmrc).toContain('save-exact=true');
    expect(npmrc).toContain('engine-strict=true');
  });

  it('at run time are hono alone, at a version after the CORS advisory (fixed in 4.12.34)', () => {
    expect(Object.keys(packageJson.dependencies)).toEqual(['hono']);
    const [major, minor, patch] = String(packageJson.dependencies.hono).split('.').map(Number);
    expect(major > 4 || (major === 4 && (minor > 12 || (minor === 12 && patch >= 34)))).toBe(true);
  });
});

describe('local secrets', () => {
  // wrangler dev reads secrets from .dev.vars or .env files (also per environment, e.g. .dev.vars.staging).
  it.each(['.dev.vars', '.dev.vars.staging', '.env', '.env.local', '.env.production'])('%s is ignored by git and not tracked', (file) => {
    expect(git('check-ignore', '--no-index', file).trim()).toBe(file);
    expect(trackedFiles).not.toContain(file);
  });
});

/** Shapes of credentials; each is checked against a planted sample below, so none can silently match nothing. */
const secretShapes: Record<string, RegExp> = {
  'a PEM block (private key or certificate)': /-{5}BEGIN [A-Z0-9 ]+-{5}/,
  'an AWS access key id': /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/,
  'an AWS secret access key': /aws_secret_access_key\s*[=:]\s*['"]?[A-Za-z0-9/+=]{40}/i,
  'a Cloudflare API token or key in a variable': /\b(?:CLOUDFLARE|CF)_API_(?:TOKEN|KEY)\s*[=:]\s*['"]?[\w-]{20,}/,
  'a Cloudflare global API key in a header': /X-Auth-Key\s*:\s*['"]?[0-9a-f]{37}\b/i,
  'a bearer token': /\bBearer\s+[A-Za-z0-9_\-.=]{30,}/,
  'a GitHub token': /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/,
  'an npm token': /\bnpm_[A-Za-z0-9]{36}\b/,
  'a Slack token': /\bxox[abposr]-[A-Za-z0-9-]{10,}/,
  'a Google API key': /\bAIza[0-9A-Za-z_-]{35}\b/,
  'a quoted secret in an assignment': /\b(?:secret|password|passwd|api_?key|access_?token)\s*[=:]\s*['"][^'"\s]{16,}['"]/i,
};

/** Samples built at run time, so that this file itself holds none of them. */
const planted: Record<string, string> = {
  'a PEM block (private key or certificate)': `${'-'.repeat(5)}BEGIN RSA PRIVATE KEY${'-'.repeat(5)}`,
  'an AWS access key id': `AKIA${'Q'.repeat(16)}`,
  'an AWS secret access key': `aws_secret_access_key = ${'a1B/'.repeat(10)}`,
  'a Cloudflare API token or key in a variable': `CLOUDFLARE_API_TOKEN=${'x9'.repeat(20)}`,
  'a Cloudflare global API key in a header': `X-Auth-Key: ${'0af'.repeat(12)}1`,
  'a bearer token': `Authorization: Bearer ${'tok3n'.repeat(8)}`,
  'a GitHub token': `ghp_${'A1'.repeat(18)}`,
  'an npm token': `npm_${'b2'.repeat(18)}`,
  'a Slack token': `xoxb-${'1234-'.repeat(3)}abc`,
  'a Google API key': `AIza${'c'.repeat(35)}`,
  'a quoted secret in an assignment': `password: "${'hunter2!'.repeat(3)}"`,
};

describe('tracked files', () => {
  it.each(Object.keys(secretShapes))('the check for %s finds a planted sample', (shape) => {
    expect(secretShapes[shape].test(planted[shape])).toBe(true);
  });

  it(`hold nothing shaped like a credential (${trackedFiles.length} files)`, () => {
    expect(trackedFiles.length).toBeGreaterThan(50);
    const found = trackedFiles.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return Object.entries(secretShapes).filter(([, shape]) => shape.test(text)).map(([name]) => `${file}: ${name}`);
    });
    expect(found).toEqual([]);
  });
});
