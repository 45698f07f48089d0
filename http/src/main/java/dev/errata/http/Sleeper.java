package dev.errata.http;

/**
 * How {@link ErrataHttpClient#send} waits between attempts: {@link #system()} sleeps the calling
 * thread; a test passes one that advances a clock instead. The catalog's {@link
 * dev.errata.catalog.Sleeper}, under the name this module gave it first.
 */
@FunctionalInterface
public interface Sleeper extends dev.errata.catalog.Sleeper {

  /** {@code Thread.sleep}, to the nanosecond the platform allows. */
  static Sleeper system() {
    dev.errata.catalog.Sleeper system = dev.errata.catalog.Sleeper.system();
    return system::sleep;
  }
}
