/**
 * /data/policy.schema.json: the JSON Schema (draft 2020-12) of policy.json, generated from the zod schema the build
 * checks policy.json against (src/lib/document/policy-data.ts), so the description cannot drift from the data.
 */
import type { APIRoute } from 'astro';
import { policyJsonSchema } from '../../lib/document/policy-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(policyJsonSchema(), null, 2) + '\n', {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
