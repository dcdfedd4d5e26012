import QRCode from "qrcode";

/**
 * Encode text (the verification URL) as a QR code PNG data URL. Error correction level M keeps a
 * 60-character URL at version 4 (33 modules); the 4-module quiet zone is the QR standard's minimum.
 */
export function createQrCodeDataUrl(text: string): Promise<string> {
  return QRCode.toDataURL(text, { errorCorrectionLevel: "M", margin: 4, scale: 8, type: "image/png" });
}
