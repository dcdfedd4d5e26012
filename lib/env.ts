import { z } from "zod";

/**
 * Server configuration, read from process.env once and validated with zod. App code reads
 * configuration through getEnv() and never from process.env directly. A bad value throws at the
 * first call with every invalid variable named.
 */
const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const flagValues: Record<string, boolean> = { "1": true, true: true, on: true, yes: true, "0": false, false: false, off: false, no: false };

const emptyAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

const envSchema = z
  .object({
    NODE_ENV: z.preprocess(emptyAsUndefined, z.enum(["development", "production", "test"]).default("development")),
    DATABASE_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, { message: "must be a postgres:// or postgresql:// URL" })
        .optional(),
    ),
    PGLITE_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data/pglite")),
    AUTH_SECRET: z.preprocess(
      emptyAsUndefined,
      z.string().min(32, { message: "must be at least 32 characters (e.g. `openssl rand -hex 32`)" }).optional(),
    ),
    BASE_URL: z.preprocess(
      emptyAsUndefined,
      z
        .url({ protocol: /^https?$/, message: "must be an http:// or https:// URL, e.g. https://eco.moic.gov.la" })
        .default("http://127.0.0.1:3000")
        .transform((value) => value.replace(/\/+$/, "")),
    ),
    SIGNING_P12_PATH: optionalString,
    SIGNING_P12_BASE64: optionalString,
    SIGNING_P12_PASSWORD: z.string().optional(),
    DEMO_DATA: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .toLowerCase()
        .refine((value) => value in flagValues, { message: "must be 1/0, true/false, on/off or yes/no" })
        .transform((value) => flagValues[value])
        .optional(),
    ),
    LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(logLevels).optional()),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production" });
    }
    if (env.SIGNING_P12_PATH && env.SIGNING_P12_BASE64) {
      ctx.addIssue({ code: "custom", path: ["SIGNING_P12_BASE64"], message: "must not be set together with SIGNING_P12_PATH" });
    }
    if ((env.SIGNING_P12_PATH || env.SIGNING_P12_BASE64) && env.SIGNING_P12_PASSWORD === undefined) {
      ctx.addIssue({ code: "custom", path: ["SIGNING_P12_PASSWORD"], message: "is required with a PKCS#12 (empty string if none)" });
    }
  })
  .transform((env) => ({
    nodeEnv: env.NODE_ENV,
    production: env.NODE_ENV === "production",
    databaseUrl: env.DATABASE_URL,
    pgliteDir: env.PGLITE_DIR,
    authSecret: env.AUTH_SECRET,
    /** Origin of public links such as the QR verification URL, without a trailing slash. */
    baseUrl: env.BASE_URL,
    signing: {
      SIGNING_P12_PATH: env.SIGNING_P12_PATH,
      SIGNING_P12_BASE64: env.SIGNING_P12_BASE64,
      SIGNING_P12_PASSWORD: env.SIGNING_P12_PASSWORD,
    },
    /** Whether to load demo users and companies into an empty database; off by default in production. */
    demoData: env.DEMO_DATA ?? env.NODE_ENV !== "production",
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "warn" : "info"),
  }));

export type Env = z.output<typeof envSchema>;

/** Thrown when the configuration is invalid; the message names each bad variable and the fix. */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigurationError";
  }
}

/** Validate a set of environment variables. Secrets are never echoed in the error message. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;

  const lines = result.error.issues.map((issue) => `- ${issue.path.join(".") || "environment"}: ${issue.message}`);
  throw new ConfigurationError(`Invalid configuration:\n${lines.join("\n")}`);
}

let cached: Env | null = null;

/** Return the validated configuration of this process, parsed on first use. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export type LogLevel = (typeof logLevels)[number];

/**
 * Return the log level alone. The logger is created when its module is imported, which also
 * happens during `next build`, where the rest of the configuration (AUTH_SECRET) may be absent.
 */
export function getLogLevel(): LogLevel {
  const parsed = z.enum(logLevels).safeParse(emptyAsUndefined(process.env.LOG_LEVEL));
  if (parsed.success) return parsed.data;
  if (process.env.LOG_LEVEL?.trim()) {
    throw new ConfigurationError(`Invalid configuration:\n- LOG_LEVEL: must be one of ${logLevels.join(", ")}`);
  }
  return process.env.NODE_ENV === "test" ? "warn" : "info";
}
