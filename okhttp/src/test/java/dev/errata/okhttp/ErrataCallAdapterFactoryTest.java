package dev.errata.okhttp;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.RetryPolicy;
import dev.errata.samples.FakeTime;
import dev.errata.samples.SampleEntries;
import dev.errata.samples.khipu.KhipuMatcher;
import dev.errata.samples.khipu.KhipuTargetUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Converter;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.http.GET;
import retrofit2.http.Path;

/**
 * Retrofit with the call adapter factory (and the interceptor, or without it) against one
 * MockWebServer: {@code Call<T>}, direct return types, {@code Response<T>} and {@code
 * CompletableFuture<T>} all fail with the typed exception the catalog's own decode gives, for every
 * entry of Khipu and KeyBank.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ErrataCallAdapterFactoryTest {

  /** The API the tests call. */
  interface Api {
    @GET("{catalog}/{code}")
    Call<String> call(@Path("catalog") String catalog, @Path("code") String code);

    @GET("{catalog}/{code}")
    String direct(@Path("catalog") String catalog, @Path("code") String code);

    @GET("{catalog}/{code}")
    Response<String> response(@Path("catalog") String catalog, @Path("code") String code);

    @GET("{catalog}/{code}")
    CompletableFuture<String> future(@Path("catalog") String catalog, @Path("code") String code);
  }

  /** Bodies as text: what a converter does, without one more dependency. */
  static final class Text extends Converter.Factory {
    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
      return type == String.class ? ResponseBody::string : null;
    }
  }

  private static final ScriptedDispatcher SCRIPTS = new ScriptedDispatcher();
  private static final OkHttpClient BASE = new OkHttpClient();
  private static MockWebServer server;

  @BeforeAll
  static void start() throws IOException {
    server = SCRIPTS.start();
  }

  @AfterAll
  static void stop() {
    server.close();
    BASE.dispatcher().executorService().shutdown();
    BASE.connectionPool().evictAll();
  }

  private static Api api(Catalog<?> catalog, OkHttpClient client) {
    return new Retrofit.Builder().baseUrl(server.url("/")).client(client)
        .addCallAdapterFactory(ErrataCallAdapterFactory.create(catalog))
        .addConverterFactory(new Text())
        .build().create(Api.class);
  }

  private static <E extends CatalogException> OkHttpClient intercepted(Catalog<E> catalog) {
    return BASE.newBuilder().addInterceptor(ErrataInterceptor.builder(catalog)
        .retryPolicy(RetryPolicy.builder().maxAttempts(1).build()).build()).build();
  }

  /** With the interceptor: every entry, through each kind of method. */
  @Test
  void everyEntryThroughEveryKindOfMethod() throws Exception {
    for (SampleEntries.Case c : SampleEntries.all()) {
      SCRIPTS.script(c.path(), c.response());
      assertEveryKind(api(c.catalog(), intercepted(c.catalog())), c);
    }
  }

  /** Without it: the non-2xx entries, decoded from Retrofit's error body (a 2xx error needs the interceptor). */
  @Test
  void withoutTheInterceptorErrorStatusesAreStillTyped() throws Exception {
    int typed = 0;
    for (SampleEntries.Case c : SampleEntries.failures()) {
      if (c.response().status() / 100 == 2) {
        continue;
      }
      typed++;
      SCRIPTS.script(c.path(), c.response());
      assertEveryKind(api(c.catalog(), BASE), c);
    }
    assertWithMessage("KeyBank's error statuses and Khipu's A000").that(typed > 10).isTrue();
  }

  private static void assertEveryKind(Api api, SampleEntries.Case c) throws Exception {
    String catalog = c.catalog().name();
    if (!c.isFailure()) {
      assertWithMessage("%s", c).that(api.direct(catalog, c.code())).isEqualTo(c.response().text());
      assertWithMessage("%s", c).that(api.call(catalog, c.code()).execute().body()).isEqualTo(c.response().text());
      assertWithMessage("%s", c).that(api.response(catalog, c.code()).code()).isEqualTo(c.response().status());
      assertWithMessage("%s", c).that(api.future(catalog, c.code()).get(10, TimeUnit.SECONDS)).isEqualTo(c.response().text());
      return;
    }
    SampleEntries.assertSameFailure(c, assertThrows(CatalogException.class, () -> api.direct(catalog, c.code())));
    SampleEntries.assertSameFailure(c, assertThrows(CatalogException.class, () -> api.call(catalog, c.code()).execute()));
    SampleEntries.assertSameFailure(c, assertThrows(CatalogException.class, () -> api.response(catalog, c.code())));
    ExecutionException future = assertThrows(ExecutionException.class,
        () -> api.future(catalog, c.code()).get(10, TimeUnit.SECONDS));
    SampleEntries.assertSameFailure(c, future.getCause());
    CompletableFuture<Throwable> enqueued = new CompletableFuture<>();
    api.call(catalog, c.code()).enqueue(new Callback<>() {
      @Override
      public void onResponse(Call<String> call, Response<String> response) {
        enqueued.completeExceptionally(new AssertionError("a failure passed as a response: " + response.code()));
      }

      @Override
      public void onFailure(Call<String> call, Throwable failure) {
        enqueued.complete(failure);
      }
    });
    SampleEntries.assertSameFailure(c, enqueued.get(10, TimeUnit.SECONDS));
  }

  /** The interceptor retries underneath; the adapter throws the typed exception when it gives up. */
  @Test
  void retriesHappenBelowTheAdapter() {
    SCRIPTS.script("/Khipu/E299", ErrataInterceptorTest.khipuError("E299", "RETRY_IMMEDIATELY"));
    FakeTime time = new FakeTime();
    OkHttpClient client = BASE.newBuilder().addInterceptor(ErrataInterceptor.builder(KhipuMatcher.catalog())
        .clock(time).sleeper(time::sleep).build()).build();
    assertThrows(KhipuTargetUnavailableException.class, () -> api(KhipuMatcher.catalog(), client).direct("Khipu", "E299"));
    assertThat(SCRIPTS.requests("/Khipu/E299")).isEqualTo(3);
    assertThat(time.waits().size()).isEqualTo(2);
  }

  /** A direct method whose connection fails throws an UncheckedIOException. */
  @Test
  void aFailedConnectionIsAnUncheckedIoException() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Api api = new Retrofit.Builder().baseUrl("http://127.0.0.1:" + closedPort + "/").client(BASE)
        .addCallAdapterFactory(ErrataCallAdapterFactory.create(KhipuMatcher.catalog()))
        .addConverterFactory(new Text()).build().create(Api.class);
    assertThrows(UncheckedIOException.class, () -> api.direct("Khipu", "E201"));
  }
}
