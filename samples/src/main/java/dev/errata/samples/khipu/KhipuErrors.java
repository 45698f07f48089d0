package dev.errata.samples.khipu;

import dev.errata.annotations.Code;
import dev.errata.annotations.Description;
import dev.errata.annotations.Envelope;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Retry;

/**
 * Khipu's error catalog, as its docs publish it in English and Spanish: the {@code Error.Code} values,
 * and the {@code Error.Type} values that say whether to retry.
 *
 * <p>The docs give no type per code (each response names its own, which wins); the types declared here
 * are what a client should assume when a response names none, read from each row's meaning.
 */
@ErrorCatalog(
    name = "Khipu",
    codePattern = "[A-Z]\\d{3}",
    locales = {"en", "es"},
    types = {
      @ErrorType(
          name = "DO_NOT_RETRY",
          retry = Retry.NEVER,
          descriptions = {
            @Description("Avoid sending the same request when it is clear that it will not work (used in cases of incomplete/bad credentials or blocked accounts)."),
            @Description(locale = "es", value = "Evita enviar la misma solicitud ya que está claro que no funcionará (se utiliza en casos de credenciales incompletas/malas o cuentas bloqueadas).")
          }),
      @ErrorType(
          name = "RETRY_IMMEDIATELY",
          retry = Retry.IMMEDIATELY,
          descriptions = {
            @Description("You can safely retry the same request. The error was due to a read timeout or a hiccup in the destination service."),
            @Description(locale = "es", value = "Puede reintentar la misma solicitud sin problemas. El error se debió a un tiempo de espera de lectura o a algún contratiempo en el servicio de destino.")
          }),
      @ErrorType(
          name = "WAIT_4_HOURS_BEFORE_RETRY",
          retry = Retry.AFTER,
          after = "PT4H",
          descriptions = {
            @Description("Please wait for the specified amount of time to elapse before submitting your request again. There's some work to be done on our end."),
            @Description(locale = "es", value = "Por favor, espere a que transcurra el periodo especificado antes de reintentar su solicitud. Hay trabajo que hacer por nuestra parte.")
          })
    },
    unknownType = "DO_NOT_RETRY",
    envelope = @Envelope(
        code = "/Error/Code",
        type = "/Error/Type",
        description = "/Error/Description",
        status = "/Status",
        successStatus = "OK",
        failureStatus = "ERROR",
        correlationId = "/OperationId",
        // An Error object comes with HTTP 200 and Status "ERROR" unless its code says otherwise.
        defaultHttpStatus = 200))
public interface KhipuErrors {

  @Code(type = "DO_NOT_RETRY", http = 401)
  @Description("Authentication error. There is a problem with the JWT token (it is either expired, revoked or invalid).")
  @Description(locale = "es", value = "Error de autenticación. Hay un problema con el token JWT (está vencido, revocado o no es válido).")
  String AUTHENTICATION = "A000";

  @Code(type = "DO_NOT_RETRY")
  @Description("Logon errors reported by the target service, such as invalid credentials or blocked account.")
  @Description(locale = "es", value = "Errores de inicio de sesión declarados por el servicio de destino, como credenciales no válidas o cuenta bloqueada.")
  String LOGON = "E100..E199";

  /** The docs write this row "E2xx - E299": both say E200 to E299. */
  @Code(type = "RETRY_IMMEDIATELY")
  @Description("These codes are returned if the destination service is unavailable or has problems serving the request.")
  @Description(locale = "es", value = "Estos códigos se devuelven cuando el servicio de destino no está disponible o tiene problemas para servir la solicitud.")
  String TARGET_UNAVAILABLE = "E2xx";

  @Code(type = "DO_NOT_RETRY")
  @Description("No data available. The process completed successfully, but could not find the expected information. For example, requesting bank transactions for a month that is not yet available.")
  @Description(locale = "es", value = "No hay datos disponibles. El proceso ha finalizado correctamente, pero no ha podido encontrar la información esperada. Por ejemplo, solicitar movimientos bancarios de un mes que aún no está disponible.")
  String NO_DATA = "E3xx";

  @Code(type = "DO_NOT_RETRY")
  @Description("User errors related to bad parameter values, such as invalid dates or a non-existent currency.")
  @Description(locale = "es", value = "Errores de usuario relacionados con valores erróneos de los parámetros, como pasar fechas no válidas o una moneda inexistente.")
  String INVALID_PARAMETERS = "E4xx";

  @Code(type = "DO_NOT_RETRY")
  @Description("This group is dedicated to errors related to automatic payment services.")
  @Description(locale = "es", value = "Este grupo está dedicado a los errores relacionados con los servicios de Pago Automático.")
  String AUTOMATIC_PAYMENT = "E5xx";

  @Code(type = "DO_NOT_RETRY")
  @Description("User-defined error message accompanied by a descriptive text. Used when the information does not fit into the above groups.")
  @Description(locale = "es", value = "Mensaje de error personalizado que va acompañado de un texto descriptivo. Se utiliza cuando la información no puede clasificarse en los grupos anteriores.")
  String USER_DEFINED = "E999";

  @Code(type = "DO_NOT_RETRY")
  @Description("Used for generic errors with no description.")
  @Description(locale = "es", value = "Se utiliza para errores genéricos que no tienen descripción.")
  String GENERIC = "E000";

  @Code(type = "DO_NOT_RETRY")
  @Description("Missing information to complete the process. This means that the scraping service must be completed before it returns a successful result.")
  @Description(locale = "es", value = "Falta información para completar el proceso. Esto significa que el servicio de raspado debe estar completo antes de devolver un resultado satisfactorio.")
  String MISSING_INFORMATION = "D000";

  @Code(type = "WAIT_4_HOURS_BEFORE_RETRY")
  @Description("Error during the data processing function that generates the JSON response.")
  @Description(locale = "es", value = "Error durante la función de procesamiento de datos que genera la respuesta JSON.")
  String DATA_PROCESSING = "F000";

  @Code(type = "RETRY_IMMEDIATELY")
  @Description("Timeout while scraping the target service.")
  @Description(locale = "es", value = "Tiempo de espera agotado en el servicio de destino.")
  String TIMEOUT = "T000";

  @Code(type = "WAIT_4_HOURS_BEFORE_RETRY")
  @Description("Infrastructure error. Used to indicate a missing internal component or invalid generated responses.")
  @Description(locale = "es", value = "Errores de infraestructura. Se utiliza para indicar que falta un componente interno o que las respuestas generadas no son válidas.")
  String INFRASTRUCTURE = "I001..I003";

  @Code(type = "DO_NOT_RETRY")
  @Description("Used when there are errors in the request parameters, such as an invalid URL for asynchronous calls.")
  @Description(locale = "es", value = "Se utiliza cuando hay errores en los parámetros de la solicitud, como una URL no válida para llamadas asíncronas.")
  String REQUEST_PARAMETERS = "P001..P003";

  @Code(type = "RETRY_IMMEDIATELY")
  @Description("This code is sent to the webhook of an asynchronous call when the timeout for trying to retrieve the data is reached.")
  @Description(locale = "es", value = "Se envía este código al webhook de una llamada asíncrona cuando se agota el tiempo máximo para intentar obtener los datos.")
  String ASYNC_TIMEOUT = "L000";
}
