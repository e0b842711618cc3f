/** The folder `npm run build` (scripts/build.ts) has astro write into, beside the output folder, before it swaps the result in. */
export const stagingFolder = (outDir: string) => `${outDir}.next`;
