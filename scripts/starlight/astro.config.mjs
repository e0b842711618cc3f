// The yardstick site: Starlight with a one-link sidebar, building the talks the bench wrote into
// src/content/docs/ (it runs Pagefind itself).
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [starlight({ title: 'FFA talks', sidebar: [{ label: 'Home', link: '/' }] })],
});
