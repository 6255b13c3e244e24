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
  private readonly statements = new Map<number, { title: string; body: string; side: EvidenceSide }>();
  private lastClaim: { text: string; side: ClaimSide } | null = null;

  constructor(private readonly reader: StanceReader) {}

  get modelVersion(): string {
    return this.reader.model.version;
  }

  judge(claim: string, statement: StatementText): StanceVerdict {
    let cached = this.statements.get(statement.id);
    // Title and body compared apart: the index hands over the very strings it was given, which
    // compare at once, where joining them anew for every claim built and compared the whole text.
    if (!cached || cached.title !== statement.title || cached.body !== statement.body) {
      cached = { title: statement.title, body: statement.body, side: prepareStatementSide(`${statement.title}.\n${statement.body}`, this.reader.lexicon) };
      this.statements.set(statement.id, cached);
    }
    if (this.lastClaim?.text !== claim) this.lastClaim = { text: claim, side: prepareClaimSide(claim, this.reader.lexicon) };
    return decideStance(this.lastClaim.side, cached.side, this.reader);
  }

  forget(id: number): void {
    this.statements.delete(id);
  }
}
