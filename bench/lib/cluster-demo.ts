/**
 * Clusters the demo department's posts (data/demo) in arrival order and compares the clusters
 * with the generator's rumor labels: pairwise precision/recall of "same rumor", and the biggest
 * clusters with their first text, for a person to judge. Replies are left out (they are not
 * the claim), as the ingest pipeline does.
 */
import fs from 'fs';
import path from 'path';
import { OnlineClusterer } from '../../src/core/clustering/clusterer';
import type { CompiledPairModel } from '../../src/core/clustering/pair-model';
import type { ContrastLexicon } from '../../src/core/facts';
import { extractUrls } from '../../src/core/text/urls';

interface DemoPost {
  id: string;
  text: string;
  url: string | null;
  posted_at: string;
  reply_to: string | null;
  quote_of: string | null;
  repost_of: string | null;
}

function readJsonl<T>(file: string): T[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
}

export function clusterDemo(model: CompiledPairModel, threshold = model.threshold, contrast?: ContrastLexicon): void {
  const dir = path.resolve(__dirname, '../../data/demo');
  const posts = readJsonl<DemoPost>(path.join(dir, 'posts.jsonl')).filter((p) => !p.reply_to);
  const labels = new Map(readJsonl<{ id: string; rumor: string | null }>(path.join(dir, 'post-labels.jsonl')).map((l) => [l.id, l.rumor]));
  posts.sort((a, b) => (a.posted_at < b.posted_at ? -1 : a.posted_at > b.posted_at ? 1 : 0));
  // The demo department's own site (data/demo/statements.jsonl), as department.url would give it.
  const clusterer = new OnlineClusterer({ model, threshold, ignoredUrlHosts: ['ridgeportpd.example'], contrast });
  const members = new Map<number, DemoPost[]>();
  for (const p of posts) {
    const id = clusterer.assign({ key: p.id, text: p.text, urls: extractUrls(p.text), sourceKey: p.repost_of ?? p.quote_of }).clusterId;
    members.set(id, [...(members.get(id) ?? []), p]);
  }
  // Pairwise scores over rumor posts: same cluster vs same rumor label (chatter counts as its own singleton).
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const labelled = posts.map((p) => ({ rumor: labels.get(p.id) ?? null, cluster: clusterer.clusterOf(p.id) }));
  for (let i = 0; i < labelled.length; i++) {
    for (let j = i + 1; j < labelled.length; j++) {
      const a = labelled[i]!;
      const b = labelled[j]!;
      const same = a.rumor !== null && a.rumor === b.rumor;
      const together = a.cluster === b.cluster;
      if (same && together) tp++;
      else if (together) fp++;
      else if (same) fn++;
    }
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  console.log(`demo (threshold ${threshold.toFixed(3)}, key-fact veto ${contrast ? 'on' : 'off'}): ${posts.length} non-reply posts → ${members.size} clusters; pairwise same-rumor precision ${p.toFixed(3)}, recall ${r.toFixed(3)}, F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)}`);
  const biggest = [...members.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, 8);
  for (const [id, list] of biggest) {
    const counts = new Map<string, number>();
    for (const m of list) {
      const rumor = labels.get(m.id) ?? 'chatter';
      counts.set(rumor, (counts.get(rumor) ?? 0) + 1);
    }
    const [top, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    console.log(`  #${id} ${list.length} posts, ${((100 * n) / list.length).toFixed(0)}% ${top}: ${list[0]!.text.slice(0, 100)}`);
  }
}
