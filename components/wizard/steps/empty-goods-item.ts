import { DEFAULT_FOB_CURRENCY } from "@/lib/forms/form-d/countries";
import type { GoodsItemInput } from "@/lib/forms/form-d/schema";

/** Field values of a new goods item: kilograms and US dollars preselected, everything else empty. */
export const emptyGoodsItem: GoodsItemInput = {
  marksAndNumbers: "",
  packageCount: "",
  packageKind: "",
  description: "",
  hsCode: "",
  originCriterion: "",
  quantity: "",
  quantityUnit: "KGM",
  fobValue: "",
  fobCurrency: DEFAULT_FOB_CURRENCY,
};
