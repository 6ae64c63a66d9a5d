package com.example.consumer;

import org.publicprivate.agreements.Agreement;

/**
 * A record of the user's own that holds an agreement.
 *
 * @param office the office that filed it
 * @param agreement the agreement
 */
public record Filing(String office, Agreement agreement) {}
