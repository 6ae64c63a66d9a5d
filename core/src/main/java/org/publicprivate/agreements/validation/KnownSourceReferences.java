package org.publicprivate.agreements.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.FundedProgramme;
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
    for (int j = 0; j < agreement.amendments().size(); j++) {
      check(known, agreement.amendments().get(j).source(), findings,
          DocumentPath.of("amendments").index(j).property("source"));
    }
    history(known, agreement.statusHistory(), findings, DocumentPath.root());
    return new Walker(Walker.COMMITMENTS | Walker.PROGRAMMES) {
      @Override
      void commitment(int i, Commitment commitment) {
        DocumentPath owner = DocumentPath.of("commitments").index(i);
        for (int j = 0; j < commitment.progress().size(); j++) {
          check(known, commitment.progress().get(j).source(), findings,
              owner.property("progress").index(j).property("source"));
        }
        history(known, commitment.statusHistory(), findings, owner);
        list(known, commitment.sources(), findings, owner);
      }

      @Override
      void programme(int i, FundedProgramme programme) {
        DocumentPath owner = DocumentPath.of("programmes").index(i);
        history(known, programme.statusHistory(), findings, owner);
        list(known, programme.sources(), findings, owner);
      }
    };
  }

  private static void history(Set<String> known, List<? extends StatusChange<?>> history,
      Findings findings, DocumentPath owner) {
    for (int j = 0; j < history.size(); j++) {
      check(known, history.get(j).source(), findings,
          owner.property("statusHistory").index(j).property("source"));
    }
  }

  private static void list(Set<String> known, List<SourceId> sources, Findings findings,
      DocumentPath owner) {
    for (int j = 0; j < sources.size(); j++) {
      check(known, Optional.of(sources.get(j)), findings, owner.property("sources").index(j));
    }
  }

  private static void check(Set<String> known, Optional<SourceId> source, Findings findings,
      DocumentPath path) {
    if (source.isPresent() && !known.contains(source.get().value())) {
      findings.report(path, Map.of("source", source.get().value()));
    }
  }
}
