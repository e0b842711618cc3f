import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchemas } from '../../model/json-schema.ts';

export const getStaticPaths: GetStaticPaths = () => Object.keys(jsonSchemas()).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(jsonSchemas()[params.name!], null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
