package dev.errata.benchmarks;

/** Khipu's exact codes as an enum named by the code: what a user writes for {@code Enum.valueOf}. */
public enum KhipuCodes {
  A000, D000, E000, E999, F000, L000, T000
}
