"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useController, type Control, type FieldValues, type Path } from "react-hook-form";
import { errorIdFor, FieldError, fieldIdFor } from "@/components/forms/FieldError";
import { Spinner } from "@/components/ui/Spinner";

/** One suggestion from GET /api/hs. */
export type HsSuggestion = { code: string; display: string; description: string };

const MIN_QUERY_LENGTH = 2;
const DEBOUNCE_MS = 200;

/**
 * HS code input with search-as-you-type: typing digits or words lists matching HS 2022 lines from
 * /api/hs, and choosing one fills the field with the dotted code. The field keeps whatever the
 * user typed, so a code can also be entered directly. Follows the ARIA combobox pattern.
 */
export function HsCodeCombobox<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  error,
}: {
  control: Control<T, unknown, unknown>;
  name: Path<T>;
  label: string;
  hint: string;
  error?: string;
}) {
  const t = useTranslations("hsSearch");
  const { field } = useController({ control, name });
  const listboxId = useId();
  const inputId = fieldIdFor(name);
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const [results, setResults] = useState<HsSuggestion[]>([]);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [query, setQuery] = useState<string | null>(null);
  const requestCounter = useRef(0);
  // Results that arrive after the user left the field must not reopen the list over other fields.
  const focused = useRef(false);

  // Search only after the user typed, not for the saved value the field starts with.
  useEffect(() => {
    if (query === null) return;
    const trimmed = query.trim();
    if (trimmed.length < MIN_QUERY_LENGTH) {
      setResults([]);
      setLoading(false);
      return;
    }

    const requestNumber = ++requestCounter.current;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setLoading(true);
      setFailed(false);
      try {
        const response = await fetch(`/api/hs?q=${encodeURIComponent(trimmed)}`, { signal: controller.signal });
        if (!response.ok) throw new Error(`HS search returned ${response.status}`);
        const body = (await response.json()) as { results: HsSuggestion[] };
        if (requestNumber !== requestCounter.current) return;
        setResults(body.results);
        setActiveIndex(-1);
        setOpen(focused.current);
      } catch (fetchError) {
        if ((fetchError as Error).name === "AbortError") return;
        setFailed(true);
        setResults([]);
      } finally {
        if (requestNumber === requestCounter.current) setLoading(false);
      }
    }, DEBOUNCE_MS);

    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  function choose(suggestion: HsSuggestion) {
    field.onChange(suggestion.display);
    setOpen(false);
    setActiveIndex(-1);
    setQuery(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && results.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActiveIndex((index) => (index + 1) % results.length);
    } else if (event.key === "ArrowUp" && results.length > 0) {
      event.preventDefault();
      setActiveIndex((index) => (index <= 0 ? results.length - 1 : index - 1));
    } else if (event.key === "Enter") {
      // Enter never submits the step from this field: it picks the highlighted suggestion, or the
      // first one while the list is open, and otherwise does nothing.
      if (event.nativeEvent.isComposing) return;
      event.preventDefault();
      if (open && results.length > 0) choose(results[activeIndex >= 0 ? activeIndex : 0]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const expanded = open && (results.length > 0 || (query?.trim().length ?? 0) >= MIN_QUERY_LENGTH);
  const hintId = `${inputId}-hint`;
  let statusText = "";
  if (loading) statusText = t("searching");
  else if (failed) statusText = t("failed");
  else if (expanded) statusText = t("resultCount", { count: results.length });

  return (
    <div className="relative">
      <label htmlFor={inputId} className="label">
        {label}
        <span aria-hidden="true" className="ml-0.5 text-red-700">
          *
        </span>
      </label>
      <div className="relative">
        <input
          id={inputId}
          name={field.name}
          ref={field.ref}
          value={(field.value as string | undefined) ?? ""}
          onChange={(event) => {
            field.onChange(event.target.value);
            setQuery(event.target.value);
          }}
          onFocus={() => {
            focused.current = true;
          }}
          onBlur={() => {
            focused.current = false;
            field.onBlur();
            // Let a click on an option land before the list closes.
            setTimeout(() => setOpen(false), 150);
          }}
          onKeyDown={onKeyDown}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && activeIndex >= 0 ? `${listboxId}-${activeIndex}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-required
          aria-describedby={[hintId, error ? errorIdFor(name) : null].filter(Boolean).join(" ")}
          className="input pr-9 font-mono"
        />
        {loading && (
          <span className="absolute top-1/2 right-3 -translate-y-1/2 text-slate-500">
            <Spinner />
          </span>
        )}
      </div>
      <p id={hintId} className="mt-1 text-xs text-slate-600">
        {hint}
      </p>
      <p className="sr-only" role="status" aria-live="polite">
        {statusText}
      </p>
      {failed && <p className="mt-1 text-xs text-amber-800">{t("failed")}</p>}
      <ul
        id={listboxId}
        role="listbox"
        aria-label={t("listLabel")}
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-y-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg sm:min-w-[28rem]"
      >
        {results.length === 0 && !loading && <li className="px-3 py-2 text-sm text-slate-600">{t("noResults")}</li>}
        {results.map((result, index) => (
          <li
            key={result.code}
            id={`${listboxId}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(result)}
            className="cursor-pointer px-3 py-2 text-sm aria-selected:bg-brand-50 hover:bg-slate-100"
          >
            <span className="font-mono font-semibold text-slate-900">{result.display}</span>
            <span className="ml-2 text-slate-700">{result.description}</span>
          </li>
        ))}
      </ul>
      <FieldError name={name} messageKey={error} />
    </div>
  );
}
