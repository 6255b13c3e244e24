import { Router } from 'express';
import { z } from 'zod';
import type { RumorDesk } from '../../usecases/rumor-desk';
import { parseInput } from '../../usecases/validation';

const checkBody = z.object({
  text: z.unknown(),
  url: z.url({ protocol: /^https?$/ }).max(2000).nullish(),
  k: z.number().int().min(1).max(20).optional(),
  drafts: z.boolean().optional(),
});

export function checkRoutes(desk: RumorDesk): Router {
  const router = Router();
  router.post('/', async (req, res) => {
    const body = parseInput(checkBody, req.body, 'check request');
    // Matched by the service's matching workers when it runs them: this thread stays free meanwhile.
    const result = await desk.checkAsync(body.text, { k: body.k, url: body.url ?? null });
    const drafts = body.drafts ? desk.drafts.preview(desk.drafts.subjectOfText(result.text)) : undefined;
    res.json(drafts ? { ...result, drafts } : result);
  });
  return router;
}
