package dev.errata.catalog;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/** The cause chain of a failure, as frameworks wrap them: the failure, its cause, that one's cause... */
final class CauseChain {

  private CauseChain() {}

  /**
   * The first throwable of {@code type} in the cause chain of {@code failure}, itself included; empty
   * when there is none, or {@code failure} is {@code null}. A chain that loops back is walked once.
   */
  static <T extends Throwable> Optional<T> first(Throwable failure, Class<T> type) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return Optional.of(type.cast(cause));
      }
    }
    return Optional.empty();
  }
}
