import { defineHastPlugin } from 'satteri';
import { runsOf } from './runs.ts';

/**
 * Words that must not break across lines although they contain a break opportunity: browsers break "COVID-19"
 * after its hyphen ("COVID-" / "19"), and a Chinese item number inside its brackets ("（十" / "一）"). Each is set
 * in a <span class="nobr"> (site.css), never changed in the text itself, so copying, finding and searching see
 * the word as written.
 */
export const KEEP_TOGETHER = /COVID-19|（[一二三四五六七八九十]{2,}）/g;

/** `text` cut into runs, each marked whether it is a word kept together. */
export const keepTogetherRuns = (text: string) => runsOf(text, KEEP_TOGETHER);

/**
 * The same for MDX, as a plugin of Sätteri (the Markdown processor Astro runs; it takes no rehype plugins): each such
 * word of a text node becomes the span. Code is left alone.
 */
export const keepTogetherPlugin = defineHastPlugin({
  name: 'keep-together',
  text(node, ctx) {
    const runs = keepTogetherRuns(node.value);
    if (!runs.some((run) => run.match)) return;
    ctx.replaceNode(
      node,
      runs.map((run) =>
        run.match
          ? {
              type: 'element',
              tagName: 'span',
              properties: { className: ['nobr'] },
              children: [{ type: 'text', value: run.text }],
            }
          : { type: 'text', value: run.text },
      ),
    );
  },
});
