/**
 * The Starlight yardstick for the benchmark: the same synthetic talks as Starlight docs pages,
 * built by Starlight 0.42.4 with a one-link sidebar (it runs Pagefind itself). Installed into
 * .bench/starlight on first use; a yardstick, not a dependency of the site.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../../src/model/read-content.ts';

const TEMPLATE = join(import.meta.dirname, '..', 'starlight');

/** Installs the yardstick once (npm install from the registry) and returns its folder. */
export function starlightSite(bench: string): string {
  const site = join(bench, 'starlight');
  mkdirSync(join(site, 'src'), { recursive: true });
  cpSync(join(TEMPLATE, 'package.json'), join(site, 'package.json'));
  cpSync(join(TEMPLATE, 'astro.config.mjs'), join(site, 'astro.config.mjs'));
  cpSync(join(TEMPLATE, 'content.config.ts'), join(site, 'src', 'content.config.ts'));
  if (!existsSync(join(site, 'node_modules', '@astrojs', 'starlight'))) {
    console.error('installing the Starlight yardstick into .bench/starlight…');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: site, stdio: 'inherit' });
  }
  return site;
}

/** Writes a corpus's talks, in both languages, as Starlight docs: the title, the summary as description, the notes as the page. */
export function writeStarlightDocs(site: string, corpus: string): void {
  const docs = join(site, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(docs, 'index.md'), '---\ntitle: FFA talks\n---\n\nThe talks.\n');
  // The same talks in both languages: the Chinese files, and their English twins under en/.
  for (const folder of ['talks', join('en', 'talks')]) {
    if (!existsSync(join(corpus, folder))) continue;
    for (const conference of readdirSync(join(corpus, folder))) {
      mkdirSync(join(docs, folder, conference), { recursive: true });
      for (const file of readdirSync(join(corpus, folder, conference))) {
        const { frontmatter, body } = splitFrontmatter(readFileSync(join(corpus, folder, conference, file), 'utf8'));
        const title = /^title: (.*)$/m.exec(frontmatter)?.[1] ?? file;
        const summary = /^summary: (.*)$/m.exec(frontmatter)?.[1];
        writeFileSync(join(docs, folder, conference, file.replace(/\.mdx$/, '.md')), `---\ntitle: ${title}\n${summary ? `description: ${summary}\n` : ''}---\n\n${body}`);
      }
    }
  }
}
