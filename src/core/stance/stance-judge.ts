import type { ClaimSide, EvidenceSide } from './stance-features';
import { decideStance, prepareClaimSide, prepareStatementSide, type StanceReader, type StanceVerdict } from './decide-stance';

interface StatementText {
  id: number;
  title: string;
  body: string;
}

/**
 * Decides stances for one department's statements: keeps each statement's analysed side (one per
 * statement text; an upsert with new text is analysed anew) and the last claim's, since a claim
 * is compared with its top few statements in a row.
 *
 * @example const judge = new StanceJudge(reader); judge.judge('bridge collapsed', statement).stance
 */
export class StanceJudge {
  private readonly statements = new Map<number, { text: string; side: EvidenceSide }>();
  private lastClaim: { text: string; side: ClaimSide } | null = null;

  constructor(private readonly reader: StanceReader) {}

  get modelVersion(): string {
    return this.reader.model.version;
  }

  judge(claim: string, statement: StatementText): StanceVerdict {
    const text = `${statement.title}.\n${statement.body}`;
    let cached = this.statements.get(statement.id);
    if (!cached || cached.text !== text) {
      cached = { text, side: prepareStatementSide(text, this.reader.lexicon) };
      this.statements.set(statement.id, cached);
    }
    if (this.lastClaim?.text !== claim) this.lastClaim = { text: claim, side: prepareClaimSide(claim, this.reader.lexicon) };
    return decideStance(this.lastClaim.side, cached.side, this.reader);
  }

  forget(id: number): void {
    this.statements.delete(id);
  }
}
