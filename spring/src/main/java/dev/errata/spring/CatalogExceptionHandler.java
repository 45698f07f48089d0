package dev.errata.spring;

import dev.errata.catalog.CatalogException;
import java.util.Objects;
import org.springframework.core.Ordered;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Controller advice that answers any {@link CatalogException} a controller throws with its own
 * catalog's envelope ({@code exception.catalog()}), HTTP status and {@code Retry-After}, or as a
 * problem detail: whatever {@link CatalogResponder} it is given. One class for Spring MVC and
 * WebFlux; an exception wrapped in another (at any depth of causes) is found and answered alone, so
 * the wrapper's message goes nowhere. Other exceptions are left to the application's handlers.
 *
 * <p>Register it as a bean ({@code @Bean CatalogExceptionHandler errata() { return new
 * CatalogExceptionHandler(); }}; the Boot starter does). Its order is 0 by default, ahead of advice
 * with no order (such as a catch-all {@code @ExceptionHandler(Exception.class)}): Spring asks advice
 * beans in order and the first with a matching method answers, so advice of the application's that
 * handles some catalog exceptions itself needs an order below this one.
 */
@ControllerAdvice
public final class CatalogExceptionHandler implements Ordered {

  private final CatalogResponder responder;
  private final int order;

  /** Answers with the catalog's envelope, at order 0. */
  public CatalogExceptionHandler() {
    this(CatalogResponder.envelope(), 0);
  }

  /** Answers as {@code responder} says, at {@code order}. */
  public CatalogExceptionHandler(CatalogResponder responder, int order) {
    this.responder = Objects.requireNonNull(responder, "responder");
    this.order = order;
  }

  /** The response for {@code exception}. */
  @ExceptionHandler(CatalogException.class)
  public ResponseEntity<?> handle(CatalogException exception) {
    return responder.respond(exception);
  }

  @Override
  public int getOrder() {
    return order;
  }
}
