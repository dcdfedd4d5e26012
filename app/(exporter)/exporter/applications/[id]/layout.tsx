import type { ReactNode } from "react";
import { WizardProvider } from "@/components/wizard/WizardProvider";

/** Keeps the wizard's unsaved values while the exporter moves between the steps of one application. */
export default async function ApplicationLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <WizardProvider applicationId={id}>{children}</WizardProvider>;
}
