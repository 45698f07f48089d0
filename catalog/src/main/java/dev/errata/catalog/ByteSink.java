package dev.errata.catalog;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * Where a backend's generator writes one JSON text. A generator fills a buffer of its own (recycled by
 * the library) and hands it over when it is full or closed, so a body under that buffer's size arrives
 * in one write, kept as an array of its exact size: no growing, and no copy for {@link #toByteArray}.
 * Not thread-safe.
 */
final class ByteSink extends OutputStream {

  private static final byte[] NONE = new byte[0];

  private byte[] bytes = NONE;
  private int size;

  @Override
  public void write(int b) {
    room(1);
    bytes[size++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    if (size == 0) {
      bytes = Arrays.copyOfRange(b, off, off + len);
      size = len;
      return;
    }
    room(len);
    System.arraycopy(b, off, bytes, size, len);
    size += len;
  }

  private void room(int more) {
    if (bytes.length - size < more) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  /** What was written; the array itself when it is exactly that size. */
  byte[] toByteArray() {
    return bytes.length == size ? bytes : Arrays.copyOf(bytes, size);
  }
}
