package dev.errata.okhttp;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Objects;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * A Retrofit {@link CallAdapter.Factory} through which every call throws the catalog's typed
 * exception instead of returning an error response:
 *
 * <pre>{@code
 * Retrofit retrofit = new Retrofit.Builder()
 *     .baseUrl("https://api.example.com/")
 *     .client(new OkHttpClient.Builder().addInterceptor(ErrataInterceptor.of(KhipuMatcher.catalog())).build())
 *     .addCallAdapterFactory(ErrataCallAdapterFactory.create(KhipuMatcher.catalog()))
 *     .addConverterFactory(...)
 *     .build();
 * }</pre>
 *
 * <ul>
 *   <li>{@code Call<T>}: {@code execute()} returns the successful response or throws the typed
 *       exception; {@code enqueue} hands the typed exception to {@code onFailure}.
 *   <li>Direct return types ({@code Accounts accounts()}), which no other factory adapts: the call is
 *       executed at once and returns the body (or, for {@code Response<T>}, the successful response),
 *       or throws the typed exception; a failure to connect is an {@code UncheckedIOException}.
 *   <li>Types another factory adapts ({@code CompletableFuture<T>}, an Rx type): that factory's
 *       adapter, over calls that fail with the typed exception.
 * </ul>
 *
 * <p>A non-2xx response is decoded from its error body, which Retrofit has read whole; with {@link
 * ErrataInterceptor} on the client, the interceptor decodes it first (reading only up to the body
 * limit), finds the errors inside 2xx bodies, which a call adapter never sees, and retries. Add this
 * factory before the others whose types it should type. Immutable and thread-safe.
 */
public final class ErrataCallAdapterFactory extends CallAdapter.Factory {

  private final Catalog<?> catalog;

  private ErrataCallAdapterFactory(Catalog<?> catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** A factory whose calls decode error responses with {@code catalog}. */
  public static ErrataCallAdapterFactory create(Catalog<?> catalog) {
    return new ErrataCallAdapterFactory(catalog);
  }

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    CallAdapter<?, ?> next;
    try {
      next = retrofit.nextCallAdapter(this, returnType, annotations);
    } catch (IllegalArgumentException noneAdapts) {
      return direct(returnType);
    }
    return typing(next);
  }

  private <R, T> CallAdapter<R, T> typing(CallAdapter<R, T> next) {
    return new CallAdapter<>() {
      @Override
      public Type responseType() {
        return next.responseType();
      }

      @Override
      public T adapt(Call<R> call) {
        return next.adapt(new TypedCall<>(call, catalog));
      }
    };
  }

  private CallAdapter<?, ?> direct(Type returnType) {
    boolean wantsResponse = getRawType(returnType) == Response.class;
    if (wantsResponse && !(returnType instanceof ParameterizedType)) {
      throw new IllegalArgumentException("Response must be parameterized as Response<Foo>");
    }
    Type bodyType = wantsResponse ? getParameterUpperBound(0, (ParameterizedType) returnType) : returnType;
    return new CallAdapter<Object, Object>() {
      @Override
      public Type responseType() {
        return bodyType;
      }

      @Override
      public Object adapt(Call<Object> call) {
        Response<Object> response;
        try {
          response = new TypedCall<>(call, catalog).execute();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return wantsResponse ? response : response.body();
      }
    };
  }

  /** A call that fails with the typed exception where the call it wraps gives an error response. */
  static final class TypedCall<T> implements Call<T> {
    private final Call<T> call;
    private final Catalog<?> catalog;

    TypedCall(Call<T> call, Catalog<?> catalog) {
      this.call = call;
      this.catalog = catalog;
    }

    /** The successful response; else throws the typed exception (or the {@code IOException} of a failed connection). */
    @Override
    public Response<T> execute() throws IOException {
      Response<T> response;
      try {
        response = call.execute();
      } catch (ErrorResponseException e) {
        throw e.error();
      }
      if (!response.isSuccessful()) {
        throw error(catalog, response);
      }
      return response;
    }

    @Override
    public void enqueue(Callback<T> callback) {
      Objects.requireNonNull(callback, "callback");
      call.enqueue(new Callback<>() {
        @Override
        public void onResponse(Call<T> ignored, Response<T> response) {
          if (response.isSuccessful()) {
            callback.onResponse(TypedCall.this, response);
          } else {
            callback.onFailure(TypedCall.this, error(catalog, response));
          }
        }

        @Override
        public void onFailure(Call<T> ignored, Throwable failure) {
          callback.onFailure(TypedCall.this,
              failure instanceof ErrorResponseException typed ? typed.error() : failure);
        }
      });
    }

    /** The typed exception of an error response, decoded from its error body (at most the body limit of it). */
    static <E extends CatalogException> E error(Catalog<E> catalog, Response<?> response) {
      Decoded<E> decoded;
      try (ResponseBody body = response.errorBody()) {
        decoded = catalog.decode(response.code(), body == null ? null : body.byteStream(),
            response.headers()::get);
      }
      return decoded instanceof Decoded.Failure<E> failure ? failure.error() : catalog.toException(decoded.report());
    }

    @Override
    public boolean isExecuted() {
      return call.isExecuted();
    }

    @Override
    public void cancel() {
      call.cancel();
    }

    @Override
    public boolean isCanceled() {
      return call.isCanceled();
    }

    @Override
    public Call<T> clone() {
      return new TypedCall<>(call.clone(), catalog);
    }

    @Override
    public Request request() {
      return call.request();
    }

    @Override
    public Timeout timeout() {
      return call.timeout();
    }
  }
}
