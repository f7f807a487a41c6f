// A response body was larger than the client reads.
import { ProviderClientError } from "./provider-client-error.js";

/** The body passed `maxBodyBytes` (announced or while reading) and was not read further. */
export class ResponseTooLargeError extends ProviderClientError {
  override name = "ResponseTooLargeError";
  readonly maxBodyBytes: number;

  constructor(method: string, url: string, maxBodyBytes: number) {
    super(`response body is larger than ${maxBodyBytes} bytes; not read`, {
      code: "response_too_large",
      method,
      url,
    });
    this.maxBodyBytes = maxBodyBytes;
  }
}
