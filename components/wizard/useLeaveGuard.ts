"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FormDStep } from "@/lib/forms/form-d/schema";
import { useWizard } from "./WizardProvider";

/**
 * Guard the unsaved values of the wizard against leaving the application. Reloading or closing the
 * tab gets the browser's `beforeunload` prompt. A click on an in-app link that leaves
 * /exporter/applications/{id}, or a form submitted outside the page content (sign-out), first
 * saves the current step with `saveBeforeLeaving` when its values are valid; if they are not, or
 * other steps hold unsaved values, the user is asked to confirm. Moving between the steps of the
 * application is not guarded, because the wizard keeps its drafts there.
 */
export function useLeaveGuard({
  step,
  unsaved,
  saveBeforeLeaving,
}: {
  step: FormDStep;
  /** Whether this step's fields hold values that are not saved. */
  unsaved: boolean;
  /** Validate and save this step; resolves to whether it saved. */
  saveBeforeLeaving?: () => Promise<boolean>;
}) {
  const t = useTranslations("wizard");
  const wizard = useWizard();
  const { applicationId, setUnsaved, unsavedSteps } = wizard;
  const unsavedRef = useRef(unsaved);
  const saveRef = useRef(saveBeforeLeaving);
  const messagesRef = useRef({ thisStep: t("leaveUnsaved"), otherSteps: t("leaveUnsavedOtherSteps") });
  const bypass = useRef(false);

  useEffect(() => {
    unsavedRef.current = unsaved;
    saveRef.current = saveBeforeLeaving;
    messagesRef.current = { thisStep: t("leaveUnsaved"), otherSteps: t("leaveUnsavedOtherSteps") };
    setUnsaved(step, unsaved);
  });

  useEffect(() => {
    const applicationPath = `/exporter/applications/${applicationId}`;
    const otherUnsaved = () => unsavedSteps().filter((other) => other !== step);
    const anyUnsaved = () => unsavedRef.current || otherUnsaved().length > 0;

    /** Save or confirm, then run `proceed`; does nothing when the user chooses to stay. */
    async function leave(proceed: () => void) {
      if (unsavedRef.current) {
        const saved = saveRef.current ? await saveRef.current() : false;
        if (!saved) {
          if (!window.confirm(messagesRef.current.thisStep)) return;
          proceed();
          return;
        }
      }
      if (otherUnsaved().length > 0 && !window.confirm(messagesRef.current.otherSteps)) return;
      proceed();
    }

    function onBeforeUnload(event: BeforeUnloadEvent) {
      if (bypass.current || !anyUnsaved()) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    }

    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute("download")) return;
      if (anchor.target && anchor.target !== "_self") return;
      const url = new URL(anchor.href, window.location.href);
      // Other sites are left through a full page load, which onBeforeUnload guards.
      if (url.origin !== window.location.origin) return;
      if (url.pathname === applicationPath || url.pathname.startsWith(`${applicationPath}/`)) return;
      if (!anyUnsaved()) return;

      // Keep Next's Link from navigating until the values are saved or the user confirms.
      event.preventDefault();
      event.stopPropagation();
      void leave(() => {
        bypass.current = true;
        anchor.click();
      });
    }

    function onSubmit(event: SubmitEvent) {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || form.closest("main")) return;
      if (bypass.current) {
        bypass.current = false;
        return;
      }
      if (!anyUnsaved()) return;
      event.preventDefault();
      event.stopPropagation();
      void leave(() => {
        bypass.current = true;
        form.requestSubmit();
      });
    }

    function onClickBypassed(event: MouseEvent) {
      // The click replayed by leave() passes the guard once.
      if (bypass.current && event.target instanceof Element && event.target.closest("a[href]")) {
        bypass.current = false;
        return;
      }
      onClick(event);
    }

    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClickBypassed, true);
    document.addEventListener("submit", onSubmit, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClickBypassed, true);
      document.removeEventListener("submit", onSubmit, true);
    };
  }, [applicationId, step, unsavedSteps]);
}
