package org.publicprivate.agreements.examples.service;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.springframework.stereotype.Component;

/** Agreements kept in memory by id; safe for concurrent requests. */
@Component
public class AgreementStore {
  private final ConcurrentMap<AgreementId, Agreement> agreements = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public AgreementStore() {}

  /** Stores the agreement unless one of its id is stored; whether it was stored. */
  public boolean add(Agreement agreement) {
    return agreements.putIfAbsent(agreement.id(), agreement) == null;
  }

  /** The agreement of this id, if stored. */
  public Optional<Agreement> find(AgreementId id) {
    return Optional.ofNullable(agreements.get(id));
  }
}
