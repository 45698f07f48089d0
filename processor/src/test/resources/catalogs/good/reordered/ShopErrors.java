package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.Description;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Group;
import dev.errata.annotations.HttpStatus;
import dev.errata.annotations.Retry;

/** A small catalog using every shape: exact codes, a range, wildcards, a group, a leaf group, two locales. */
@ErrorCatalog(
    name = "Shop",
    codePattern = "[A-Z0-9]{4,5}",
    locales = {"en", "pt-BR"},
    types = {
      @ErrorType(name = "MAINTENANCE", retry = Retry.AFTER, after = "PT30M"),
      @ErrorType(name = "TRANSIENT", retry = Retry.IMMEDIATELY),
      @ErrorType(
          name = "FATAL",
          descriptions = {
            @Description(locale = "pt-BR", value = "Reenviar a solicitação não vai ajudar."),
            @Description("Sending the request again will not help.")
          })
    },
    unknownType = "FATAL")
public interface ShopErrors {

  /** A group with a code of its own: its class is SHIPPING's, and ADDRESS_UNKNOWN's extends it. */
  @Group(type = "FATAL")
  interface Shipping {

    @Code
    String ADDRESS_UNKNOWN = "S404";

    @Code
    String SHIPPING = "S4xx";
  }

  @Group(leaf = true, type = "TRANSIENT", http = 402)
  interface Payments {

    interface Wallets {

      @Code
      String WALLET_EMPTY = "PW001..PW099";
    }

    @Code(type = "FATAL")
    String CARD_EXPIRED = "P101";

    @Code(forHttpStatus = "402")
    String CARD_DECLINED = "P100";
  }

  @Group(type = "FATAL", http = 400)
  @Description(locale = "pt-BR", value = "Problemas com o pedido.")
  @Description("Problems with the order.")
  interface Orders {

    @Code(type = "MAINTENANCE")
    String ORDER_LOCKED = "O4*9";

    /** Stands for 400, which ORDER_LOCKED has too. */
    @Code(forHttpStatus = "400")
    String ORDER_INVALID = "O400..O499";

    @Code(http = 404)
    String ORDER_NOT_FOUND = "O404";
  }

  /** Responses with a 5xx status and no code, except 503 (BACKEND_DOWN's). */
  @HttpStatus(type = "TRANSIENT")
  @Description(locale = "pt-BR", value = "Os servidores da loja falharam.")
  @Description("The shop's servers failed.")
  String SERVER_ERROR = "5xx";

  @Code(type = "TRANSIENT", http = 503)
  String BACKEND_DOWN = "B2xx";

  @Code(type = "FATAL", http = 401)
  @Description(locale = "pt-BR", value = "Credenciais inválidas.")
  @Description("Bad credentials <or> an expired token & the like; see */docs/@auth.")
  String UNAUTHORIZED = "A000";
}
