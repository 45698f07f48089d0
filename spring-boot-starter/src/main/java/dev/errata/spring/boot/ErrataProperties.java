package dev.errata.spring.boot;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Errata's settings: {@code errata.client.*} for RestClient and WebClient, {@code errata.server.*} for the advice. */
@ConfigurationProperties("errata")
public class ErrataProperties {

  private final Client client = new Client();
  private final Server server = new Server();

  /** The clients' settings. */
  public Client getClient() {
    return client;
  }

  /** The server's settings. */
  public Server getServer() {
    return server;
  }

  /** {@code errata.client.*}. */
  public static class Client {

    /** Whether RestClient and WebClient builders decode responses with the application's catalogs. */
    private boolean enabled = true;

    /**
     * Whether 2xx bodies that are JSON (or untyped) are read, up to the catalog's body limit, for an
     * error inside them (Khipu's "Status": "ERROR" with HTTP 200).
     */
    private boolean inspectSuccessBodies = true;

    /**
     * Base URLs by catalog name, for applications with several catalogs: a request whose URI starts
     * with one is decoded with that catalog. With one catalog every request is.
     */
    private Map<String, List<String>> baseUrls = new LinkedHashMap<>();

    private final Retry retry = new Retry();

    private final Metrics metrics = new Metrics();

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public boolean isInspectSuccessBodies() {
      return inspectSuccessBodies;
    }

    public void setInspectSuccessBodies(boolean inspectSuccessBodies) {
      this.inspectSuccessBodies = inspectSuccessBodies;
    }

    public Map<String, List<String>> getBaseUrls() {
      return baseUrls;
    }

    public void setBaseUrls(Map<String, List<String>> baseUrls) {
      this.baseUrls = baseUrls;
    }

    /** The retry policy's settings. */
    public Retry getRetry() {
      return retry;
    }

    /** The counters' settings. */
    public Metrics getMetrics() {
      return metrics;
    }
  }

  /** {@code errata.client.retry.*}: the {@code RetryPolicy} of both clients. */
  public static class Retry {

    /** Whether failed requests that are safe to repeat (idempotent methods) are retried as the catalog advises. */
    private boolean enabled = true;

    /** The most attempts in all, the first included. */
    private int maxAttempts = 3;

    /** The longest time from the start of the first attempt to the start of the last; a longer wait is not begun. */
    private Duration maxTotalTime = Duration.ofSeconds(30);

    /** The bound of the first wait for "retry immediately" (full jitter, doubled per attempt). */
    private Duration initialBackoff = Duration.ofMillis(100);

    /** The largest bound of a wait for "retry immediately". */
    private Duration maxBackoff = Duration.ofSeconds(5);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public int getMaxAttempts() {
      return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    public Duration getMaxTotalTime() {
      return maxTotalTime;
    }

    public void setMaxTotalTime(Duration maxTotalTime) {
      this.maxTotalTime = maxTotalTime;
    }

    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }
  }

  /** {@code errata.client.metrics.*}. */
  public static class Metrics {

    /**
     * Whether decoded errors and warnings are counted (errata.client.errors, errata.client.warnings,
     * tagged by catalog, code entry and type) when a MeterRegistry is present.
     */
    private boolean enabled = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** {@code errata.server.*}. */
  public static class Server {

    /** Whether controllers' catalog exceptions are answered with their catalog's envelope (or a problem detail). */
    private boolean enabled = true;

    /** How catalog exceptions are answered: the catalog's own envelope, or an RFC 9457 problem detail. */
    private Format format = Format.ENVELOPE;

    /** The order of the controller advice among the application's; 0 comes before advice with no order. */
    private int order = 0;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Format getFormat() {
      return format;
    }

    public void setFormat(Format format) {
      this.format = format;
    }

    public int getOrder() {
      return order;
    }

    public void setOrder(int order) {
      this.order = order;
    }
  }

  /** How the server answers a catalog exception. */
  public enum Format {
    /** The catalog's own envelope, status and headers: what its clients decode. */
    ENVELOPE,
    /** An RFC 9457 problem detail, application/problem+json. */
    PROBLEM_DETAIL
  }
}
