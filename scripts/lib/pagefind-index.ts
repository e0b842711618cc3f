/** Indexes a built site with Pagefind's Node API after the build (the benchmark's floor). usage: node scripts/lib/pagefind-index.ts DIR */
import { indexSite } from '../../src/integrations/pagefind-index.ts';

await indexSite(process.argv[2]!, console);
