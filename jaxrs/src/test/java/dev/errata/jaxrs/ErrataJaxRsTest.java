package dev.errata.jaxrs;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.DecodeLimits;
import dev.errata.samples.SampleEntries;
import dev.errata.samples.khipu.KhipuException;
import dev.errata.samples.khipu.KhipuLogonException;
import dev.errata.samples.khipu.KhipuMatcher;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Jersey on both ends, over one loopback JDK-HTTP server: the server throws each entry of Khipu and
 * KeyBank as a catalog exception and {@link ErrataExceptionMapper} writes it; the client's filter and
 * the MicroProfile mapper read it back into the exception the catalog's own decode gives.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ErrataJaxRsTest {

  /** Every case by its path. */
  private static final Map<String, SampleEntries.Case> CASES = SampleEntries.all().stream()
      .collect(Collectors.toMap(SampleEntries.Case::path, Function.identity()));

  /** A server's resource: it raises each case's exception, as an application raises its own. */
  @Path("/")
  public static final class Raising {
    @GET
    @Path("{catalog}/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    public String raise(@PathParam("catalog") String catalog, @PathParam("code") String code) {
      SampleEntries.Case c = CASES.get("/" + catalog + "/" + code);
      throw c.catalog().toException(c.expected().report());
    }

    @GET
    @Path("ok/{size}")
    @Produces(MediaType.APPLICATION_JSON)
    public String ok(@PathParam("size") int size) {
      return "{\"Status\":\"OK\",\"Data\":\"" + "x".repeat(size) + "\"}";
    }

    @GET
    @Path("text")
    @Produces(MediaType.TEXT_PLAIN)
    public String text() {
      return "{\"Status\":\"ERROR\",\"Error\":{\"Code\":\"E105\"}}";
    }

    @GET
    @Path("khipu-error")
    @Produces(MediaType.APPLICATION_JSON)
    public String khipuError() {
      return "{\"Status\":\"ERROR\",\"Error\":{\"Code\":\"E105\",\"Type\":\"DO_NOT_RETRY\"}}";
    }
  }

  private static HttpServer server;
  private static URI base;
  private static Client client;

  @BeforeAll
  static void start() {
    // The JDK's server writes headers and body apart: without TCP_NODELAY each response waits out
    // the client's delayed ACK.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    base = URI.create("http://127.0.0.1:0/");
    server = JdkHttpServerFactory.createHttpServer(base,
        new ResourceConfig(Raising.class).register(ErrataExceptionMapper.class));
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    client = ClientBuilder.newClient();
  }

  @AfterAll
  static void stop() {
    client.close();
    server.stop(0);
  }

  /** The filter: a failure is the typed exception, as the cause of the ProcessingException JAX-RS throws. */
  @Test
  void everyEntryRoundTripsThroughTheFilter() {
    List<CatalogException> warnings = new ArrayList<>();
    // One filtered target per catalog, as an application configures its client once.
    Map<Catalog<?>, WebTarget> targets = new java.util.HashMap<>();
    for (SampleEntries.Case c : SampleEntries.all()) {
      WebTarget target = targets.computeIfAbsent(c.catalog(), catalog -> client.target(base)
          .register(ErrataClientFilter.of(catalog).onWarning(warnings::add)))
          .path(c.catalog().name()).path(c.code());
      warnings.clear();
      if (c.isFailure()) {
        ProcessingException e = assertThrows(ProcessingException.class, () -> target.request().get(String.class),
            c::toString);
        SampleEntries.assertSameFailure(c, CatalogException.find(e).orElseThrow());
      } else {
        Response response = target.request().get();
        assertWithMessage("%s", c).that(response.getStatus()).isEqualTo(c.response().status());
        assertWithMessage("%s", c).that(response.readEntity(String.class)).isEqualTo(c.response().text());
        assertWithMessage("%s", c).that(warnings.size()).isEqualTo(c.expected().exception().isPresent() ? 1 : 0);
      }
    }
  }

  /** What the server's mapper writes is what the catalog encodes: status, headers, body. */
  @Test
  void theServerWritesTheCatalogsEnvelope() {
    for (SampleEntries.Case c : SampleEntries.all()) {
      Response response = client.target(base).path(c.catalog().name()).path(c.code()).request().get();
      assertWithMessage("%s", c).that(response.getStatus()).isEqualTo(c.response().status());
      assertWithMessage("%s", c).that(response.getHeaderString("Retry-After")).isEqualTo(c.response().headers().get("Retry-After"));
      assertWithMessage("%s", c).that(response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)).isTrue();
      assertWithMessage("%s", c).that(response.readEntity(String.class)).isEqualTo(c.response().text());
    }
  }

  /** The MicroProfile mapper: every error status to the typed exception; 2xx responses are not its. */
  @Test
  void everyErrorStatusRoundTripsThroughTheResponseExceptionMapper() {
    int mapped = 0;
    for (SampleEntries.Case c : SampleEntries.all()) {
      ErrataResponseExceptionMapper<?> mapper = new ErrataResponseExceptionMapper<>(c.catalog());
      Response response = client.target(base).path(c.catalog().name()).path(c.code()).request().get();
      boolean errorStatus = c.response().status() / 100 != 2;
      assertWithMessage("%s", c).that(mapper.handles(response.getStatus(), response.getHeaders())).isEqualTo(errorStatus);
      if (errorStatus) {
        mapped++;
        SampleEntries.assertSameFailure(c, mapper.toThrowable(response));
      } else {
        response.close();
      }
    }
    assertThat(mapped > 10).isTrue();
    assertThat(new ErrataResponseExceptionMapper<>(KhipuMatcher.catalog()).getPriority()).isEqualTo(5000);
    assertThat(new ErrataResponseExceptionMapper<>(KhipuMatcher.catalog(), 10).getPriority()).isEqualTo(10);
  }

  /** Only for 2xx bodies: an error status goes on to JAX-RS's own handling (a WebApplicationException). */
  @Test
  void theSuccessesFilterLeavesErrorStatusesAlone() {
    SampleEntries.Case unauthorized = CASES.get("/Khipu/A000");
    WebTarget target = client.target(base).path("Khipu").path("A000")
        .register(ErrataClientFilter.successes(KhipuMatcher.catalog()));
    WebApplicationException e = assertThrows(WebApplicationException.class, () -> target.request().get(String.class));
    assertThat(e.getResponse().getStatus()).isEqualTo(unauthorized.response().status());
    ProcessingException inBody = assertThrows(ProcessingException.class, () -> client.target(base).path("khipu-error")
        .register(ErrataClientFilter.successes(KhipuMatcher.catalog())).request().get(String.class));
    assertThat(CatalogException.find(inBody).orElseThrow()).isInstanceOf(KhipuLogonException.class);
  }

  /** A success past the body limit is read whole; a text body is not read at all. */
  @Test
  void successfulBodiesReachTheCallerWhole() {
    Catalog<KhipuException> small = KhipuMatcher.catalog().withLimits(new DecodeLimits(256, 64, 256, 64));
    String big = client.target(base).path("ok").path("5000").register(ErrataClientFilter.of(small))
        .request().get(String.class);
    assertThat(big.length()).isEqualTo(5000 + "{\"Status\":\"OK\",\"Data\":\"\"}".length());
    String text = client.target(base).path("text").register(ErrataClientFilter.of(KhipuMatcher.catalog()))
        .request().get(String.class);
    assertThat(text).contains("E105");
    assertThat(text).isNotEmpty();
  }
}
