import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { validationMessageKeys } from "../lib/forms/form-d/schema";
import { errorCodes } from "../lib/errors";

type Messages = { [key: string]: string | Messages };

const directory = path.dirname(new URL(import.meta.url).pathname);
const load = (locale: string) => JSON.parse(readFileSync(path.join(directory, `${locale}.json`), "utf8")) as Messages;
const en = load("en");
const lo = load("lo");

/** Flatten nested messages to dotted keys: { a: { b: "x" } } gives [["a.b", "x"]]. */
function flatten(messages: Messages, prefix = ""): [string, unknown][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? flatten(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

/** ICU argument names in a message, e.g. "{count, plural, ...} of {total}" gives ["count", "total"]. */
function argumentNames(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*[,}]/g)].map((match) => match[1]))].sort();
}

const enEntries = new Map(flatten(en));
const loEntries = new Map(flatten(lo));

test("en and lo have the same keys", () => {
  const missingInLo = [...enEntries.keys()].filter((key) => !loEntries.has(key));
  const missingInEn = [...loEntries.keys()].filter((key) => !enEntries.has(key));
  assert.deepEqual(missingInLo, [], "keys in en.json but not in lo.json");
  assert.deepEqual(missingInEn, [], "keys in lo.json but not in en.json");
});

test("every message is a non-empty string", () => {
  for (const [locale, entries] of [["en", enEntries], ["lo", loEntries]] as const) {
    const empty = [...entries].filter(([, value]) => typeof value !== "string" || value.trim() === "").map(([key]) => key);
    assert.deepEqual(empty, [], `empty or non-string messages in ${locale}.json`);
  }
});

test("both languages use the same placeholders", () => {
  const mismatched = [...enEntries]
    .filter(([key, value]) => loEntries.has(key) && typeof value === "string")
    .filter(([key, value]) => argumentNames(value as string).join() !== argumentNames(loEntries.get(key) as string).join())
    .map(([key]) => key);
  assert.deepEqual(mismatched, [], "messages whose {placeholders} differ between en and lo");
});

test("every schema validation key has a message", () => {
  const missing = validationMessageKeys.filter((key) => !enEntries.has(`validation.${key}`));
  assert.deepEqual(missing, [], "validation keys produced by the Form D schema but missing under validation.*");
});

test("every error code has a message", () => {
  const missing = errorCodes.filter((code) => !enEntries.has(`errors.${code}`));
  assert.deepEqual(missing, [], "AppError codes missing under errors.*");
});

test("Lao messages are written in Lao script", () => {
  // Language names are written in their own script in both files, so the switch reads the same everywhere.
  const allowedSame = new Set(["common.languageName.lo", "common.languageName.en", "verify.otherLanguage"]);
  const laoLetter = /[\u0E80-\u0EFF]/;
  const withoutLao = [...loEntries]
    .filter(([key, value]) => !allowedSame.has(key) && typeof value === "string" && !laoLetter.test(value))
    .map(([key]) => key);
  assert.deepEqual(withoutLao, [], "lo.json messages with no Lao letters (untranslated?)");
});
