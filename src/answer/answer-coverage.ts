/** Which credentials test a topic, and how deep; or what none of them covers well. */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import type { Depth, Source, Topic } from '../catalog/schema.js';
import { viewCredential } from './credential-view.js';
import type { AnswerOf } from './types.js';

type CoverageBody = Omit<AnswerOf<'coverage'>, 'question' | 'interpretations'>;

const DEPTH_ORDER: Depth[] = ['hands-on', 'conceptual', 'mentioned'];

function topicSources(topics: readonly Topic[], index: CatalogIndex): Source[] {
  const ids = new Set(topics.flatMap((t) => t.sources));
  return index.catalog.topicSources.filter((s) => ids.has(s.id));
}

export function answerCoverage(
  topicId: string | null,
  gapsOnly: boolean,
  index: CatalogIndex,
  now: Date,
  askedIds: readonly string[] = [],
  unlisted?: string,
): CoverageBody {
  const topic = topicId === null ? null : (index.topic(topicId) ?? null);
  if (!topic) {
    const gaps = gapsOnly ? index.catalog.topics.filter((t) => t.gap) : [];
    const body: CoverageBody = {
      intent: 'coverage',
      topic: null,
      matches: [],
      gaps,
      sources: topicSources(gaps, index),
    };
    if (unlisted === undefined) return body;
    // Not a topic the catalog tracks: for each credential named, what the catalog does record it as testing.
    const asked = askedIds.flatMap((id) => {
      const c = index.credential(id);
      return c ? [{ view: viewCredential(c, index, now), depth: null }] : [];
    });
    return { ...body, unlisted, ...(asked.length > 0 ? { asked } : { tracked: [...index.catalog.topics] }) };
  }
  const matches: CoverageBody['matches'] = [];
  for (const c of index.catalog.credentials) {
    const cov = c.coverage.find((x) => x.topic === topic.id);
    if (!cov) continue;
    const view = viewCredential(c, index, now);
    if (view.status.state === 'retired') continue;
    matches.push({ view, depth: cov.depth, note: cov.note });
  }
  matches.sort(
    (a, b) =>
      DEPTH_ORDER.indexOf(a.depth) - DEPTH_ORDER.indexOf(b.depth) ||
      a.view.credential.acronym.localeCompare(b.view.credential.acronym),
  );
  const asked: NonNullable<CoverageBody['asked']> = [];
  for (const id of askedIds) {
    const c = index.credential(id);
    const cov = c?.coverage.find((x) => x.topic === topic.id);
    if (c) asked.push({ view: viewCredential(c, index, now), depth: cov?.depth ?? null, note: cov?.note });
  }
  return {
    intent: 'coverage',
    topic,
    matches,
    ...(asked.length > 0 ? { asked } : {}),
    gaps: topic.gap ? [topic] : [],
    sources: topicSources([topic], index),
  };
}
