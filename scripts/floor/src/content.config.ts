/** The floor build reads the same collections with the same loaders and schemas. */
export { collections } from '../../../src/content.config.ts';
