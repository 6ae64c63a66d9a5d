package org.publicprivate.agreements.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Amendment;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.StatusChange;

/**
 * Rule {@code reference.unknownSource}: every source reference — of a status change, a progress
 * report, an amendment, a commitment's or a programme's {@code sources} — names the id of one of
 * the agreement's source documents.
 */
final class KnownSourceReferences extends WalkingRule {
  KnownSourceReferences() {
    super("reference.unknownSource", Severity.ERROR,
        "출처 참조가 협약의 어느 출처 문서 id도 아닙니다",
        "a source reference names no source document's id");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    // The ids' texts, not the ids: a String bin whose hashes collide is a tree ordered by the
    // texts, a SourceId bin a tree that cannot order them, searched whole for each id (the
    // generated class does not implement Comparable of itself).
    Set<String> known = new HashSet<>();
    for (SourceDocument source : agreement.sources()) {
      source.id().ifPresent(id -> known.add(id.value()));
    }
    // Each path is built only for a reference that names no source: nearly all do.
    List<Amendment> amendments = agreement.amendments();
    for (int j = 0; j < amendments.size(); j++) {
      Optional<SourceId> source = amendments.get(j).source();
      if (unknown(known, source)) {
        report(findings, DocumentPath.of("amendments").index(j).property("source"), source);
      }
    }
    history(known, agreement.statusHistory(), findings, null, 0);
    return new Walker(Walker.COMMITMENTS | Walker.PROGRAMMES) {
      @Override
      void commitment(int i, Commitment commitment) {
        List<ProgressReport> progress = commitment.progress();
        for (int j = 0; j < progress.size(); j++) {
          Optional<SourceId> source = progress.get(j).source();
          if (unknown(known, source)) {
            report(findings, DocumentPath.of("commitments").index(i).property("progress")
                .index(j).property("source"), source);
          }
        }
        history(known, commitment.statusHistory(), findings, "commitments", i);
        list(known, commitment.sources(), findings, "commitments", i);
      }

      @Override
      void programme(int i, FundedProgramme programme) {
        history(known, programme.statusHistory(), findings, "programmes", i);
        list(known, programme.sources(), findings, "programmes", i);
      }
    };
  }

  /** The path of the {@code i}th element of the top-level list {@code owner}; null: the root. */
  private static DocumentPath owner(String owner, int i) {
    return owner == null ? DocumentPath.root() : DocumentPath.of(owner).index(i);
  }

  private static void history(Set<String> known, List<? extends StatusChange<?>> history,
      Findings findings, String owner, int i) {
    for (int j = 0; j < history.size(); j++) {
      Optional<SourceId> source = history.get(j).source();
      if (unknown(known, source)) {
        report(findings, owner(owner, i).property("statusHistory").index(j).property("source"),
            source);
      }
    }
  }

  private static void list(Set<String> known, List<SourceId> sources, Findings findings,
      String owner, int i) {
    for (int j = 0; j < sources.size(); j++) {
      if (!known.contains(sources.get(j).value())) {
        findings.report(owner(owner, i).property("sources").index(j),
            Map.of("source", sources.get(j).value()));
      }
    }
  }

  private static boolean unknown(Set<String> known, Optional<SourceId> source) {
    return source.isPresent() && !known.contains(source.get().value());
  }

  private static void report(Findings findings, DocumentPath path, Optional<SourceId> source) {
    findings.report(path, Map.of("source", source.get().value()));
  }
}
