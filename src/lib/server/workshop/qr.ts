import QRCode from 'qrcode';

/** The join link as an SVG QR code, drawn here: no request to any QR service. */
export function qrSvg(text: string): Promise<string> {
	// Quartile error correction survives a projector's glare and a cheap phone camera.
	return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'Q', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}
