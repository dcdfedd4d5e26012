import pino from "pino";
import { getLogLevel } from "./env";

/**
 * Structured logger: one JSON line per event, with the ids involved (applicationId, certificateId,
 * officeId, userId). Values under the redacted keys are replaced, so a password, token or key
 * passed by mistake does not reach the log.
 */
export const logger = pino({
  level: getLogLevel(),
  base: { service: "lao-eco" },
  redact: {
    paths: [
      "password",
      "*.password",
      "passwordHash",
      "*.passwordHash",
      "token",
      "*.token",
      "verificationToken",
      "*.verificationToken",
      "p12",
      "*.p12",
      "authSecret",
      "*.authSecret",
    ],
    censor: "[redacted]",
  },
});

export type Logger = typeof logger;
