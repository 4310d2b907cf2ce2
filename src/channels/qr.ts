/** The QR code of a channel, encoding exactly PUBLIC_URL/q/CODE. */
import QRCode from 'qrcode';

/** The URL a channel's QR code encodes. */
export function channelUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/q/${encodeURIComponent(code)}`;
}

// Level H survives a quarter of the code worn away; four modules of quiet zone as the spec asks.
const options = { errorCorrectionLevel: 'H', margin: 4 } as const;

export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...options, type: 'svg' });
}

export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...options, type: 'png', scale: 10 });
}
