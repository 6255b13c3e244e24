import { Router, type Request, type Response } from 'express';
import { isRumorDeskError } from '../../core/errors';
import { field, sendPage, type Failure, type PageKit } from './page-kit';

/** `/settings` (admins): the department settings, each with its default and help. */
export function settingsPage(kit: PageKit): Router {
  const router = Router();

  function show(req: Request, res: Response, failure: Failure | null = null, typed: Record<string, string> = {}): void {
    const items = kit.desk.settings.all().map((s) => ({ ...s, id: `setting-${s.name.replace(/\W/g, '-')}`, value: typed[s.name] ?? s.value }));
    sendPage(kit, req, res, { view: 'settings', title: 'Settings', section: 'settings', failure, model: { items } });
  }

  router.get('/settings', (req, res) => show(req, res));

  // One form for all settings: each changed value is saved on its own, and every refusal is
  // listed together so the admin fixes them in one go (the accepted ones stay saved).
  router.post('/settings', (req, res) => {
    let pending = kit.desk.settings
      .all()
      .map((setting) => ({ name: setting.name, value: field(req.body, setting.name) }))
      .filter(({ name, value }) => value.trim() && value.trim() !== kit.desk.settings.get(name));
    let problems: string[] = [];
    // Two passes: the match thresholds must stay ordered, so raising both at once is refused for
    // the possible one until the strong one has been saved, which comes after it in the form.
    for (let pass = 0; pass < 2 && pending.length; pass += 1) {
      const refused: typeof pending = [];
      problems = [];
      for (const setting of pending) {
        try {
          kit.desk.settings.set(setting.name, setting.value, kit.actorOf(req));
        } catch (err) {
          if (!isRumorDeskError(err)) throw err;
          problems.push(err.message);
          refused.push(setting);
        }
      }
      if (refused.length === pending.length) break;
      pending = refused;
    }
    const typed = Object.fromEntries(pending.map(({ name, value }) => [name, value]));
    if (problems.length) return show(req, res, { message: problems.join(' '), status: 400 }, typed);
    res.redirect(303, '/settings?notice=settings_saved');
  });
  return router;
}
