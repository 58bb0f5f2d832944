import { describeHome, type HomeInput } from '../doc/describe-home.js';
import { fitBlocks, BLOCK_KIT_LIMITS as L } from './block-kit-limits.js';
import type { HomeView } from './block-types.js';
import { docBlocks } from './render-doc-blocks.js';

export type { HomeInput };

/** The App Home tab view (views.publish), within the 100-block view limit. No table blocks: messages only. */
export function renderHome(input: HomeInput): HomeView {
  return {
    type: 'home',
    blocks: fitBlocks(docBlocks(describeHome(input), { tables: false }), {
      maxBlocks: L.viewBlocks,
      moreNote: 'The full catalog is longer than the Home tab shows. Ask “list credentials” to see all of it.',
    }),
  };
}
