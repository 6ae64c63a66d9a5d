package org.publicprivate.agreements.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.examples.BusanFutureCarMou;
import org.publicprivate.agreements.jackson.AgreementJson;

/**
 * The documents every benchmark measures: the founding agreement as format version 1 holds it,
 * {@link BusanFutureCarMou#versionOne()} (so that the figures stay comparable with earlier rounds'
 * and the records baseline keeps its shape), with its ten commitments copied round-robin under new
 * ids to any size from one commitment up. Parties,
 * programme, signing and sources stay as in the original, so cost grows with the commitments only.
 */
public final class Corpus {
  private Corpus() {}

  /** The founding agreement with {@code commitments} commitments. */
  public static Agreement agreement(int commitments) {
    Agreement founding = BusanFutureCarMou.versionOne();
    List<Commitment> originals = founding.commitments();
    List<Commitment> scaled = new ArrayList<>(commitments);
    for (int i = 0; i < commitments; i++) {
      Commitment original = originals.get(i % originals.size());
      scaled.add(original.withId(commitmentId(original, i)));
    }
    return founding.withCommitments(scaled);
  }

  /** The canonical JSON of {@link #agreement(int)}, as our module writes it. */
  public static byte[] json(int commitments) {
    try {
      return AgreementJson.newMapper().writeValueAsBytes(agreement(commitments));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code i}th commitment's id: its original's with the index appended, so ids stay unique. */
  static CommitmentId commitmentId(Commitment original, int i) {
    return CommitmentId.of(original.id().value() + "-" + i);
  }
}
