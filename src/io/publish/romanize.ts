import { pinyin } from 'pinyin-pro';
import type { Romanized } from '../../domain/publish/gazetteer';

/**
 * A name's pinyin and initials for search, at publish time (pinyin-pro, MIT): "南湖区" →
 * "nanhuqu" and "nhq". Letters and digits in the name are kept as they are, lower case.
 */
export function romanize(name: string): Romanized {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const words = syllables.map((syllable) => syllable.toLowerCase().replace(/[^a-z0-9]/g, '')).filter(Boolean);
  return { syllables: words };
}
