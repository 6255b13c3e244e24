import { z } from 'zod';
import { claimLinkSchema } from '../../usecases/check/check-claim';
import { declareRoute } from './route';

const checkBody = z.object({
  text: z.unknown(),
  url: claimLinkSchema.nullish(),
  k: z.number().int().min(1).max(20).optional(),
  drafts: z.boolean().optional(),
});

export const CHECK_ROUTES = [
  declareRoute({
    method: 'POST',
    path: '/api/check',
    role: 'viewer',
    body: checkBody,
    bodyName: 'check request',
    summary:
      'check a claim: `{"text": "...", "url": optional, "k": 1-20, "drafts": true for draft previews}`; the answer carries `matchDecision` (the top match\'s strength), `stance`, `matches` (each with `decision` and its `decisionNotes`, `stance`, `stanceReasons`, `stanceConfidence`, `stanceSentence`, and `stanceDecidedBy: "statement_words"` when a rule on the statement\'s own words decided the stance, `stanceConfidence` then being the model\'s odds alone), `credibility`, `cluster`',
    async json({ desk, body }) {
      // Matched by the service's matching workers when it runs them: this thread stays free meanwhile.
      const result = await desk.checkAsync(body.text, { k: body.k, url: body.url ?? null });
      const drafts = body.drafts ? desk.drafts.preview(desk.drafts.subjectOfText(result.text)) : undefined;
      return drafts ? { ...result, drafts } : result;
    },
  }),
];
