import type { ClaimSide, EvidenceSide } from './stance-features';
import { decideStance, prepareClaimSide, prepareStatementSide, type StanceReader, type StanceVerdict } from './decide-stance';

// How many recent claims' sides are kept: a side is a pure function of the claim's text.
const RECENT_CLAIMS = 32;

interface StatementText {
  id: number;
  title: string;
  body: string;
}

/**
 * Decides stances for one department's statements: keeps each statement's analysed side (one per
 * statement text; an upsert with new text is analysed anew) and the sides of the last few claims:
 * a claim is compared with its top few statements in a row, and a repost of one rumour word for
 * word is rarely far behind the first (a quarter of the demo's claims repeat one of the 32 before).
 *
 * @example const judge = new StanceJudge(reader); judge.judge('bridge collapsed', statement).stance
 */
export class StanceJudge {
  private readonly statements = new Map<number, { title: string; body: string; side: EvidenceSide }>();
  /** Recent claims' sides by text, oldest first (a Map keeps insertion order). */
  private readonly claims = new Map<string, ClaimSide>();

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
    return decideStance(this.claimSide(claim), cached.side, this.reader);
  }

  private claimSide(claim: string): ClaimSide {
    let side = this.claims.get(claim);
    if (side === undefined) {
      side = prepareClaimSide(claim, this.reader.lexicon);
      if (this.claims.size >= RECENT_CLAIMS) this.claims.delete(this.claims.keys().next().value as string);
      this.claims.set(claim, side);
    }
    return side;
  }

  forget(id: number): void {
    this.statements.delete(id);
  }
}
