package dev.errata.okhttp;

import dev.errata.catalog.CatalogException;
import java.io.IOException;
import java.util.Objects;

/**
 * A response the catalog decoded as a failure, as {@link ErrataInterceptor} throws it: an {@code
 * IOException}, since an OkHttp interceptor may throw no other (a {@code RuntimeException} would reach
 * an asynchronous call's callback only as "canceled", then kill the dispatcher's thread). The typed
 * exception is its {@link #error()} and its cause; {@link ErrataCallAdapterFactory} throws that one
 * itself.
 */
public final class ErrorResponseException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The catalog's typed exception. */
  public ErrorResponseException(CatalogException error) {
    super(Objects.requireNonNull(error, "error").getMessage(), error);
  }

  /** The catalog's typed exception of the response, also the cause. */
  public CatalogException error() {
    return (CatalogException) getCause();
  }

  /** The typed exception as its catalog's type, such as {@code error(KhipuException.class)}. */
  public <E extends CatalogException> E error(Class<E> type) {
    return type.cast(getCause());
  }
}
