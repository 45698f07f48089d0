package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.Description;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Group;
import dev.errata.annotations.HttpStatus;
import dev.errata.annotations.Retry;

/**
 * A small catalog using every shape: exact codes, a range, wildcards, a group, a leaf group, a group
 * with a code of its own, an entry of HTTP statuses alone, statuses said explicitly, two locales.
 */
@ErrorCatalog(
    name = "Shop",
    codePattern = "[A-Z0-9]{4,5}",
    locales = {"en", "pt-BR"},
    types = {
      @ErrorType(
          name = "FATAL",
          descriptions = {
            @Description("Sending the request again will not help."),
            @Description(locale = "pt-BR", value = "Reenviar a solicitação não vai ajudar.")
          }),
      @ErrorType(name = "TRANSIENT", retry = Retry.IMMEDIATELY),
      @ErrorType(name = "MAINTENANCE", retry = Retry.AFTER, after = "PT30M")
    },
    unknownType = "FATAL")
public interface ShopErrors {

  @Code(type = "FATAL", http = 401)
  @Description("Bad credentials <or> an expired token & the like; see */docs/@auth.")
  @Description(locale = "pt-BR", value = "Credenciais inválidas.")
  String UNAUTHORIZED = "A000";

  @Code(type = "TRANSIENT", http = 503)
  String BACKEND_DOWN = "B2xx";

  /** Responses with a 5xx status and no code, except 503 (BACKEND_DOWN's). */
  @HttpStatus(type = "TRANSIENT")
  @Description("The shop's servers failed.")
  @Description(locale = "pt-BR", value = "Os servidores da loja falharam.")
  String SERVER_ERROR = "5xx";

  @Group(type = "FATAL", http = 400)
  @Description("Problems with the order.")
  @Description(locale = "pt-BR", value = "Problemas com o pedido.")
  interface Orders {

    @Code(http = 404)
    String ORDER_NOT_FOUND = "O404";

    /** Stands for 400, which ORDER_LOCKED has too. */
    @Code(forHttpStatus = "400")
    String ORDER_INVALID = "O400..O499";

    @Code(type = "MAINTENANCE")
    String ORDER_LOCKED = "O4*9";
  }

  @Group(leaf = true, type = "TRANSIENT", http = 402)
  interface Payments {

    @Code(forHttpStatus = "402")
    String CARD_DECLINED = "P100";

    @Code(type = "FATAL")
    String CARD_EXPIRED = "P101";

    interface Wallets {

      @Code
      String WALLET_EMPTY = "PW001..PW099";
    }
  }

  /** A group with a code of its own: its class is SHIPPING's, and ADDRESS_UNKNOWN's extends it. */
  @Group(type = "FATAL")
  interface Shipping {

    @Code
    String SHIPPING = "S4xx";

    @Code
    String ADDRESS_UNKNOWN = "S404";
  }
}
