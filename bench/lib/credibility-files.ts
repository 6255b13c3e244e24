/** Loading the repo's lexicons and fitted models from data/ (the core never reads files). */
import fs from 'fs';
import path from 'path';
import type { CredibilityModel } from '../../src/core/scoring/credibility-model';
import type { ContentCueLexicon, DomainLists, HarmCategory, ScoringLexicons } from '../../src/core/scoring/lexicons';
import type { ReplyStanceModel } from '../../src/core/scoring/reply-stance';

export const REPO_DATA = path.resolve(__dirname, '../../data');

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

export function loadLexicons(dir = path.join(REPO_DATA, 'lexicons')): ScoringLexicons {
  const content = readJson<ContentCueLexicon & { about?: string }>(path.join(dir, 'content-cues.json'));
  const domains = readJson<DomainLists & { about?: string }>(path.join(dir, 'domains.json'));
  const harm = readJson<{ categories: HarmCategory[] }>(path.join(dir, 'harm.json'));
  return { content, domains: { lowCredibility: domains.lowCredibility, trusted: domains.trusted }, harm: { categories: harm.categories } };
}

export function loadCredibilityModel(file = path.join(REPO_DATA, 'models', 'credibility.json')): CredibilityModel {
  return readJson<CredibilityModel>(file);
}

export function loadReplyStanceModel(file = path.join(REPO_DATA, 'models', 'reply-stance.json')): ReplyStanceModel {
  return readJson<ReplyStanceModel>(file);
}
