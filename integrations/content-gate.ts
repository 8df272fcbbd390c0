/**
 * Runs the content gate (src/lib/gates/content-gate.ts) before Astro reads any content, so that `astro build` and
 * `npm run build` stop with a list of faults, each naming its file and what to do, before anything is written.
 * In `astro dev` the faults are logged instead, so that the author sees them without losing the preview.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentFaults } from '../src/lib/gates/content-gate.ts';

export default function contentGate(): AstroIntegration {
  return {
    name: 'content-gate',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const { faults, advice } = contentFaults(fileURLToPath(config.root));
        if (!faults.length) return;
        const summary = [
          `the content gate found ${faults.length} fault(s):`,
          ...faults.map((f) => `  ${f}`),
          ...advice,
        ].join('\n');
        if (command === 'build') throw new Error(summary);
        for (const line of [...faults, ...advice]) logger.error(line);
      },
    },
  };
}
