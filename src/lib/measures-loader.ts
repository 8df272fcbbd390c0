/**
 * The measures collection's loader: Astro's glob loader, except that an empty folder is reported as
 * information, not a warning. No measure is recorded yet, so the folder normally holds only a README.md
 * (which the pattern does not match); empty is the expected state there, not a misconfiguration.
 * Every other warning passes through unchanged.
 */
import { glob, type Loader } from 'astro/loaders';
import { MEASURES_BASE, MEASURES_PATTERN } from './measure-files.ts';

export function measuresLoader(): Loader {
  const inner = glob({ pattern: MEASURES_PATTERN, base: MEASURES_BASE });
  return {
    name: 'measures',
    load: (context) => {
      const logger = Object.create(context.logger) as typeof context.logger;
      logger.warn = (message: string) =>
        message.startsWith('No files found matching')
          ? context.logger.info(`No local measures recorded in ${MEASURES_BASE}/ (expected until one is added).`)
          : context.logger.warn(message);
      return inner.load({ ...context, logger });
    },
  };
}
