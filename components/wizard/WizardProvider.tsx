"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import type { FormDStep } from "@/lib/forms/form-d/schema";

type WizardContextValue = {
  applicationId: string;
  /** Values typed in a step but not yet saved, kept while the user moves between steps. */
  getDraft: (step: FormDStep) => unknown;
  setDraft: (step: FormDStep, values: unknown) => void;
  clearDraft: (step: FormDStep) => void;
  /** Step whose save brought the user to the current page; shown as "saved" once. */
  savedStep: FormDStep | null;
  setSavedStep: (step: FormDStep | null) => void;
  /** Mark whether a step contains values that differ from what was saved; read before leaving the application. */
  setUnsaved: (step: FormDStep, unsaved: boolean) => void;
  unsavedSteps: () => FormDStep[];
  /** Values of the last successful save of a step in this visit, as JSON, to tell a saved draft from an unsaved one. */
  lastSaved: (step: FormDStep) => string | undefined;
  setLastSaved: (step: FormDStep, valuesJson: string) => void;
};

const WizardContext = createContext<WizardContextValue | null>(null);

/**
 * Keep the wizard's unsaved values. The provider is rendered by the layout of
 * /exporter/applications/[id], which stays mounted while the user moves between step pages, so
 * going back and forward loses nothing. Leaving the application or reloading the page drops the
 * drafts, which is why useLeaveGuard asks first.
 */
export function WizardProvider({ applicationId, children }: { applicationId: string; children: ReactNode }) {
  const drafts = useRef(new Map<FormDStep, unknown>());
  const [savedStep, setSavedStep] = useState<FormDStep | null>(null);

  const getDraft = useCallback((step: FormDStep) => drafts.current.get(step), []);
  const setDraft = useCallback((step: FormDStep, values: unknown) => {
    drafts.current.set(step, values);
  }, []);
  const clearDraft = useCallback((step: FormDStep) => {
    drafts.current.delete(step);
  }, []);

  const unsaved = useRef(new Set<FormDStep>());
  const setUnsaved = useCallback((step: FormDStep, isUnsaved: boolean) => {
    if (isUnsaved) unsaved.current.add(step);
    else unsaved.current.delete(step);
  }, []);
  const unsavedSteps = useCallback(() => [...unsaved.current], []);

  const saves = useRef(new Map<FormDStep, string>());
  const lastSaved = useCallback((step: FormDStep) => saves.current.get(step), []);
  const setLastSaved = useCallback((step: FormDStep, valuesJson: string) => {
    saves.current.set(step, valuesJson);
  }, []);

  const value = useMemo(
    () => ({
      applicationId,
      getDraft,
      setDraft,
      clearDraft,
      savedStep,
      setSavedStep,
      setUnsaved,
      unsavedSteps,
      lastSaved,
      setLastSaved,
    }),
    [applicationId, getDraft, setDraft, clearDraft, savedStep, setUnsaved, unsavedSteps, lastSaved, setLastSaved],
  );
  return <WizardContext.Provider value={value}>{children}</WizardContext.Provider>;
}

export function useWizard(): WizardContextValue {
  const context = useContext(WizardContext);
  if (!context) throw new Error("useWizard must be used inside WizardProvider");
  return context;
}
