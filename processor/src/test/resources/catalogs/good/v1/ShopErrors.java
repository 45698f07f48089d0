package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.Description;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Group;
import dev.errata.annotations.Retry;

/**
 * The Shop catalog as it was when its export, {@code catalogs/json/v1/Shop.json}, was written in format
 * version 1: that file still reads, and generates what this catalog generates.
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

  @Group(type = "FATAL", http = 400)
  @Description("Problems with the order.")
  @Description(locale = "pt-BR", value = "Problemas com o pedido.")
  interface Orders {

    @Code(http = 404)
    String ORDER_NOT_FOUND = "O404";

    @Code
    String ORDER_INVALID = "O400..O499";

    @Code(type = "MAINTENANCE")
    String ORDER_LOCKED = "O4*9";
  }

  @Group(leaf = true, type = "TRANSIENT", http = 402)
  interface Payments {

    @Code
    String CARD_DECLINED = "P100";

    @Code(type = "FATAL")
    String CARD_EXPIRED = "P101";

    interface Wallets {

      @Code
      String WALLET_EMPTY = "PW001..PW099";
    }
  }
}
