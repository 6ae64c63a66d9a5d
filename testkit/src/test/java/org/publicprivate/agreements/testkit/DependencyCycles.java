package org.publicprivate.agreements.testkit;

import java.util.ArrayList;
import java.util.List;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.CommitmentId;

/**
 * Counts the groups of commitments that depend on each other in a cycle, by another road than the
 * validator's: the transitive closure of the dependencies (Warshall's algorithm, cubic, fine for
 * the few commitments of a generated document), then each commitment that reaches itself joined
 * with those it reaches and that reach it back. A dependency goes to the first commitment with its
 * id; one to an id no commitment has goes nowhere.
 */
final class DependencyCycles {
  private DependencyCycles() {}

  /** How many groups of mutually dependent commitments (one depending on itself included). */
  static long count(Agreement agreement) {
    int n = agreement.commitments().size();
    boolean[][] reaches = new boolean[n][n];
    List<CommitmentId> ids = new ArrayList<>();
    agreement.commitments().forEach(c -> ids.add(c.id()));
    for (int i = 0; i < n; i++) {
      for (CommitmentId dependency : agreement.commitments().get(i).dependsOn()) {
        int j = ids.indexOf(dependency);
        if (j >= 0) {
          reaches[i][j] = true;
        }
      }
    }
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          reaches[i][j] |= reaches[i][k] && reaches[k][j];
        }
      }
    }
    boolean[] counted = new boolean[n];
    long groups = 0;
    for (int i = 0; i < n; i++) {
      if (reaches[i][i] && !counted[i]) {
        groups++;
        for (int j = 0; j < n; j++) {
          counted[j] |= reaches[i][j] && reaches[j][i];
        }
      }
    }
    return groups;
  }
}
