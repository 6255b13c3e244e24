/**
 * bench:scale — online clustering of N synthetic posts (default 1,000,000): throughput, clusters,
 * peak RSS, the cost per post in the first and the last 10% (flat is the goal), and, measured in
 * the same run on a 20,000-post sample, the cost against naive assignment that compares each post
 * with every cluster representative.
 *
 *   npm run bench:scale [-- --n 1000000 --seed 7] [--no-facts]
 *
 * The clusterer runs with the key-fact veto (data/lexicons/contrasts.json), as the product does;
 * --no-facts runs it without, for comparison. "refused" counts posts kept out of their
 * best-scoring cluster because their key facts conflict with its members'.
 */
import { OnlineClusterer, type ClusterPost } from '../src/core/clustering/clusterer';
import { prepareText, type PreparedText } from '../src/core/clustering/cluster-text';
import { compilePairModel, type CompiledPairModel } from '../src/core/clustering/pair-model';
import { comparableText } from '../src/core/text/normalize';
import { extractUrls } from '../src/core/text/urls';
import type { PostInput } from '../src/core/types';
import { readClusterModel } from './lib/cluster-model-file';
import { readContrastLexicon } from './lib/contrast-lexicon-file';
import { generateSyntheticPosts } from './lib/synthetic-posts';

function argNumber(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Store ids are integers; the generator's external ids end in the post's sequence number. */
function storeKey(externalId: string | null | undefined): string | null {
  return externalId ? externalId.slice(externalId.lastIndexOf('-') + 1) : null;
}

function toClusterPost(p: PostInput): ClusterPost {
  const urls = extractUrls(p.text);
  if (p.url && !urls.includes(p.url)) urls.push(p.url);
  return { key: storeKey(p.externalId) as string, text: p.text, urls, sourceKey: storeKey(p.repostOf ?? p.quoteOf) };
}

const contrast = process.argv.includes('--no-facts') ? undefined : readContrastLexicon();

function runOnline(n: number, seed: number, model: CompiledPairModel) {
  let nextId = 1;
  const clusterer = new OnlineClusterer({ model, nextClusterId: () => nextId++, ignoredUrlHosts: ['ridgeportpd.example'], contrast });
  const tenth = Math.max(1, Math.floor(n / 10));
  let firstNs = 0n;
  let lastNs = 0n;
  let totalNs = 0n;
  const reasons: Record<string, number> = {};
  let i = 0;
  for (const post of generateSyntheticPosts(n, seed)) {
    const input = toClusterPost(post);
    const t0 = process.hrtime.bigint();
    const a = clusterer.assign(input);
    const dt = process.hrtime.bigint() - t0;
    totalNs += dt;
    if (i < tenth) firstNs += dt;
    if (i >= n - tenth) lastNs += dt;
    reasons[a.reason] = (reasons[a.reason] ?? 0) + 1;
    if (a.conflicts) reasons.refused = (reasons.refused ?? 0) + 1;
    i++;
  }
  return { clusterer, totalNs, firstNs, lastNs, tenth, reasons };
}

/**
 * Naive assignment cost on the sample: for every 25th post, score it against every cluster
 * representative known at that point (the first post of each cluster the online run made), which
 * is what assignment without blocking has to do. Also reports how often the naive best choice
 * agrees with the online one, as a sanity check on blocking recall.
 */
function naiveSample(n: number, seed: number, model: CompiledPairModel) {
  let nextId = 1;
  const online = new OnlineClusterer({ model, nextClusterId: () => nextId++, ignoredUrlHosts: ['ridgeportpd.example'], contrast });
  const reps: { id: number; prepared: PreparedText }[] = [];
  const hashes = new Set<string>();
  let onlineNs = 0n;
  let naiveNs = 0n;
  let measured = 0;
  let agree = 0;
  let compared = 0;
  let i = 0;
  for (const post of generateSyntheticPosts(n, seed)) {
    const input = toClusterPost(post);
    const probe = i % 25 === 0 && !input.sourceKey && !hashes.has(comparableText(input.text));
    let naiveChoice: number | null = null;
    if (probe) {
      const t0 = process.hrtime.bigint();
      const q = prepareText(input.text);
      let best = { id: -1, score: 0 };
      for (const r of reps) {
        const s = model.score(q, r.prepared);
        if (s > best.score) best = { id: r.id, score: s };
      }
      naiveChoice = best.score >= model.threshold ? best.id : -1;
      naiveNs += process.hrtime.bigint() - t0;
      compared += reps.length;
    }
    const t0 = process.hrtime.bigint();
    const a = online.assign(input);
    const dt = process.hrtime.bigint() - t0;
    if (probe) {
      onlineNs += dt;
      measured++;
      if ((naiveChoice === -1 && a.reason === 'new') || naiveChoice === a.clusterId) agree++;
    }
    if (a.reason === 'new') reps.push({ id: a.clusterId, prepared: prepareText(input.text) });
    hashes.add(comparableText(input.text));
    i++;
  }
  return { measured, onlineUs: Number(onlineNs) / 1000 / measured, naiveUs: Number(naiveNs) / 1000 / measured, agree: agree / measured, avgReps: compared / measured, clusters: reps.length };
}

function main(): void {
  const n = argNumber('--n', 1_000_000);
  const seed = argNumber('--seed', 7);
  const model = compilePairModel(readClusterModel());
  console.log(`bench:scale — ${n.toLocaleString('en-US')} synthetic posts (seed ${seed}), pair model ${model.model.version}, key-fact veto ${contrast ? 'on' : 'off'}`);
  const wall0 = Date.now();
  const run = runOnline(n, seed, model);
  const wallS = (Date.now() - wall0) / 1000;
  const stats = run.clusterer.stats();
  const firstUs = Number(run.firstNs) / 1000 / run.tenth;
  const lastUs = Number(run.lastNs) / 1000 / run.tenth;
  console.log(`online: ${wallS.toFixed(1)} s wall incl. generation, ${(n / wallS).toFixed(0)} posts/s; assign alone ${(Number(run.totalNs) / 1e9).toFixed(1)} s, ${(n / (Number(run.totalNs) / 1e9)).toFixed(0)} posts/s`);
  console.log(`clusters ${stats.clusters.toLocaleString('en-US')}, exemplars ${stats.exemplars.toLocaleString('en-US')}, reasons ${JSON.stringify(run.reasons)}`);
  console.log(`cost per post: first 10% ${firstUs.toFixed(1)} µs, last 10% ${lastUs.toFixed(1)} µs, ratio last/first ${(lastUs / firstUs).toFixed(2)}`);
  const sampleN = Math.min(20_000, n);
  const naive = naiveSample(sampleN, seed + 1, model);
  console.log(
    `naive all-representatives on a ${sampleN.toLocaleString('en-US')}-post sample (${naive.measured} probed posts, ${naive.avgReps.toFixed(0)} reps each on average, ${naive.clusters} clusters at the end): ` +
      `naive ${naive.naiveUs.toFixed(1)} µs/post vs online ${naive.onlineUs.toFixed(1)} µs/post = ${(naive.naiveUs / naive.onlineUs).toFixed(0)}× cheaper online; decisions agree on ${(100 * naive.agree).toFixed(1)}%`,
  );
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main();
