import { type FontSource, resolvePackageFile } from "./pdf-render-worker";

/**
 * Font stack of every text style: react-pdf draws each character with the first family that has a
 * glyph for it, so English text uses the built-in Helvetica and Lao text falls back to Phetsarath.
 */
export const CERTIFICATE_FONT_FAMILY = ["Helvetica", "Phetsarath"];

/**
 * Phetsarath from @fontsource/phetsarath, the typeface of Lao government documents. Only the .woff
 * files work: react-pdf 4.9.0 draws .woff2 text blank with no error, and the Noto Sans Lao files
 * tried misplace tone marks because react-pdf drops GPOS mark offsets.
 */
export function certificateFonts(resolveFrom?: string): FontSource[] {
  const file = (weight: number) =>
    resolvePackageFile(`@fontsource/phetsarath/files/phetsarath-lao-${weight}-normal.woff`, resolveFrom);
  return [
    {
      family: "Phetsarath",
      fonts: [
        { src: file(400), fontWeight: 400 },
        { src: file(700), fontWeight: 700 },
      ],
    },
  ];
}
