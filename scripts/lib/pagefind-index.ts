/** Indexes a built site with the same Pagefind step as the build (for the benchmark's floor). usage: node scripts/lib/pagefind-index.ts DIR */
import { indexSite } from '../../src/integrations/ffa-kb.ts';

await indexSite(process.argv[2]!, console, { everyPage: true });
