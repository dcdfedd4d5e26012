/** Props every editable wizard step receives from its page. */
export type StepProps<Input> = {
  applicationId: string;
  /** The step's values as saved in the application (strings as the form fields hold them). */
  savedValues: Input;
  nextHref: string;
  backHref: string | null;
};

/** The declaration form starts unticked, although the schema only accepts a ticked box. */
export type DeclarationFormValues = {
  declarationPlace: string;
  declarantName: string;
  accept: boolean;
};
