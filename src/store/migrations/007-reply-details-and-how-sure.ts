import type { Migration } from './migration';

/**
 * A score keeps its "how sure" sentence (issue 18), so a stored cluster score says what a fresh
 * one says; and each counted reply is recorded against the cluster of the post it answers, so
 * the crowd factor can name which replies deny the claim and who wrote them (issue 18: "a
 * factor an officer can check"). Replies counted before this step are recorded from their
 * stored stance, with the same join the recount uses; `rumordesk_carries_link` is the
 * correction rule's SQL form (sql-rules.ts).
 */
export const replyDetailsAndHowSure: Migration = {
  version: 7,
  name: 'reply-details-and-how-sure',
  sql: `ALTER TABLE scores ADD COLUMN how_sure TEXT;
CREATE TABLE cluster_replies (
  post_id INTEGER PRIMARY KEY REFERENCES posts(id),
  cluster_id INTEGER NOT NULL REFERENCES clusters(id),
  stance TEXT NOT NULL CHECK (stance IN ('support', 'deny', 'query', 'comment')),
  correction INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cluster_replies_cluster ON cluster_replies(cluster_id);
INSERT OR REPLACE INTO cluster_replies (post_id, cluster_id, stance, correction)
  SELECT r.id, pc.cluster_id, s.reply_stance, s.reply_stance = 'deny' AND rumordesk_carries_link(r.text)
  FROM posts r JOIN scores s ON s.subject_type = 'post' AND s.subject_id = r.id
  JOIN posts parent ON parent.platform = r.platform AND parent.external_id = r.reply_to
  JOIN post_clusters pc ON pc.post_id = parent.id
  WHERE s.reply_stance IN ('support', 'deny', 'query', 'comment');`,
};
